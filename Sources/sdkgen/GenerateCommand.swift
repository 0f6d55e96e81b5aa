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

    func run() throws {
        let jobs = try JobResolver.jobs(for: options)
        var failed = false
        for job in jobs {
            let result: Pipeline.Result
            do {
                result = try Pipeline.generate(specPath: job.spec, displayPath: job.displaySpec, options: job.options,
                                               templates: job.templates)
            } catch {
                DiagnosticPrinter.print(error.diagnostics)
                failed = true
                continue
            }
            DiagnosticPrinter.print(result.diagnostics)
            if options.warningsAsErrors && !result.diagnostics.isEmpty {
                DiagnosticPrinter.message("error: \(result.diagnostics.count) warning(s) treated as errors; nothing written for \(job.displaySpec)")
                failed = true
                continue
            }
            let summary = try OutputWriter(directory: job.output).write(result.files, provenance: result.provenance)
            if !options.quiet {
                print("\(job.options.moduleName): \(result.files.count) files in \(job.displayOutput) (\(summary.written.count) written, \(summary.unchanged.count) unchanged, \(summary.removed.count) removed)")
            }
        }
        if failed { throw ExitCode(1) }
    }
}
