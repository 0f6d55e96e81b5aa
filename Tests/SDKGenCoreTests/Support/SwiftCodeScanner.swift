/// A small Swift lexer for tests: the code of a Swift file with comments removed and string literals emptied,
/// so a test can assert that text from a document never became code.
///
/// It knows what can hide code or end a comment or literal early: `//` and nested `/* */` comments, `"…"`,
/// multi-line `"""…"""` and raw `#"…"#` literals with any number of `#`, and interpolations `\(…)` (and
/// `\#(…)` in raw literals), whose contents *are* code and are kept.
enum SwiftCodeScanner {
    /// The code outside comments and string literals; each literal becomes `""` (interpolations kept inside).
    static func code(of text: String) -> String {
        var scanner = Scanner(Array(text.unicodeScalars))
        scanner.scanCode(untilClosingParenthesis: false)
        return scanner.output
    }

    /// Whether the text lexes cleanly: every comment, literal and interpolation closed.
    static func isBalanced(_ text: String) -> Bool {
        var scanner = Scanner(Array(text.unicodeScalars))
        scanner.scanCode(untilClosingParenthesis: false)
        return !scanner.unterminated
    }

    private struct Scanner {
        let scalars: [Unicode.Scalar]
        var index = 0
        var output = ""
        var unterminated = false

        init(_ scalars: [Unicode.Scalar]) {
            self.scalars = scalars
        }

        func peek(_ offset: Int = 0) -> Unicode.Scalar? {
            index + offset < scalars.count ? scalars[index + offset] : nil
        }

        func starts(with text: String, at position: Int) -> Bool {
            var offset = position
            for scalar in text.unicodeScalars {
                guard offset < scalars.count, scalars[offset] == scalar else { return false }
                offset += 1
            }
            return true
        }

        /// Code until the end, or until the `)` that closes an interpolation (consumed).
        mutating func scanCode(untilClosingParenthesis: Bool) {
            var depth = 0
            while let scalar = peek() {
                if starts(with: "//", at: index) {
                    while let next = peek(), next != "\n", next != "\r" { index += 1 }
                    output += " "
                } else if starts(with: "/*", at: index) {
                    skipBlockComment()
                    output += " "
                } else if scalar == "\"" || (scalar == "#" && rawStringStarts()) {
                    scanStringLiteral()
                } else if scalar == "(" {
                    depth += 1
                    output.unicodeScalars.append(scalar)
                    index += 1
                } else if scalar == ")" {
                    if untilClosingParenthesis && depth == 0 {
                        index += 1
                        return
                    }
                    depth -= 1
                    output.unicodeScalars.append(scalar)
                    index += 1
                } else {
                    output.unicodeScalars.append(scalar)
                    index += 1
                }
            }
            if untilClosingParenthesis { unterminated = true }
        }

        /// Whether `#…#"` starts here.
        func rawStringStarts() -> Bool {
            var offset = index
            while offset < scalars.count, scalars[offset] == "#" { offset += 1 }
            return offset < scalars.count && scalars[offset] == "\""
        }

        mutating func skipBlockComment() {
            var depth = 0
            while index < scalars.count {
                if starts(with: "/*", at: index) {
                    depth += 1
                    index += 2
                } else if starts(with: "*/", at: index) {
                    depth -= 1
                    index += 2
                    if depth == 0 { return }
                } else {
                    index += 1
                }
            }
            unterminated = true
        }

        /// A literal starting here (`#`s, then `"` or `"""`); writes `""` plus the code of its interpolations.
        mutating func scanStringLiteral() {
            var hashes = 0
            while peek() == "#" {
                hashes += 1
                index += 1
            }
            let multiline = starts(with: "\"\"\"", at: index)
            index += multiline ? 3 : 1
            let closing = (multiline ? "\"\"\"" : "\"") + String(repeating: "#", count: hashes)
            let escape = "\\" + String(repeating: "#", count: hashes)
            output += "\"\""
            while index < scalars.count {
                if starts(with: closing, at: index) {
                    index += closing.unicodeScalars.count
                    return
                }
                if !multiline, scalars[index] == "\n" || scalars[index] == "\r" {
                    unterminated = true
                    return
                }
                if starts(with: escape, at: index) {
                    index += escape.unicodeScalars.count
                    if peek() == "(" {
                        index += 1
                        output += " ("
                        scanCode(untilClosingParenthesis: true)
                        output += ") "
                    } else {
                        index += 1
                    }
                    continue
                }
                index += 1
            }
            unterminated = true
        }
    }
}
