/// Turns a runtime source file (`Sources/SDKGenRuntime/*.swift`, real Swift with `public` declarations) into the
/// mustache template sdkgen renders into every client: a text template that starts with the file header and
/// writes the client's access level where the source says `public`.
///
/// A declaration the source marks `@_spi(Generated) public` (called only by generated code) becomes internal: the
/// template drops both words (and the attribute of an `@_spi(Generated) extension`), so a client that carries its
/// runtime does not export it.
enum RuntimeTemplate {
    /// What starts, after indentation, a declaration or extension that only generated code uses.
    static let generatedCodeOnly = "@_spi(Generated) "

    /// Why a runtime source cannot become a template.
    struct Failure: Error, Equatable, CustomStringConvertible {
        /// The source file's name.
        let file: String
        /// The 1-based line of the problem.
        let line: Int
        /// What is wrong.
        let reason: String

        var description: String { "\(file):\(line): \(reason)" }
    }

    /// What every runtime template starts with: text rendering (no HTML escaping) and the file header partial.
    static let prefix = "{{%CONTENT_TYPE: TEXT}}\n{{> FileHeader}}\n"

    /// The template for the runtime source `text` of the file `file`.
    ///
    /// - Throws: `Failure` when the source holds `{{` or `}}` (mustache would read them as tags), or a `public`
    ///   that neither starts a declaration nor stands in a comment.
    static func derive(from text: String, file: String) throws(Failure) -> String {
        var lines: [Substring] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.contains("{{") || line.contains("}}") {
                throw Failure(
                    file: file, line: index + 1,
                    reason: "contains '{{' or '}}', which mustache reads as a tag")
            }
            lines.append(
                try AccessToken.replacingPublic(in: internalizingGeneratedCodeOnly(line), file: file, line: index + 1))
        }
        return prefix + lines.joined(separator: "\n")
    }

    /// `line` without the `@_spi(Generated) ` and the `public ` after it that start its declaration, if it has them.
    private static func internalizingGeneratedCodeOnly(_ line: Substring) -> Substring {
        let indentation = line.prefix { $0 == " " }
        var rest = line.dropFirst(indentation.count)
        guard rest.hasPrefix(generatedCodeOnly) else { return line }
        rest = rest.dropFirst(generatedCodeOnly.count)
        if rest.hasPrefix("public ") { rest = rest.dropFirst("public ".count) }
        return indentation + rest
    }
}
