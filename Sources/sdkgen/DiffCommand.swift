import ArgumentParser
import Foundation
import SDKGenCore

/// `sdkgen diff OLD NEW`: what regenerating from NEW instead of OLD does to the client's API. Writes nothing
/// (but the changelog, when asked).
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Report what a new version of the document changes in the generated client's API.",
        discussion: """
            Generates both documents in memory and prints the changes: source-breaking, additive, other, and the \
            suggested semantic-version bump. Exits 0, or 1 when a document has errors or, with --fail-on-breaking, \
            when a change is source-breaking.
            """)

    @Argument(help: ArgumentHelp("The document the client was generated from.", valueName: "old"))
    var old: String

    @Argument(help: ArgumentHelp("The new version of the document.", valueName: "new"))
    var new: String

    @Option(name: .long, help: ArgumentHelp("The client's module name (names the changelog entry).", valueName: "name"))
    var module = "Client"

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Access level of the generated API: public, package or internal.",
            valueName: "level"))
    var access: GeneratorOptions.AccessLevel = .public

    @Option(name: .long, help: ArgumentHelp("How to print the report: text, json or markdown.", valueName: "format"))
    var format: ReportFormat = .text

    @OptionGroup var breaking: BreakingOptions
    @OptionGroup var changelog: ChangelogOptions

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
            throw ExitCode(1)
        }
    }

    private func generate(_ path: String, options: GeneratorOptions) throws -> Pipeline.Result {
        do {
            return try Pipeline.generate(specPath: path, options: options)
        } catch {
            DiagnosticPrinter.print(error.diagnostics)
            throw ExitCode(1)
        }
    }
}
