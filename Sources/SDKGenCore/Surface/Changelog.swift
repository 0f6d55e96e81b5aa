import Foundation

/// Appends reports to a changelog file in their Markdown form, under a dated heading.
public enum Changelog {
    /// The UTC date (`2025-06-01`) of `date`, or of `SOURCE_DATE_EPOCH` when the environment sets it (for
    /// reproducible runs).
    public static func day(
        _ date: Date = Date(),
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String {
        var when = date
        if let epoch = environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init) {
            when = Date(timeIntervalSince1970: epoch)
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: when)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    /// The entry for `report` of the client `module`, dated `day`.
    public static func entry(_ report: APIChangeReport, module: String, day: String) -> String {
        "## \(day): \(module)\n\n" + ReportText.markdown(report, heading: "###")
    }

    /// Appends the entry to the file at `path` (created when missing), separated from earlier entries by a blank line.
    public static func append(_ report: APIChangeReport, module: String, to path: String, day: String = day())
        throws(DiagnosticError)
    {
        let url = URL(fileURLWithPath: path)
        let existing = (try? Data(contentsOf: url)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        let separator = existing.isEmpty || existing.hasSuffix("\n\n") ? "" : (existing.hasSuffix("\n") ? "\n" : "\n\n")
        do {
            try Data((existing + separator + entry(report, module: module, day: day)).utf8).write(to: url)
        } catch {
            throw DiagnosticError([
                Diagnostic(
                    .error,
                    "cannot write the changelog '\(path)': \(error.localizedDescription)",
                    at: nil)
            ])
        }
    }
}
