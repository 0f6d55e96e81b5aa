import Foundation
import SDKGenCore

/// Prints diagnostics to standard error in the compiler format editors and SwiftPM understand.
enum DiagnosticPrinter {
    static func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in Diagnostic.sortedForDisplay(diagnostics) {
            message(diagnostic.description)
        }
    }

    static func message(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
