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
        var lines = text.utf8.allSatisfy({ $0 < 0x80 }) ? asciiLines(text) : scalarLines(text)
        while lines.first?.isEmpty == true { lines.removeFirst() }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.map { DocLine(text: $0.isEmpty ? "" : " " + $0) }
    }

    /// The lines of any text by Unicode's characters: split at newline characters, control characters removed,
    /// trailing whitespace trimmed. The definition `asciiLines` and `scalarLines` are tested against (they are
    /// what `docLines` runs).
    static func characterLines(_ text: String) -> [String] {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { line in
            String(line.unicodeScalars.filter { !isControl($0) }.map(Character.init)).trimmingTrailingWhitespace()
        }
    }

    /// `characterLines` on Unicode scalars, without grapheme breaking: a newline character is always a character
    /// of its own (Unicode never joins a mark to a control or line separator), so splitting at newline scalars
    /// (CR LF as one) splits where `Character.isNewline` does; only the trailing trim looks at characters.
    static func scalarLines(_ text: String) -> [String] {
        var lines: [String] = []
        var line = String.UnicodeScalarView()
        var pendingCarriageReturn = false
        for scalar in text.unicodeScalars {
            if pendingCarriageReturn {
                pendingCarriageReturn = false
                if scalar == "\n" { continue }
            }
            switch scalar {
            case "\n", "\u{0B}", "\u{0C}", "\r", "\u{85}", "\u{2028}", "\u{2029}":
                lines.append(String(line).trimmingTrailingWhitespace())
                line = String.UnicodeScalarView()
                pendingCarriageReturn = scalar == "\r"
            default:
                if !isControl(scalar) { line.append(scalar) }
            }
        }
        lines.append(String(line).trimmingTrailingWhitespace())
        return lines
    }

    /// The lines of ASCII text on its bytes, as the character path makes them: split at LF, CR LF, CR, VT and FF,
    /// control characters (tabs too) removed, trailing spaces trimmed.
    static func asciiLines(_ text: String) -> [String] {
        var lines: [String] = []
        var line: [UInt8] = []
        func finish() {
            while line.last == UInt8(ascii: " ") { line.removeLast() }
            lines.append(String(decoding: line, as: UTF8.self))
            line.removeAll(keepingCapacity: true)
        }
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x0D:
                finish()
                if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
            case 0x0A, 0x0B, 0x0C:
                finish()
            case 0x00..<0x20, 0x7F:
                break
            default:
                line.append(byte)
            }
            index += 1
        }
        finish()
        return lines
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

    /// Text for one comment line (a parameter's `- name:` entry, a server's comment): the lines of `text` trimmed
    /// and joined with single spaces, blank lines dropped.
    public static func inlineCommentText(_ text: String?) -> CommentText {
        joinedLines(docLines(text))
    }

    /// The first paragraph of `text` (its lines up to the first blank one) for one comment line, such as
    /// `- Returns:` or an error case's summary: a sentence wrapped over several lines is kept whole.
    public static func firstParagraph(_ text: String?) -> CommentText {
        joinedLines(Array(docLines(text).prefix { !$0.text.isEmpty }))
    }

    private static func joinedLines(_ lines: [DocLine]) -> CommentText {
        let words = lines.map { $0.text.trimmingWhitespace() }.filter { !$0.isEmpty }
        return commentText(words.joined(separator: " "))
    }

    /// A Swift string literal, quotes included, with every character that could end or interpolate it escaped.
    public static func stringLiteral(_ text: String) -> SwiftLiteral {
        // Printable ASCII without quotes or backslashes (most text) is written as it is.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
            return SwiftLiteral(code: "\"" + text + "\"")
        }
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
        return SwiftLiteral(code: result + "\"")
    }

    /// An integer literal for a decimal integer's text (an optional sign and digits only); nil for anything else.
    public static func integerLiteral(_ text: String) -> SwiftLiteral? {
        let digits = text.hasPrefix("-") || text.hasPrefix("+") ? text.dropFirst() : Substring(text)
        guard !digits.isEmpty, digits.utf8.count <= 40, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return nil
        }
        return SwiftLiteral(code: text.hasPrefix("+") ? String(digits) : text)
    }

    /// A single-line text for a `//` comment (file headers): control characters and line breaks removed.
    public static func commentText(_ text: String) -> CommentText {
        // Printable ASCII (most text) has nothing to remove.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return CommentText(escaped: text) }
        return CommentText(
            escaped: String(text.unicodeScalars.map { isControl($0) || Character($0).isNewline ? " " : Character($0) }))
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator: return scalar != "\u{200D}"
        default: return false
        }
    }
}

/// One doc comment line for templates: `///{{text}}`. Made only by `SwiftText.docLines` and from `CommentText`.
public struct DocLine: Sendable, Equatable {
    /// The line body, empty or starting with a space.
    public let text: String

    fileprivate init(text: String) {
        self.text = text
    }

    /// A line of comment text (put a space first, as doc lines have).
    public init(_ comment: CommentText) {
        self.text = comment.text
    }

    /// An empty doc line.
    public static let blank = DocLine(text: "")
}

/// A Swift literal (a string literal with its quotes, an integer, `nil`): made only by the escapers, so document
/// text cannot reach generated code as code.
public struct SwiftLiteral: Sendable, Equatable {
    /// The literal as it is written in Swift.
    public let code: String

    fileprivate init(code: String) {
        self.code = code
    }

    /// `nil`.
    public static let `nil` = SwiftLiteral(code: "nil")
}

/// Text that is safe on one comment line: made by `SwiftText.commentText`, or written in the generator's own source
/// (string literals and interpolations of other comment text, identifiers or numbers).
public struct CommentText: Sendable, Equatable, ExpressibleByStringInterpolation {
    /// The text, without line breaks or control characters.
    public let text: String

    fileprivate init(escaped: String) {
        self.text = escaped
    }

    /// Text written in the generator's source.
    public init(stringLiteral value: String) {
        self.text = SwiftText.commentText(value).text
    }

    /// Text built from the generator's own literals and safe values.
    public init(stringInterpolation: Interpolation) {
        self.text = stringInterpolation.text
    }

    /// `isEmpty` of the text.
    public var isEmpty: Bool { text.isEmpty }

    /// Builds comment text: literals from the generator's source, and only values that are safe already.
    public struct Interpolation: StringInterpolationProtocol {
        var text = ""

        /// Room for the literal text.
        public init(literalCapacity: Int, interpolationCount: Int) {
            text.reserveCapacity(literalCapacity)
        }

        /// Appends generator text, escaped like any other.
        public mutating func appendLiteral(_ literal: String) {
            text += SwiftText.commentText(literal).text
        }

        /// Other comment text.
        public mutating func appendInterpolation(_ comment: CommentText) {
            text += comment.text
        }

        /// A Swift identifier or type name the generator decided (escaped like any text, to be sure).
        public mutating func appendInterpolation(identifier: String) {
            text += SwiftText.commentText(identifier).text
        }

        /// A number.
        public mutating func appendInterpolation(_ number: Int) {
            text += String(number)
        }
    }
}

extension String {
    func trimmingTrailingWhitespace() -> String {
        var result = self
        while let last = result.last, last == " " || last == "\t" { result.removeLast() }
        return result
    }
}
