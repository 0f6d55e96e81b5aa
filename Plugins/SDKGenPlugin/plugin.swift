import Foundation
import PackagePlugin

/// Generates a Swift client at build time from the OpenAPI document in the target's folder.
///
/// The target holds `openapi.yaml` (or `openapi.yml`, `openapi.json`) and, optionally, a one-client `sdkgen.yaml`
/// with any setting but `spec`, `output` and `module`, which the plugin sets: the document is the target's, the
/// module is the target's, and the output is one file, `<Module>.swift`, in the plugin's work folder. SwiftPM
/// re-runs the generator when the document, the config, a template override or sdkgen itself changes.
@main
struct SDKGenPlugin: BuildToolPlugin {
    static let documentNames = ["openapi.yaml", "openapi.yml", "openapi.json"]
    static let configNames = ["sdkgen.yaml", "sdkgen.yml"]

    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let module = target as? SourceModuleTarget else {
            throw PluginError("target '\(target.name)' has no sources; apply SDKGenPlugin to a Swift target")
        }
        let files = module.sourceFiles.map(\.url)
        let documents = files.filter { Self.documentNames.contains($0.lastPathComponent) }
        let configs = files.filter { Self.configNames.contains($0.lastPathComponent) }
        guard let document = documents.first else {
            throw PluginError(
                "target '\(target.name)' has no OpenAPI document: add one of \(Self.documentNames.joined(separator: ", ")) to its folder"
            )
        }
        guard documents.count == 1, configs.count <= 1 else {
            let names = (documents.count > 1 ? documents : configs).map(\.path).joined(separator: ", ")
            throw PluginError(
                "target '\(target.name)' has more than one of \(names); keep one document and one sdkgen.yaml per target"
            )
        }
        let outputFolder = context.pluginWorkDirectoryURL.appending(path: "GeneratedSources")
        let outputFile = outputFolder.appending(path: "\(module.moduleName).swift")
        var arguments = [
            "generate", "--spec", document.path, "--output", outputFolder.path, "--module", module.moduleName,
            "--single-file", "--quiet",
        ]
        var inputs = [document]
        if let config = configs.first {
            arguments += ["--config", config.path]
            inputs.append(config)
            inputs += Self.templateFiles(configuredIn: config)
        }
        return [
            .buildCommand(
                displayName: "Generating \(module.moduleName).swift from \(document.lastPathComponent) (sdkgen)",
                executable: try context.tool(named: "sdkgen").url,
                arguments: arguments,
                inputFiles: inputs,
                outputFiles: [outputFile])
        ]
    }

    /// The files of a `templates:` folder named in the config, so that editing an override re-runs the generator.
    /// (A line scan: plugins cannot link the YAML reader; sdkgen itself reads and checks the file.)
    static func templateFiles(configuredIn config: URL) -> [URL] {
        guard let text = try? String(contentsOf: config, encoding: .utf8) else { return [] }
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("templates:") else { continue }
            var value = trimmed.dropFirst("templates:".count).trimmingCharacters(in: .whitespaces)
            if let comment = value.range(of: " #") { value = String(value[..<comment.lowerBound]) }
            value = value.trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
            guard !value.isEmpty else { return [] }
            let folder =
                value.hasPrefix("/")
                ? URL(fileURLWithPath: value)
                : config.deletingLastPathComponent().appending(path: value)
            let names = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
            return names.filter { $0.hasSuffix(".mustache") }.sorted().map { folder.appending(path: $0) }
        }
        return []
    }
}

/// A message SwiftPM shows as the build error.
struct PluginError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
