import ArgumentParser
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
        let templates = try options.templates.map { path throws(DiagnosticError) in try TemplateSet.overridden(by: path) } ?? .embedded
        if let spec = options.spec, let output = options.output, let module = options.module {
            var generatorOptions = GeneratorOptions(moduleName: module)
            if let access = options.access.flatMap(GeneratorOptions.AccessLevel.init(rawValue:)) { generatorOptions.accessLevel = access }
            generatorOptions.singleFile = options.singleFile
            return [GenerationJob(spec: spec, displaySpec: spec, output: output, displayOutput: output,
                                  options: generatorOptions, templates: templates)]
        }
        guard let configPath = options.config ?? defaultConfigPath() else {
            throw ValidationError("no sdkgen.yaml here or in spec/; pass --config FILE, or --spec, --output and --module")
        }
        let config = try loadConfig(configPath)
        var jobs: [GenerationJob] = []
        for client in config.clients where options.spec == nil || client.spec == absolute(options.spec ?? "") {
            var generatorOptions = client.options
            if let access = options.access.flatMap(GeneratorOptions.AccessLevel.init(rawValue:)) { generatorOptions.accessLevel = access }
            if options.singleFile { generatorOptions.singleFile = true }
            let clientTemplates = try options.templates == nil
                ? (client.templates.map { path throws(DiagnosticError) in try TemplateSet.overridden(by: path) } ?? .embedded)
                : templates
            jobs.append(GenerationJob(spec: client.spec, displaySpec: relative(client.spec), output: client.output,
                                      displayOutput: relative(client.output), options: generatorOptions, templates: clientTemplates))
        }
        return jobs
    }

    private static func loadConfig(_ path: String) throws -> GeneratorConfig {
        do {
            return try GeneratorConfig.load(path: path)
        } catch {
            DiagnosticPrinter.print(error.diagnostics)
            throw ExitCode(1)
        }
    }

    private static func defaultConfigPath() -> String? {
        ["sdkgen.yaml", "spec/sdkgen.yaml"].first { FileManager.default.fileExists(atPath: $0) }
    }

    private static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(path).standardized.path
    }

    /// A path relative to the current folder when it is below it, for messages that editors can open.
    static func relative(_ path: String) -> String {
        let current = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(current) ? String(path.dropFirst(current.count)) : path
    }
}
