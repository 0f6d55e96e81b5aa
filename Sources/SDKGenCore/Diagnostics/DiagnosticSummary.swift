/// Warnings as a person reads them: a kind that occurs many times is shown by its first few and one line that
/// counts the rest; errors are always listed in full.
public enum DiagnosticSummary {
    /// More warnings of one kind than this are summarized.
    public static let threshold = 5
    /// How many of a summarized kind are shown.
    public static let shown = 3

    /// The lines to print, sorted for display: every error; each warning, or for a kind with more than
    /// `threshold`, its first `shown` and a note with the count and the kind. `verbose` lists everything.
    public static func lines(_ diagnostics: [Diagnostic], verbose: Bool) -> [String] {
        let sorted = Diagnostic.sortedForDisplay(diagnostics)
        guard !verbose else { return sorted.map(\.description) }
        var counts: [String: Int] = [:]
        for diagnostic in sorted where diagnostic.severity == .warning { counts[diagnostic.kind, default: 0] += 1 }
        var printed: [String: Int] = [:]
        var lines: [String] = []
        var notes: [String] = []
        for diagnostic in sorted {
            let kind = diagnostic.kind
            guard diagnostic.severity == .warning, let count = counts[kind], count > threshold else {
                lines.append(diagnostic.description)
                continue
            }
            printed[kind, default: 0] += 1
            if printed[kind] ?? 0 <= shown { lines.append(diagnostic.description) }
            if printed[kind] == count {
                notes.append(
                    "note: \(count - shown) more warnings like these (\(count) in all: \(kind)); "
                        + "--verbose lists every one")
            }
        }
        return lines + notes
    }
}
