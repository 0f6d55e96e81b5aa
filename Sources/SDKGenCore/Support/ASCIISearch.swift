import Foundation

/// Searching and trimming by ASCII delimiters on UTF-8 code units, without grapheme breaking or Foundation (for
/// text sdkgen wrote itself, like the API record, whose delimiters are ASCII).
enum ASCIISearch {
    /// The first occurrence of the ASCII `separator` in `text`.
    static func firstRange(of separator: String, in text: Substring) -> Range<String.Index>? {
        let needle = Array(separator.utf8)
        guard let first = needle.first else { return nil }
        let utf8 = text.utf8
        var index = utf8.startIndex
        while let start = utf8[index...].firstIndex(of: first) {
            var end = start
            var matched = 0
            while matched < needle.count, end < utf8.endIndex, utf8[end] == needle[matched] {
                matched += 1
                end = utf8.index(after: end)
            }
            if matched == needle.count { return start..<end }
            index = utf8.index(after: start)
        }
        return nil
    }

    /// The first occurrence of the ASCII `separator` in `text`.
    static func firstRange(of separator: String, in text: String) -> Range<String.Index>? {
        firstRange(of: separator, in: text[...])
    }

    /// `text` without leading and trailing spaces and tabs.
    static func trimmingSpaces(_ text: String) -> String {
        trimmingSpaces(text[...])
    }

    /// `text` without leading and trailing spaces and tabs.
    static func trimmingSpaces(_ text: Substring) -> String {
        let utf8 = text.utf8
        let isSpace = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        guard let start = utf8.firstIndex(where: { !isSpace($0) }) else { return "" }
        let end = utf8.lastIndex(where: { !isSpace($0) })!
        return String(text[start...end])
    }
}

extension StringProtocol {
    /// The text without leading and trailing whitespace, as `trimmingCharacters(in: .whitespaces)` (spaces, tabs
    /// and Unicode's space separators), on bytes when the text is ASCII.
    func trimmingWhitespace() -> String {
        if utf8.allSatisfy({ $0 < 0x80 }) { return ASCIISearch.trimmingSpaces(Substring(self)) }
        return trimmingCharacters(in: .whitespaces)
    }
}
