import Foundation

/// Splits the argument list of a recorded signature, minding the brackets of types like `[String: JSONValue]`,
/// `PageSequence<A, B>` and `(@Sendable (String) -> Void)?`.
enum SignatureText {
    /// The arguments of `a: A, b: B? = nil` (the text between a signature's parentheses).
    static func arguments(_ text: String) -> [SurfaceArgument] {
        topLevelParts(text).compactMap { part in
            guard let colon = part.range(of: ": ") else { return nil }
            let label = String(part[..<colon.lowerBound])
            let rest = String(part[colon.upperBound...])
            guard let equals = topLevelRange(of: " = ", in: rest) else {
                return SurfaceArgument(label: label, type: rest)
            }
            return SurfaceArgument(
                label: label, type: String(rest[..<equals.lowerBound]),
                defaultValue: String(rest[equals.upperBound...]))
        }
    }

    /// The index of the `)` closing the `(` at `open`.
    static func matchingParenthesis(in text: String, from open: String.Index) -> String.Index? {
        var depth = 0
        var index = open
        while index < text.endIndex {
            switch text[index] {
            case "(": depth += 1
            case ")":
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
            index = text.index(after: index)
        }
        return nil
    }

    /// The parts of `text` between commas outside any brackets.
    private static func topLevelParts(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        var previous: Character = " "
        for character in text {
            switch character {
            case "(", "[", "<": depth += 1
            case ")", "]": depth -= 1
            case ">" where previous != "-": depth -= 1
            case "," where depth == 0:
                parts.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
                previous = character
                continue
            default: break
            }
            current.append(character)
            previous = character
        }
        let last = current.trimmingCharacters(in: .whitespaces)
        if !last.isEmpty { parts.append(last) }
        return parts
    }

    /// The first `separator` outside any brackets.
    private static func topLevelRange(of separator: String, in text: String) -> Range<String.Index>? {
        var depth = 0
        var previous: Character = " "
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            switch character {
            case "(", "[", "<": depth += 1
            case ")", "]": depth -= 1
            case ">" where previous != "-": depth -= 1
            default: break
            }
            if depth == 0, text[index...].hasPrefix(separator) {
                return
                    index..<text.index(
                        index,
                        offsetBy: separator.count)
            }
            previous = character
            index = text.index(after: index)
        }
        return nil
    }
}
