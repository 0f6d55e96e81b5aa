import Foundation
import SDKGenCore

/// One client to generate, with paths resolved.
struct GenerationJob {
    let spec: String
    let displaySpec: String
    let output: String
    let displayOutput: String
    let options: GeneratorOptions
    let templates: TemplateSet
}

/// Turns command-line options and the config file into jobs.
enum JobResolver {
    static func jobs(for options: ClientOptions) throws -> [GenerationJob] {
        let templates =
            try options.templates.map { path throws(DiagnosticError) in try TemplateSet.overridden(by: path) }
            ?? .embedded
        if let spec = options.spec, let output = options.output, let module = options.module {
            var generatorOptions = GeneratorOptions(moduleName: module)
            var jobTemplates = templates
            if let configPath = options.config {
                // A one-client file (the build plugin's target-local sdkgen.yaml) supplies every other setting.
                let overrides = GeneratorConfig.Overrides(
                    spec: absolute(spec), output: absolute(output), module: module)
                if let client = try loadConfig(configPath, overrides: overrides, options: options).clients.first {
                    generatorOptions = client.options
                    if options.templates == nil, let path = client.templates {
                        jobTemplates = try TemplateSet.overridden(by: path)
                    }
                }
            }
            if let access = options.access { generatorOptions.accessLevel = access }
            if options.singleFile { generatorOptions.singleFile = true }
            if let runtime = options.runtime { generatorOptions.runtime = runtime }
            return [
                GenerationJob(
                    spec: spec, displaySpec: spec, output: output, displayOutput: output,
                    options: generatorOptions, templates: jobTemplates)
            ]
        }
        guard let configPath = options.config ?? defaultConfigPath() else {
            throw UsageError(
                "no sdkgen.yaml here or in spec/; pass --config FILE, or --spec, --output and --module")
        }
        let config = try loadConfig(configPath, options: options)
        var jobs: [GenerationJob] = []
        for client in config.clients where options.spec == nil || client.spec == absolute(options.spec ?? "") {
            var generatorOptions = client.options
            if let access = options.access { generatorOptions.accessLevel = access }
            if options.singleFile { generatorOptions.singleFile = true }
            if let runtime = options.runtime { generatorOptions.runtime = runtime }
            let clientTemplates =
                try options.templates == nil
                ? (client.templates.map { path throws(DiagnosticError) in try TemplateSet.overridden(by: path) }
                    ?? .embedded)
                : templates
            jobs.append(
                GenerationJob(
                    spec: client.spec, displaySpec: relative(client.spec), output: client.output,
                    displayOutput: relative(client.output), options: generatorOptions, templates: clientTemplates))
        }
        return jobs
    }

    private static func loadConfig(_ path: String, overrides: GeneratorConfig.Overrides? = nil, options: ClientOptions)
        throws -> GeneratorConfig
    {
        let config: GeneratorConfig
        do {
            config = try GeneratorConfig.load(path: path, overrides: overrides)
        } catch {
            DiagnosticPrinter.print(error.diagnostics)
            throw ExitStatus(1)
        }
        DiagnosticPrinter.print(config.warnings)
        if options.warningsAsErrors && !config.warnings.isEmpty {
            DiagnosticPrinter.message("error: \(config.warnings.count) warning(s) in \(path) treated as errors")
            throw ExitStatus(1)
        }
        return config
    }

    private static func defaultConfigPath() -> String? {
        ["sdkgen.yaml", "spec/sdkgen.yaml"].first { FileManager.default.fileExists(atPath: $0) }
    }

    private static func absolute(_ path: String) -> String {
        path.hasPrefix("/")
            ? path
            : URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(path).standardized
                .path
    }

    /// A path relative to the current folder when it is below it, for messages that editors can open.
    static func relative(_ path: String) -> String {
        let current = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(current) ? String(path.dropFirst(current.count)) : path
    }
}
