/// Splits the argument list of a recorded signature, minding the brackets of types like `[String: JSONValue]`,
/// `PageSequence<A, B>` and `(@Sendable (String) -> Void)?`.
enum SignatureText {
    /// The arguments of `a: A, b: B? = nil` (the text between a signature's parentheses).
    static func arguments(_ text: String) -> [SurfaceArgument] {
        topLevelParts(text).compactMap { part in
            guard let colon = ASCIISearch.firstRange(of: ": ", in: part) else { return nil }
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
        let utf8 = text.utf8
        var index = open
        while index < utf8.endIndex {
            switch utf8[index] {
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
            index = utf8.index(after: index)
        }
        return nil
    }

    /// The parts of `text` between commas outside any brackets (on UTF-8 code units: every bracket is ASCII).
    private static func topLevelParts(_ text: String) -> [String] {
        var parts: [String] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var depth = 0
        var previous = UInt8(ascii: " ")
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "<"): depth += 1
            case UInt8(ascii: ")"), UInt8(ascii: "]"): depth -= 1
            case UInt8(ascii: ">") where previous != UInt8(ascii: "-"): depth -= 1
            case UInt8(ascii: ",") where depth == 0:
                parts.append(ASCIISearch.trimmingSpaces(text[start..<index]))
                start = utf8.index(after: index)
            default: break
            }
            previous = byte
            index = utf8.index(after: index)
        }
        let last = ASCIISearch.trimmingSpaces(text[start...])
        if !last.isEmpty { parts.append(last) }
        return parts
    }

    /// The first `separator` (ASCII) outside any brackets.
    private static func topLevelRange(of separator: String, in text: String) -> Range<String.Index>? {
        let needle = Array(separator.utf8)
        let utf8 = text.utf8
        var depth = 0
        var previous = UInt8(ascii: " ")
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "<"): depth += 1
            case UInt8(ascii: ")"), UInt8(ascii: "]"): depth -= 1
            case UInt8(ascii: ">") where previous != UInt8(ascii: "-"): depth -= 1
            default: break
            }
            if depth == 0, utf8[index...].starts(with: needle) {
                return index..<utf8.index(index, offsetBy: needle.count)
            }
            previous = byte
            index = utf8.index(after: index)
        }
        return nil
    }
}
