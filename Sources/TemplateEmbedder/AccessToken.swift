/// Finds the `public` of a declaration in one line of Swift and puts the template's access level there.
enum AccessToken {
    /// What replaces a declaration's `public`.
    static let placeholder = "{{access}}"

    /// Words that may follow a declaration's `public`: declaration keywords and the modifiers that can come after it.
    static let declarationWords: Set<String> = [
        "actor", "associatedtype", "class", "convenience", "deinit", "dynamic", "enum", "extension", "final", "func",
        "indirect", "init", "lazy", "let", "mutating", "nonisolated", "nonmutating", "override", "protocol",
        "required", "static", "struct", "subscript", "typealias", "var",
    ]

    /// Modifiers that may come before a declaration's `public` (`final public class`).
    static let leadingModifiers: Set<String> = [
        "convenience", "dynamic", "final", "indirect", "lazy", "nonisolated", "override", "required",
    ]

    /// `line` with every declaration's `public` replaced by the placeholder; comment lines are left as they are.
    ///
    /// - Throws: `RuntimeTemplate.Failure` for a `public` that is neither in a comment line nor starts a declaration
    ///   (in a string, `public(set)`, after code).
    static func replacingPublic(
        in line: Substring, file: String,
        line number: Int
    ) throws(RuntimeTemplate.Failure) -> Substring {
        let code = line.drop { $0 == " " || $0 == "\t" }
        if code.hasPrefix("//") || code.hasPrefix("/*") || code.hasPrefix("*") { return line }
        var result = ""
        var rest = line[...]
        while let range = nextPublic(in: rest) {
            let before = line[line.startIndex..<range.lowerBound]
            let after = line[range.upperBound...]
            guard startsDeclaration(before: before, after: after) else {
                throw RuntimeTemplate.Failure(
                    file: file, line: number,
                    reason: "'public' does not start a declaration (write it first, before the declaration keyword)")
            }
            result += rest[rest.startIndex..<range.lowerBound] + placeholder
            rest = after
        }
        return Substring(result + rest)
    }

    /// The range of the next `public` that is a whole word.
    private static func nextPublic(in text: Substring) -> Range<Substring.Index>? {
        var search = text[...]
        while let range = search.range(of: "public") {
            let precededByWord =
                range.lowerBound > text.startIndex
                && isWordCharacter(text[text.index(before: range.lowerBound)])
            let followedByWord = range.upperBound < text.endIndex && isWordCharacter(text[range.upperBound])
            if !precededByWord && !followedByWord { return range }
            search = text[range.upperBound...]
        }
        return nil
    }

    /// Whether a `public` between `before` and `after` is a declaration's: only indentation, attributes and
    /// modifiers before it, one space and a declaration word or attribute after it.
    private static func startsDeclaration(before: Substring, after: Substring) -> Bool {
        guard after.hasPrefix(" ") else { return false }
        let next = after.dropFirst().prefix { isWordCharacter($0) || $0 == "@" }
        guard next.hasPrefix("@") || declarationWords.contains(String(next)) else { return false }
        return before.split(separator: " ").allSatisfy { word in
            word.hasPrefix("@") ? isAttribute(word) : leadingModifiers.contains(String(word.drop { $0 == "\t" }))
        }
    }

    /// Whether `word` is a simple attribute (`@discardableResult`, `@MainActor`), not one with arguments or code.
    private static func isAttribute(_ word: Substring) -> Bool {
        word.count > 1 && word.dropFirst().allSatisfy(isWordCharacter)
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_"
    }
}
