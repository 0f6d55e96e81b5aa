import Foundation
import PackagePlugin

/// Embeds `Templates/` into the generator library at build time (re-run whenever a template changes).
@main
struct EmbedTemplates: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let templates = context.package.directoryURL.appending(path: "Templates")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedTemplates.swift")
        let files = (FileManager.default.enumerator(atPath: templates.path)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(".mustache") }
            .sorted()
            .map { templates.appending(path: $0) }
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) templates",
                executable: try context.tool(named: "TemplateEmbedder").url,
                arguments: [templates.path, output.path],
                inputFiles: files,
                outputFiles: [output]),
        ]
    }
}
