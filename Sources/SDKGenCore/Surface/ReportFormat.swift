import Foundation

/// The forms an `APIChangeReport` is printed in.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// For terminals and logs.
    case text
    /// Machine-readable, keys sorted.
    case json
    /// For changelogs, pull requests and release notes.
    case markdown

    /// The report in this form, ending with a newline; the same report gives the same bytes.
    public func render(_ report: APIChangeReport) -> String {
        switch self {
        case .text: ReportText.text(report)
        case .json: ReportText.json(report)
        case .markdown: ReportText.markdown(report)
        }
    }
}

/// Writes reports as text, Markdown and JSON.
enum ReportText {
    /// Section titles by impact.
    static func title(_ impact: APIChange.Impact) -> String {
        switch impact {
        case .sourceBreaking: "Source-breaking (callers may stop compiling)"
        case .additive: "Additive"
        case .other: "Other (compiles as before)"
        }
    }

    /// `major (3 source-breaking, 5 additive)`.
    static func bumpLine(_ report: APIChangeReport) -> String {
        let counts = APIChange.Impact.allCases.compactMap { impact -> String? in
            let count = report.changes(impact).count
            return count == 0 ? nil : "\(count) \(impact.rawValue)"
        }
        let suffix = counts.isEmpty ? " (no API changes)" : " (\(counts.joined(separator: ", ")))"
        return report.bump.rawValue + suffix
    }

    /// `ListFilesError: new cases `a`, `b`; an exhaustive switch …`.
    static func line(_ change: APIChange, symbolQuote: String = "") -> String {
        // The empty symbol is the module itself: `New types `struct A`, …`.
        var text =
            change.symbol.isEmpty
            ? change.summary.prefix(1).uppercased() + change.summary.dropFirst()
            : symbolQuote + change.symbol + symbolQuote + ": " + change.summary
        if !change.details.isEmpty { text += " " + change.details.map(code).joined(separator: ", ") }
        if let note = change.note { text += "; " + note }
        return text
    }

    /// `a` → `b` for a change detail, `a` for others.
    private static func code(_ detail: String) -> String {
        "`" + detail.replacingOccurrences(of: " → ", with: "` → `") + "`"
    }

    static func text(_ report: APIChangeReport) -> String {
        var lines = [
            "API changes from \(report.from) to \(report.to)",
            "Suggested version bump: " + bumpLine(report),
        ]
        for impact in APIChange.Impact.allCases {
            let changes = report.changes(impact)
            guard !changes.isEmpty else { continue }
            lines.append(title(impact) + ":")
            lines += changes.map { "  - " + line($0) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func markdown(_ report: APIChangeReport, heading: String = "###") -> String {
        var lines = [
            "\(heading) API changes from \(report.from) to \(report.to)", "",
            "Suggested version bump: **\(report.bump.rawValue)**"
                + String(bumpLine(report).dropFirst(report.bump.rawValue.count)),
        ]
        for impact in APIChange.Impact.allCases {
            let changes = report.changes(impact)
            guard !changes.isEmpty else { continue }
            lines += ["", "\(heading)# \(title(impact))", ""]
            lines += changes.map { "- " + line($0, symbolQuote: "`") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func json(_ report: APIChangeReport) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(report)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
