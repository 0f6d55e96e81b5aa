/// Thrown by a stage when the document has errors: carries every diagnostic found so far
/// (errors and warnings), so the caller can print all of them in one run.
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
    /// All diagnostics, errors first in document order.
    public let diagnostics: [Diagnostic]

    /// Creates the error from collected diagnostics.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = Diagnostic.sortedForDisplay(diagnostics)
    }

    /// The longer description (`description`), Markdown as written.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
