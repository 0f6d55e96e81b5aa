import Foundation
import SDKGenCore

/// `sdkgen check`: is the vendored output what the document and config produce?
struct CheckCommand {
    static let description = CommandDescription(
        name: "check",
        abstract: "Regenerate in memory and fail with a diff when the output folder differs (for CI).",
        discussion:
            "Exits 0 when every output folder is current, 1 when a file differs, is missing or is stale, or the document has errors.",
        options: ClientOptions.options + BreakingOptions.options)

    var options: ClientOptions
    var breaking: BreakingOptions

    /// Reads the command line `arguments` (after `check`) and runs; prints the help when asked for it.
    static func run(_ arguments: [String]) throws {
        guard let parsed = try SDKGenCommand.parse(arguments, for: description) else { return }
        try CheckCommand(options: ClientOptions(parsed), breaking: BreakingOptions(parsed)).run()
    }

    func run() throws {
        let jobs = try JobResolver.jobs(for: options)
        var stale = false
        var breakingFound = false
        for job in jobs {
            let result: Pipeline.Result
            do {
                result = try Pipeline.generate(
                    specPath: job.spec, displayPath: job.displaySpec, options: job.options, templates: job.templates)
            } catch {
                DiagnosticPrinter.print(error.diagnostics, verbose: options.verbose)
                throw ExitStatus(1)
            }
            // A folder generated before sdkgen recorded the API has no record; it is compared once there is one.
            let recorded = SurfaceRecord.read(from: job.output)
            let expected = recorded == nil ? result.files : result.outputFiles
            let differences = OutputComparer.compare(expected, with: job.output)
            if differences.isEmpty {
                if !options.quiet {
                    print("\(job.options.moduleName): \(job.displayOutput) is up to date (\(result.files.count) files)")
                }
            } else {
                stale = true
                print(differences.map(\.description).joined(separator: "\n"))
                if let recorded, recorded.entries != result.surface.entries {
                    let report = APIChangeReport(old: recorded, new: result.surface, codeChanged: true)
                    print("\(job.options.moduleName): " + ReportFormat.text.render(report), terminator: "")
                    breakingFound = breakingFound || report.isSourceBreaking
                }
                DiagnosticPrinter.message(
                    "error: \(job.displayOutput) is not what \(job.displaySpec) generates (\(differences.count) file(s) differ); run `sdkgen generate` and commit the result"
                )
            }
        }
        if breaking.failOnBreaking && breakingFound {
            DiagnosticPrinter.message("error: the regenerated API is source-breaking (--fail-on-breaking)")
        }
        if stale { throw ExitStatus(1) }
    }
}
