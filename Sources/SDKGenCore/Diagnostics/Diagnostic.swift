/// One message about a document: an error that stops generation, or a warning about something
/// the generator resolved or approximated.
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        case error
        case warning
        case note

        private var rank: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .note: 2
            }
        }

        /// Orders by position in the file.
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// Error, warning or note.
    public let severity: Severity
    /// What is wrong and, where it helps, what to do about it.
    public let message: String
    /// Where in which file, when known.
    public let location: SourceLocation?
    /// The JSON-pointer-like path inside the document (`#/paths/~1files/get`), when known.
    public let pointer: String?
    /// What kind of problem this is, for summaries (`rename`); nil: the message with its names taken out.
    public let category: String?

    /// Creates a diagnostic.
    public init(
        _ severity: Severity, _ message: String, at location: SourceLocation?, pointer: String? = nil,
        category: String? = nil
    ) {
        self.severity = severity
        self.message = message
        self.location = location
        self.pointer = pointer
        self.category = category
    }

    /// The kind of problem, by which many warnings are summarized: the category, else the message with its
    /// quoted names, pointers and numbers replaced by `…`.
    public var kind: String {
        if let category { return category }
        var text = message.replacingOccurrences(of: "'[^']*'", with: "…", options: .regularExpression)
        text = text.replacingOccurrences(of: "#/[^ ;,)]*", with: "…", options: .regularExpression)
        return text.replacingOccurrences(of: "[0-9]+", with: "…", options: .regularExpression)
    }

    /// The compiler-style line: `path:line:column: error: message (at #/pointer)`.
    public var description: String {
        var text = ""
        if let location { text += "\(location): " }
        text += "\(severity.rawValue): \(message)"
        if let pointer, !pointer.isEmpty { text += " [at \(pointer)]" }
        return text
    }
}

extension Diagnostic {
    /// Orders diagnostics by file, line, column, then severity and message, so output is stable.
    public static func sortedForDisplay(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.sorted { lhs, rhs in
            switch (lhs.location, rhs.location) {
            case let (l?, r?) where l != r: return l < r
            case (nil, _?): return false
            case (_?, nil): return true
            default: break
            }
            if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
            return lhs.message < rhs.message
        }
    }
}
