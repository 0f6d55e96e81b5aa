import Foundation

/// Turns spec names into Swift identifiers: the one place where names are spelled.
public enum SwiftIdentifier {
    /// Spec names longer than this many bytes are shortened: their start is kept and a hash of the whole is
    /// appended, so identifiers (and the files named after them) stay short, distinct and stable.
    static let maxNameBytes = 256

    /// Words of a spec name: split at anything that is not a letter or digit, and at lower→upper case changes.
    /// Only the first `maxNameBytes * 4` characters are looked at.
    static func words(_ text: String) -> [String] {
        if text.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") }) {
            return words(comparisonsSpelledOut(text))
        }
        if text.utf8.count <= maxNameBytes * 4, text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiWords(text) }
        return characterWords(text)
    }

    /// `words` by Unicode's character properties (any name; `asciiWords` is the same for ASCII names).
    static func characterWords(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previous: Character?
        let characters = Array(text.prefix(maxNameBytes * 4))
        for (index, character) in characters.enumerated() {
            guard character.isASCII ? (character.isLetter || character.isNumber) : character.isLetter else {
                if !current.isEmpty { words.append(current) }
                current = ""
                previous = nil
                continue
            }
            if let previous, !current.isEmpty {
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                let lowerToUpper = (previous.isLowercase || previous.isNumber) && character.isUppercase
                let acronymEnd = previous.isUppercase && character.isUppercase && (next?.isLowercase ?? false)
                if lowerToUpper || acronymEnd {
                    words.append(current)
                    current = ""
                }
            }
            current.append(character)
            previous = character
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// `words` of an ASCII name, on its bytes (names are almost always ASCII; Unicode's character properties
    /// were a tenth of a whole run's instructions). The same rules: letters and digits, split at lower→upper
    /// changes and before the last capital of an acronym that a lowercase letter follows.
    static func asciiWords(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        func isLower(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
        func isUpper(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        var words: [String] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard isLower(byte) || isUpper(byte) || isDigit(byte) else {
                if start < index { words.append(String(decoding: bytes[start..<index], as: UTF8.self)) }
                index += 1
                start = index
                continue
            }
            if start < index {
                let previous = bytes[index - 1]
                let lowerToUpper = (isLower(previous) || isDigit(previous)) && isUpper(byte)
                let acronymEnd =
                    isUpper(previous) && isUpper(byte) && index + 1 < bytes.count && isLower(bytes[index + 1])
                if lowerToUpper || acronymEnd {
                    words.append(String(decoding: bytes[start..<index], as: UTF8.self))
                    start = index
                }
            }
            index += 1
        }
        if start < index { words.append(String(decoding: bytes[start..<index], as: UTF8.self)) }
        return words
    }

    /// Comparison operators as words, so `StartTime<` and `StartTime>` name themselves (`startTimeLessThan`)
    /// instead of both becoming `startTime`: `<=` at most, `>=` at least, `<` less than, `>` greater than.
    private static func comparisonsSpelledOut(_ text: String) -> String {
        text.replacingOccurrences(of: "<=", with: " at most ").replacingOccurrences(of: ">=", with: " at least ")
            .replacingOccurrences(of: "<", with: " less than ").replacingOccurrences(of: ">", with: " greater than ")
    }

    /// `file_metadata` → `FileMetadata`; an empty result becomes `Value`; a leading digit gets `_`.
    public static func typeName(_ text: String) -> String {
        let (head, suffix) = shortened(text)
        let parts = words(head)
        let joined =
            parts.allSatisfy(isASCII)
            ? asciiJoined(parts, lowercasingFirst: false) : sanitized(parts.map(capitalizedWord).joined())
        return guardLeadingDigit((joined.isEmpty ? "Value" : joined) + suffix)
    }

    /// `file_id` → `fileId`, `HTTP-Referer` → `httpReferer`; keywords escaped with backticks.
    public static func memberName(_ text: String) -> String {
        let (head, suffix) = shortened(text)
        let parts = words(head)
        guard let first = parts.first else { return "value" + suffix }
        let joined =
            parts.allSatisfy(isASCII)
            ? asciiJoined(parts, lowercasingFirst: true)
            : sanitized(lowercasedLeadingWord(first) + parts.dropFirst().map(capitalizedWord).joined())
        return escaped(guardLeadingDigit((joined.isEmpty ? "value" : joined) + suffix))
    }

    /// A long name's first part and `_` plus a hash of the whole (of its first MiB, and its length); a short
    /// name and no suffix.
    private static func shortened(_ text: String) -> (head: String, suffix: String) {
        guard text.utf8.count > maxNameBytes else { return (text, "") }
        var head = ""
        var bytes = 0
        for character in text {
            bytes += character.utf8.count
            if bytes > maxNameBytes - 20 { break }
            head.append(character)
        }
        let digest = SHA256.hex(Array(text.utf8.prefix(1 << 20)) + Array(String(text.utf8.count).utf8))
        return (head, "_" + digest.prefix(16))
    }

    /// A name for an enum case from a raw value: like `memberName`, with `empty` for "".
    public static func caseName(_ text: String) -> String {
        if text.isEmpty { return "empty" }
        if words(text).isEmpty { return "value" }
        return memberName(text)
    }

    /// `SCREAMING_SNAKE` for environment variables: `OpenRouter` + `httpReferer` → `OPENROUTER_HTTP_REFERER`.
    public static func environmentName(_ parts: [String]) -> String {
        parts.flatMap(words).map { $0.uppercased() }.joined(separator: "_")
    }

    /// Whether `text` can be used as a type name as it is: a valid identifier, not a keyword.
    public static func isTypeName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, isIdentifierStart(first),
            text.unicodeScalars.allSatisfy(isIdentifierContinuation)
        else { return false }
        return !SwiftKeywords.reserved.contains(text) && !SwiftKeywords.unusable.contains(text)
    }

    /// Removes backticks added by `escaped`.
    public static func unescaped(_ name: String) -> String {
        name.hasPrefix("`") ? String(name.dropFirst().dropLast()) : name
    }

    // MARK: - Pieces

    private static func isASCII(_ word: String) -> Bool {
        word.utf8.allSatisfy { $0 < 0x80 }
    }

    /// ASCII words joined as `capitalizedWord` and `lowercasedLeadingWord` join them, on bytes (their
    /// `Character` properties and case mappings were most of naming's cost): each word's first letter upper-cased;
    /// with `lowercasingFirst`, the first word lower-cased instead (all of it when it has no lowercase letter).
    static func asciiJoined(_ words: [String], lowercasingFirst: Bool) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(words.reduce(0) { $0 + $1.utf8.count })
        let lowercase = UInt8(ascii: "a")...UInt8(ascii: "z")
        let uppercase = UInt8(ascii: "A")...UInt8(ascii: "Z")
        for (position, word) in words.enumerated() {
            let start = bytes.count
            bytes.append(contentsOf: word.utf8)
            guard start < bytes.count else { continue }
            if position == 0 && lowercasingFirst {
                let end = bytes[start...].contains(where: lowercase.contains) ? start + 1 : bytes.count
                for index in start..<end where uppercase.contains(bytes[index]) { bytes[index] += 32 }
            } else if lowercase.contains(bytes[start]) {
                bytes[start] -= 32
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func capitalizedWord(_ word: String) -> String {
        guard let first = word.first else { return word }
        return first.uppercased() + word.dropFirst()
    }

    /// `HTTP` → `http`, `URLPath` handled by `words` already; `Files` → `files`.
    static func lowercasedLeadingWord(_ word: String) -> String {
        if word.allSatisfy({ !$0.isLowercase }) { return word.lowercased() }
        guard let first = word.first else { return word }
        return first.lowercased() + word.dropFirst()
    }

    /// A leading digit, or any other character Swift does not allow to start an identifier (a combining mark), gets `_`.
    private static func guardLeadingDigit(_ name: String) -> String {
        guard let first = name.unicodeScalars.first, !isIdentifierStart(first) else { return name }
        return "_" + name
    }

    /// The name without the scalars Swift does not allow in identifiers (a few Unicode letters, like U+2E2F,
    /// are not allowed), and without invisible format characters (joiners, bidi controls) that Swift would allow
    /// but that make names look alike or reorder how code reads.
    static func sanitized(_ name: String) -> String {
        let keep = { (scalar: Unicode.Scalar) in
            scalar.isASCII || (isIdentifierContinuation(scalar) && scalar.properties.generalCategory != .format)
        }
        guard !name.unicodeScalars.allSatisfy(keep) else { return name }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: name.unicodeScalars.filter(keep))
        return String(result)
    }

    /// Whether Swift accepts the scalar inside an identifier (the ranges of the Swift lexer, from C11 Annex D).
    static func isIdentifierContinuation(_ scalar: Unicode.Scalar) -> Bool {
        let c = scalar.value
        if c < 0x80 {
            return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F
        }
        let ranges: [ClosedRange<UInt32>] = [
            0xA8...0xA8, 0xAA...0xAA, 0xAD...0xAD, 0xAF...0xAF, 0xB2...0xB5, 0xB7...0xBA, 0xBC...0xBE, 0xC0...0xD6,
            0xD8...0xF6, 0xF8...0xFF, 0x100...0x167F, 0x1681...0x180D, 0x180F...0x1FFF, 0x200B...0x200D,
            0x202A...0x202E, 0x203F...0x2040, 0x2054...0x2054, 0x2060...0x206F, 0x2070...0x218F, 0x2460...0x24FF,
            0x2776...0x2793, 0x2C00...0x2DFF, 0x2E80...0x2FFF, 0x3004...0x3007, 0x3021...0x302F, 0x3031...0x303F,
            0x3040...0xD7FF, 0xF900...0xFD3D, 0xFD40...0xFDCF, 0xFDF0...0xFE44, 0xFE47...0xFFF8,
        ]
        if c >= 0x10000 { return c & 0xFFFF <= 0xFFFD && c < 0xF0000 }
        return ranges.contains { $0.contains(c) }
    }

    /// Whether Swift accepts the scalar as the first of an identifier: not a digit nor a combining mark.
    static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
        guard isIdentifierContinuation(scalar) else { return false }
        let c = scalar.value
        if c >= 0x30 && c <= 0x39 { return false }
        let combining: [ClosedRange<UInt32>] = [0x300...0x36F, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F]
        return !combining.contains { $0.contains(c) }
    }

    /// Backticks for keywords that allow them; an underscore suffix for the few that never work as names.
    static func escaped(_ name: String) -> String {
        if SwiftKeywords.unusable.contains(name) { return name + "_" }
        if SwiftKeywords.reserved.contains(name) { return "`\(name)`" }
        return name
    }
}
