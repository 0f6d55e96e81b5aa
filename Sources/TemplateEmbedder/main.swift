import Foundation

// Build-time tool: turns every `.mustache` file under the templates folder, and every runtime source of
// Sources/SDKGenRuntime/ (as a derived template), into a Swift dictionary literal, so the `sdkgen` binary
// carries its templates and works when copied anywhere.
// Usage: TemplateEmbedder <templates-folder> <runtime-sources-folder> <output.swift>

let arguments = CommandLine.arguments
guard arguments.count == 4 else {
    let usage = "usage: TemplateEmbedder <templates-folder> <runtime-sources-folder> <output.swift>\n"
    FileHandle.standardError.write(Data(usage.utf8))
    exit(2)
}
let output = URL(fileURLWithPath: arguments[3])
do {
    let templates = try EmbeddedSource.templates(
        templatesFolder: URL(fileURLWithPath: arguments[1], isDirectory: true),
        runtimeFolder: URL(fileURLWithPath: arguments[2], isDirectory: true))
    let source = EmbeddedSource.swiftSource(templates)
    if (try? String(contentsOf: output, encoding: .utf8)) != source {
        try source.write(to: output, atomically: true, encoding: .utf8)
    }
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
