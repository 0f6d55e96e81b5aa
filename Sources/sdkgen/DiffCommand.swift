import Foundation
import SDKGenCore

/// `sdkgen diff OLD NEW`: what regenerating from NEW instead of OLD does to the client's API. Writes nothing
/// (but the changelog, when asked).
struct DiffCommand {
    static let description = CommandDescription(
        name: "diff",
        abstract: "Report what a new version of the document changes in the generated client's API.",
        discussion: """
            Generates both documents in memory and prints the changes: source-breaking, additive, other, and the \
            suggested semantic-version bump. Exits 0, or 1 when a document has errors or, with --fail-on-breaking, \
            when a change is source-breaking.
            """,
        arguments: [
            .init(valueName: "old", help: "The document the client was generated from."),
            .init(valueName: "new", help: "The new version of the document."),
        ],
        options: [
            .value("module", "name", "The client's module name (names the changelog entry). Default: Client."),
            .value(
                "access", "level", "Access level of the generated API: public, package or internal. Default: public."),
            .value("format", "format", "How to print the report: text, json or markdown. Default: text."),
        ] + BreakingOptions.options + ChangelogOptions.options)

    var old: String
    var new: String
    var module: String
    var access: GeneratorOptions.AccessLevel
    var format: ReportFormat
    var breaking: BreakingOptions
    var changelog: ChangelogOptions

    /// Reads the command line `arguments` (after `diff`) and runs; prints the help when asked for it.
    static func run(_ arguments: [String]) throws {
        guard let parsed = try SDKGenCommand.parse(arguments, for: description) else { return }
        try DiffCommand(
            old: parsed.positionals[0], new: parsed.positionals[1], module: parsed.value("module") ?? "Client",
            access: parsed.choice("access", as: GeneratorOptions.AccessLevel.self) ?? .public,
            format: parsed.choice("format", as: ReportFormat.self) ?? .text, breaking: BreakingOptions(parsed),
            changelog: ChangelogOptions(parsed)
        ).run()
    }

    func run() throws {
        let options = GeneratorOptions(moduleName: module, accessLevel: access)
        let before = try generate(old, options: options)
        let after = try generate(new, options: options)
        let report = APIChangeReport(old: before.surface, new: after.surface, codeChanged: before.files != after.files)
        print(format.render(report), terminator: "")
        try APIReportPrinter.appendChangelog(report, module: module, to: changelog.changelog)
        if breaking.failOnBreaking && report.isSourceBreaking {
            let count = report.changes(.sourceBreaking).count
            DiagnosticPrinter.message("error: \(count) source-breaking API change(s) from \(old) to \(new)")
            throw ExitStatus(1)
        }
    }

    private func generate(_ path: String, options: GeneratorOptions) throws -> Pipeline.Result {
        do {
            return try Pipeline.generate(specPath: path, options: options)
        } catch {
            DiagnosticPrinter.print(error.diagnostics)
            throw ExitStatus(1)
        }
    }
}
