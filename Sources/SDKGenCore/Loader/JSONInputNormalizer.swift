/// Maps columns of rewritten text back to the columns of the original text, line by line.
struct ColumnMap {
    /// Per 0-based line: (column in the rewritten text where a shift starts, total shift from there on).
    private var shifts: [Int: [(column: Int, shift: Int)]] = [:]

    var isEmpty: Bool { shifts.isEmpty }

    /// Records that from `column` on (rewritten text), the original text is `shift` more characters to the right.
    mutating func add(line: Int, column: Int, extra: Int) {
        let previous = shifts[line]?.last?.shift ?? 0
        shifts[line, default: []].append((column: column, shift: previous + extra))
    }

    /// The original 0-based column for a 0-based column of the rewritten text.
    func originalColumn(line: Int, column: Int) -> Int {
        guard let lineShifts = shifts[line] else { return column }
        var low = 0
        var high = lineShifts.count
        while low < high {
            let middle = (low + high) / 2
            if lineShifts[middle].column <= column {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low == 0 ? column : column + lineShifts[low - 1].shift
    }
}

/// Makes common JSON that libyaml rejects readable by it, keeping lines and (through a
/// `ColumnMap`) columns:
/// - tabs outside strings become spaces (libyaml rejects some, as before the root `{`);
/// - UTF-16 surrogate escapes (`\ud83d\ude00`, which YAML forbids) become `\U0001F600`,
///   or `\uFFFD` when unpaired;
/// - a key longer than libyaml's 1024-character limit for implicit keys, or separated from its
///   `:` by a line break, gets YAML's explicit key indicator `? ` in front of it.
///
/// It tracks double-quoted strings only, as JSON has them; it runs on text that starts with
/// `{` or `[`.
enum JSONInputNormalizer {
    /// Whether the text starts (after a byte order mark and whitespace) like a JSON document.
    static func looksLikeJSON(_ bytes: [UInt8]) -> Bool {
        var index = bytes.starts(with: byteOrderMark) ? 3 : 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                index += 1
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                return true
            default:
                return false
            }
        }
        return false
    }

    /// The rewritten text and its column map, or nil when the text needs no change.
    static func normalize(_ bytes: [UInt8]) -> (bytes: [UInt8], columns: ColumnMap)? {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 64)
        var columns = ColumnMap()
        var changed = false
        var line = 0
        var column = 0
        var inString = false
        var index = 0
        if bytes.starts(with: byteOrderMark) {
            output.append(contentsOf: byteOrderMark)
            index = 3
        }
        while index < bytes.count {
            let byte = bytes[index]
            if inString, byte == UInt8(ascii: "\\"), index + 1 < bytes.count {
                let before = output.count
                let consumed = rewriteEscape(bytes, at: index, into: &output)
                let written = output.count - before
                column += written
                if written != consumed {
                    changed = true
                    columns.add(line: line, column: column, extra: consumed - written)
                }
                index += consumed
                continue
            }
            if byte == UInt8(ascii: "\"") {
                if !inString, needsExplicitKey(bytes, openingQuote: index) {
                    output.append(contentsOf: "? ".utf8)
                    column += 2
                    changed = true
                    columns.add(line: line, column: column, extra: -2)
                }
                inString.toggle()
            }
            if byte == UInt8(ascii: "\t") && !inString {
                output.append(UInt8(ascii: " "))
                changed = true
            } else {
                output.append(byte)
            }
            if byte == UInt8(ascii: "\n")
                || (byte == UInt8(ascii: "\r") && nextByte(bytes, index) != UInt8(ascii: "\n"))
            {
                line += 1
                column = 0
            } else if byte & 0xC0 != 0x80 && byte != UInt8(ascii: "\r") {
                column += 1
            }
            index += 1
        }
        return changed ? (output, columns) : nil
    }

    /// Whether the string opening at `openingQuote` is a key libyaml cannot take as an implicit
    /// key: its `:` too far from its start (counted in bytes, a safe overestimate of libyaml's
    /// characters) or on a later line.
    private static func needsExplicitKey(_ bytes: [UInt8], openingQuote: Int) -> Bool {
        var index = openingQuote + 1
        while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
            index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
        }
        var lineBreak = false
        index += 1
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                index += 1
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                lineBreak = true
                index += 1
            case UInt8(ascii: ":"):
                return lineBreak || index - openingQuote > 1000
            default:
                return false
            }
        }
        return false
    }

    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    private static func nextByte(_ bytes: [UInt8], _ index: Int) -> UInt8? {
        index + 1 < bytes.count ? bytes[index + 1] : nil
    }

    /// The code unit of a `\uXXXX` escape at `index` when it is a UTF-16 surrogate.
    private static func surrogate(_ bytes: [UInt8], at index: Int) -> UInt32? {
        guard index + 5 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
            return nil
        }
        var value: UInt32 = 0
        for offset in 2...5 {
            guard let digit = hexValue(bytes[index + offset]) else { return nil }
            value = value * 16 + digit
        }
        return (0xD800...0xDFFF).contains(value) ? value : nil
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A")) + 10
        default: nil
        }
    }

    /// Copies or rewrites the escape at `index` (a backslash inside a string); returns the bytes consumed.
    private static func rewriteEscape(_ bytes: [UInt8], at index: Int, into output: inout [UInt8]) -> Int {
        guard let high = surrogate(bytes, at: index) else {
            output.append(bytes[index])
            output.append(bytes[index + 1])
            return 2
        }
        if high < 0xDC00, let low = surrogate(bytes, at: index + 6), low >= 0xDC00 {
            let scalar = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
            let hex = String(scalar, radix: 16, uppercase: true)
            let padded = String(repeating: "0", count: 8 - hex.utf8.count) + hex
            output.append(contentsOf: "\\U".utf8)
            output.append(contentsOf: padded.utf8)
            return 12
        }
        output.append(contentsOf: "\\uFFFD".utf8)
        return 6
    }
}
