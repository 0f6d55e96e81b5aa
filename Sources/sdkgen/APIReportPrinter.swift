import Foundation
import SDKGenCore

/// Prints what a regeneration changes in a client's API, compared with the surface recorded in its output folder.
enum APIReportPrinter {
    /// Prints the report (or says that there was nothing to compare with); with `quiet`, only a warning on
    /// standard error for a source-breaking change, so build logs (the build plugin runs `--quiet`) still show it.
    static func print(_ report: APIChangeReport?, job: GenerationJob, quiet: Bool) {
        let module = job.options.moduleName
        guard let report else {
            if !quiet {
                let record = "\(job.displayOutput)/\(SurfaceRecord.fileName)"
                Swift.print("\(module): API recorded in \(record) (no earlier record to compare with)")
            }
            return
        }
        if quiet {
            let count = report.changes(.sourceBreaking).count
            if count > 0 {
                DiagnosticPrinter.message(
                    "warning: \(module): \(count) source-breaking API change(s) "
                        + "(\(report.from) → \(report.to)); run `sdkgen generate` without --quiet for the report")
            }
            return
        }
        Swift.print("\(module): " + ReportFormat.text.render(report), terminator: "")
    }

    /// Appends the report to the changelog when there is one and something changed.
    static func appendChangelog(_ report: APIChangeReport?, module: String, to path: String?) throws(DiagnosticError) {
        guard let path, let report, report.bump != .none else { return }
        try Changelog.append(report, module: module, to: path)
    }
}
