import Foundation

/// The only ways text from a document reaches generated code: escaped doc comment lines and string literals.
///
/// Documents can be hostile; nothing here lets document text end a comment or a literal early.
public enum SwiftText {
    /// Doc comment line bodies for `///{{text}}`: each line starts with a space (or is empty), with no line
    /// breaks or control characters left in it. Blank lines at the ends are dropped.
    public static func docLines(_ text: String?) -> [DocLine] {
        guard let text else { return [] }
        if let line = plainLine(text) { return line.isEmpty ? [] : [DocLine(text: " " + line)] }
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { line in
            String(line.unicodeScalars.filter { !isControl($0) }.map(Character.init)).trimmingTrailingWhitespace()
        }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.map { DocLine(text: $0.isEmpty ? "" : " " + $0) }
    }

    /// The text itself when it is one line of printable ASCII (the common case, checked without grapheme breaking).
    private static func plainLine(_ text: String) -> String? {
        var trailingSpaces = 0
        for byte in text.utf8 {
            guard byte >= 0x20, byte < 0x7F else { return nil }
            trailingSpaces = byte == 0x20 ? trailingSpaces + 1 : 0
        }
        let trimmed = trailingSpaces == 0 ? text : String(text.dropLast(trailingSpaces))
        return trimmed.utf8.first == 0x20 ? nil : trimmed
    }

    /// A Swift string literal, quotes included, with every character that could end or interpolate it escaped.
    public static func stringLiteral(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\0": result += "\\0"
            default:
                if isControl(scalar) || scalar.properties.isNoncharacterCodePoint {
                    result += "\\u{" + String(scalar.value, radix: 16) + "}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// A single-line text for a `//` comment (file headers): control characters and line breaks removed.
    public static func commentText(_ text: String) -> String {
        String(text.unicodeScalars.map { isControl($0) || Character($0).isNewline ? " " : Character($0) })
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator: return scalar != "\u{200D}"
        default: return false
        }
    }
}

/// One doc comment line for templates: `///{{text}}`.
public struct DocLine: Sendable, Equatable {
    /// The line body, empty or starting with a space.
    public let text: String
}

extension String {
    func trimmingTrailingWhitespace() -> String {
        var result = self
        while let last = result.last, last == " " || last == "\t" { result.removeLast() }
        return result
    }
}
