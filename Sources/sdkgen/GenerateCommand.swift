import Foundation
import SDKGenCore

/// `sdkgen generate`: write the client(s) to disk.
struct GenerateCommand {
    static let description = CommandDescription(
        name: "generate",
        abstract: "Generate the client(s) and write them to their output folders.",
        discussion: """
            Examples:
              sdkgen                                   # every client in sdkgen.yaml
              sdkgen generate --spec api.yaml --output Sources/API --module API --access internal
            Unchanged files are not rewritten; files sdkgen wrote earlier and no longer produces are removed; \
            other files in the output folder are kept.
            """,
        options: ClientOptions.options + BreakingOptions.options + ChangelogOptions.options)

    var options: ClientOptions
    var breaking: BreakingOptions
    var changelog: ChangelogOptions

    /// Reads the command line `arguments` (after `generate`) and runs; prints the help when asked for it.
    static func run(_ arguments: [String]) throws {
        guard let parsed = try SDKGenCommand.parse(arguments, for: description) else { return }
        try GenerateCommand(
            options: ClientOptions(parsed), breaking: BreakingOptions(parsed),
            changelog: ChangelogOptions(parsed)
        ).run()
    }

    func run() throws {
        let jobs = try JobResolver.jobs(for: options)
        let cache = GenerationCache.standard()
        let generator = GenerationCache.generatorIdentity()
        var failed = false
        for job in jobs {
            // The key (the document's status) is taken before the document is read, so a change shows.
            let key = generator.flatMap {
                GenerationCache.Key(
                    generator: $0, documentPath: job.spec, displayPath: job.displaySpec, options: job.options,
                    templates: job.templates)
            }
            if let cache, let key, let entry = cache.upToDate(key, output: job.output) {
                if try !reportUpToDate(entry, job: job) { failed = true }
                continue
            }
            let recorder = ExternalFileRecorder()
            let result: Pipeline.Result
            do {
                result = try Pipeline.generate(
                    specPath: job.spec, displayPath: job.displaySpec,
                    externalFiles: .fileSystem.recording(into: recorder), options: job.options,
                    templates: job.templates)
            } catch {
                DiagnosticPrinter.print(error.diagnostics, verbose: options.verbose)
                failed = true
                continue
            }
            if printWarnings(result.diagnostics, failing: job) {
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
            cache?.remove(output: job.output)
            let summary = try OutputWriter(directory: job.output).write(
                result.outputFiles, provenance: result.provenance)
            if let cache, let key, let inputs = recorder.files,
                let entry = Self.entry(result, inputs: inputs, output: job.output)
            {
                cache.store(entry, key: key, output: job.output)
            }
            // The counts are of Swift files; the API record is reported below.
            let written = summary.written.filter { $0 != SurfaceRecord.fileName }
            let unchanged = summary.unchanged.filter { $0 != SurfaceRecord.fileName }
            if !options.quiet {
                print(
                    "\(job.options.moduleName): \(result.files.count) files in \(job.displayOutput) (\(written.count) written, \(unchanged.count) unchanged, \(summary.removed.count) removed)"
                )
            }
            // Freed by the exit, not before (`KeptUntilExit`, which `main` enables).
            KeptUntilExit.keep(result)
            let codeChanged = !written.isEmpty || !summary.removed.isEmpty
            let report = recorded.map { APIChangeReport(old: $0, new: result.surface, codeChanged: codeChanged) }
            APIReportPrinter.print(report, job: job, quiet: options.quiet)
            try APIReportPrinter.appendChangelog(report, module: job.options.moduleName, to: changelog.changelog)
        }
        if failed { throw ExitStatus(1) }
    }

    /// Prints a run's warnings; true when they count as errors (`--warnings-as-errors`), which it says too.
    private func printWarnings(_ diagnostics: [Diagnostic], failing job: GenerationJob) -> Bool {
        DiagnosticPrinter.print(diagnostics, verbose: options.verbose)
        guard options.warningsAsErrors && !diagnostics.isEmpty else { return false }
        DiagnosticPrinter.message(
            "error: \(diagnostics.count) warning(s) treated as errors; nothing written for \(job.displaySpec)")
        return true
    }

    /// Says what a full run would say when nothing changed (the same warnings, no file written, no API change),
    /// from the cache entry of the run that wrote the folder; false when the warnings count as errors.
    private func reportUpToDate(_ entry: GenerationCache.Entry, job: GenerationJob) throws -> Bool {
        if printWarnings(entry.diagnostics, failing: job) { return false }
        if !options.quiet {
            print(
                "\(job.options.moduleName): \(entry.swiftFileCount) files in \(job.displayOutput) (0 written, \(entry.swiftFileCount) unchanged, 0 removed)"
            )
        }
        // The record is as the last run wrote it (its status says so): the same API, so no change to list.
        let report = SurfaceRecord.readSource(from: job.output).map {
            APIChangeReport(old: $0, new: $0, codeChanged: false)
        }
        APIReportPrinter.print(report, job: job, quiet: options.quiet)
        try APIReportPrinter.appendChangelog(report, module: job.options.moduleName, to: changelog.changelog)
        return true
    }

    /// The cache entry of a run that wrote `result` into `output`: its inputs, the status of every output file as
    /// written (the manifest too) and its warnings; nil when a file cannot be examined.
    private static func entry(_ result: Pipeline.Result, inputs: [GenerationCache.FileStamp], output: String)
        -> GenerationCache.Entry?
    {
        var outputs: [GenerationCache.FileStamp] = []
        for path in result.outputFiles.map(\.path) + [OutputWriter.manifestName] {
            guard
                let stamp = GenerationCache.FileStamp(
                    path: OutputWriter.path(path, in: output), name: path)
            else { return nil }
            outputs.append(stamp)
        }
        return GenerationCache.Entry(
            inputs: inputs, outputs: outputs, diagnostics: result.diagnostics, swiftFileCount: result.files.count)
    }
}
