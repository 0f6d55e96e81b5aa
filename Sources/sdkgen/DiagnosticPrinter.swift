import Foundation
import SDKGenCore

/// Prints diagnostics to standard error in the compiler format editors and SwiftPM understand.
enum DiagnosticPrinter {
    /// Prints the diagnostics, sorted, with many warnings of one kind summarized unless `verbose` (`--verbose`).
    static func print(_ diagnostics: [Diagnostic], verbose: Bool = false) {
        for line in DiagnosticSummary.lines(diagnostics, verbose: verbose) {
            message(line)
        }
    }

    static func message(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
