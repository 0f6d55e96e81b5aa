import Foundation

/// Turns spec names into Swift identifiers: the one place where names are spelled.
public enum SwiftIdentifier {
    /// Words of a spec name: split at anything that is not a letter or digit, and at lower→upper case changes.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previous: Character?
        let characters = Array(text)
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

    /// `file_metadata` → `FileMetadata`; an empty result becomes `Value`; a leading digit gets `_`.
    public static func typeName(_ text: String) -> String {
        let joined = words(text).map(capitalizedWord).joined()
        return guardLeadingDigit(joined.isEmpty ? "Value" : joined)
    }

    /// `file_id` → `fileId`, `HTTP-Referer` → `httpReferer`; keywords escaped with backticks.
    public static func memberName(_ text: String) -> String {
        let parts = words(text)
        guard let first = parts.first else { return "value" }
        let joined = lowercasedLeadingWord(first) + parts.dropFirst().map(capitalizedWord).joined()
        return escaped(guardLeadingDigit(joined))
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

    /// Removes backticks added by `escaped`.
    public static func unescaped(_ name: String) -> String {
        name.hasPrefix("`") ? String(name.dropFirst().dropLast()) : name
    }

    // MARK: - Pieces

    private static func capitalizedWord(_ word: String) -> String {
        guard let first = word.first else { return word }
        return first.uppercased() + word.dropFirst()
    }

    /// `HTTP` → `http`, `URLPath` handled by `words` already; `Files` → `files`.
    private static func lowercasedLeadingWord(_ word: String) -> String {
        if word.allSatisfy({ !$0.isLowercase }) { return word.lowercased() }
        guard let first = word.first else { return word }
        return first.lowercased() + word.dropFirst()
    }

    private static func guardLeadingDigit(_ name: String) -> String {
        guard let first = name.first, first.isNumber else { return name }
        return "_" + name
    }

    /// Backticks for keywords that allow them; an underscore suffix for the few that never work as names.
    static func escaped(_ name: String) -> String {
        if SwiftKeywords.unusable.contains(name) { return name + "_" }
        if SwiftKeywords.reserved.contains(name) { return "`\(name)`" }
        return name
    }
}
