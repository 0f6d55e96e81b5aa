import ArgumentParser
import Foundation
import SDKGenCore

/// `sdkgen generate`: write the client(s) to disk.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate the client(s) and write them to their output folders.",
        discussion: """
            Examples:
              sdkgen                                   # every client in sdkgen.yaml
              sdkgen generate --spec api.yaml --output Sources/API --module API --access internal
            Unchanged files are not rewritten; files sdkgen wrote earlier and no longer produces are removed; \
            other files in the output folder are kept.
            """)

    @OptionGroup var options: ClientOptions
    @OptionGroup var breaking: BreakingOptions
    @OptionGroup var changelog: ChangelogOptions

    func run() throws {
        let jobs = try JobResolver.jobs(for: options)
        var failed = false
        for job in jobs {
            let result: Pipeline.Result
            do {
                result = try Pipeline.generate(
                    specPath: job.spec, displayPath: job.displaySpec, options: job.options,
                    templates: job.templates)
            } catch {
                DiagnosticPrinter.print(error.diagnostics, verbose: options.verbose)
                failed = true
                continue
            }
            DiagnosticPrinter.print(result.diagnostics, verbose: options.verbose)
            if options.warningsAsErrors && !result.diagnostics.isEmpty {
                DiagnosticPrinter.message(
                    "error: \(result.diagnostics.count) warning(s) treated as errors; nothing written for \(job.displaySpec)"
                )
                failed = true
                continue
            }
            let recorded = SurfaceRecord.read(from: job.output)
            if breaking.failOnBreaking, let recorded,
                case let report = APIChangeReport(old: recorded, new: result.surface, codeChanged: true),
                report.isSourceBreaking
            {
                APIReportPrinter.print(report, job: job, quiet: options.quiet)
                DiagnosticPrinter.message(
                    "error: \(report.changes(.sourceBreaking).count) source-breaking API change(s); nothing written for \(job.displaySpec) (--fail-on-breaking)"
                )
                failed = true
                continue
            }
            let summary = try OutputWriter(directory: job.output).write(
                result.outputFiles, provenance: result.provenance)
            // The counts are of Swift files; the API record is reported below.
            let written = summary.written.filter { $0 != SurfaceRecord.fileName }
            let unchanged = summary.unchanged.filter { $0 != SurfaceRecord.fileName }
            if !options.quiet {
                print(
                    "\(job.options.moduleName): \(result.files.count) files in \(job.displayOutput) (\(written.count) written, \(unchanged.count) unchanged, \(summary.removed.count) removed)"
                )
            }
            let codeChanged = !written.isEmpty || !summary.removed.isEmpty
            let report = recorded.map { APIChangeReport(old: $0, new: result.surface, codeChanged: codeChanged) }
            APIReportPrinter.print(report, job: job, quiet: options.quiet)
            try APIReportPrinter.appendChangelog(report, module: job.options.moduleName, to: changelog.changelog)
        }
        if failed { throw ExitCode(1) }
    }
}
