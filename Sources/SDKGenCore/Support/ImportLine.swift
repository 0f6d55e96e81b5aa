/// The `import` lines that `additionalImports` adds to generated files.
enum ImportLine {
    private static let modifiers: Set<String> = ["public", "package", "internal", "fileprivate", "private"]
    private static let kinds: Set<String> = ["struct", "class", "enum", "protocol", "typealias", "func", "let", "var"]

    /// The declaration for a config entry: `MyModule` → `import MyModule`; a full declaration
    /// (`@preconcurrency import MyModule`, `@_spi(Tools) import MyModule`, `public import MyModule.Sub`) is kept as
    /// written (spacing normalized).
    /// Nil when the entry is neither, so a config cannot inject other code into generated files.
    static func line(for entry: String) -> String? {
        let words = entry.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let importIndex = words.firstIndex(of: "import") else {
            return words.count == 1 && isModulePath(words[0]) ? "import \(words[0])" : nil
        }
        var prefix = words[..<importIndex]
        while let first = prefix.first, first.hasPrefix("@"), isAttribute(first.dropFirst()) { prefix.removeFirst() }
        if let first = prefix.first, modifiers.contains(first) { prefix.removeFirst() }
        var rest = words[(importIndex + 1)...]
        if let first = rest.first, kinds.contains(first) { rest.removeFirst() }
        guard prefix.isEmpty, rest.count == 1, let path = rest.first, isModulePath(path) else { return nil }
        return words.joined(separator: " ")
    }

    /// Whether a generated line is an import declaration (for merging files into one).
    static func isImport(_ line: String) -> Bool {
        line.hasPrefix("import ")
            || (line.contains(" import ") && line.first.map { $0 == "@" || $0.isLetter } == true
                && Self.line(for: line) == line)
    }

    /// An attribute's name, with at most one identifier argument (`preconcurrency`, `_spi(Generated)`).
    private static func isAttribute(_ text: Substring) -> Bool {
        guard let open = text.firstIndex(of: "(") else { return isIdentifier(text) }
        return text.last == ")" && isIdentifier(text[..<open])
            && isIdentifier(text[text.index(after: open)..<text.index(before: text.endIndex)])
    }

    private static func isModulePath(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return !parts.isEmpty && parts.allSatisfy { isIdentifier($0) }
    }

    private static func isIdentifier(_ text: Substring) -> Bool {
        guard let first = text.first, first == "_" || first.isLetter else { return false }
        return text.allSatisfy { $0 == "_" || $0.isLetter || $0.isNumber }
    }
}
