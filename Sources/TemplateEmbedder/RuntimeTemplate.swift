/// Turns a runtime source file (`Sources/SDKGenRuntime/*.swift`, real Swift with `public` declarations) into the
/// mustache template sdkgen renders into every client: a text template that starts with the file header and
/// writes the client's access level where the source says `public`.
enum RuntimeTemplate {
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
            lines.append(try AccessToken.replacingPublic(in: line, file: file, line: index + 1))
        }
        return prefix + lines.joined(separator: "\n")
    }
}
