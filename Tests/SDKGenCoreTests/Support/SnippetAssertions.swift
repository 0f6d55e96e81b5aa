import Foundation
import XCTest
@testable import SDKGenCore

/// Inline snippet tests: a few lines of document in, the Swift they must produce out.
enum Snippet {
    /// `openapi` and `info` for snippets that start at `paths:`.
    static let header = "openapi: 3.1.0\ninfo: {title: Snippet API, version: '1'}\n"

    /// The files and warnings of generating `yaml` (a document's body after `info`).
    static func generate(_ yaml: String) throws -> (files: [String: String], diagnostics: [Diagnostic]) {
        try InlineDocument.generate(header + yaml, module: "Snippet")
    }
}

/// Asserts that generating `yaml` (the document after `openapi` and `info`) writes `swift` (its common indentation
/// removed) into the file at `path`, or into some file when `path` is nil, and exactly the warnings `warnings` when
/// given (messages, sorted as printed).
func assertRenders(
    yaml: String, swift: String, in path: String? = nil, warnings: [String]? = nil,
    file: StaticString = #filePath, line: UInt = #line
) {
    let result: (files: [String: String], diagnostics: [Diagnostic])
    do {
        result = try Snippet.generate(yaml)
    } catch {
        XCTFail("the snippet does not generate: \(error)", file: file, line: line)
        return
    }
    let expected = dedented(swift)
    let candidates = path.map { result.files[$0].map { [$0] } ?? [] } ?? Array(result.files.values)
    if !candidates.contains(where: { containsLines(expected, in: $0) }) {
        let shown =
            path.flatMap { result.files[$0] } ?? "(files: \(result.files.keys.sorted().joined(separator: ", ")))"
        XCTFail(
            "the output does not contain\n\(expected)\n--- \(path ?? "any file"):\n\(shown)", file: file, line: line)
    }
    if let warnings {
        XCTAssertEqual(result.diagnostics.map(\.message), warnings, file: file, line: line)
    }
}

/// Whether `text` holds the lines of `snippet` in a row, each indented by the same extra spaces.
private func containsLines(_ snippet: String, in text: String) -> Bool {
    let wanted = snippet.split(separator: "\n", omittingEmptySubsequences: false)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard wanted.count > 1 else { return text.contains(snippet) }
    guard let first = wanted.first, lines.count >= wanted.count else { return false }
    for start in 0...(lines.count - wanted.count) {
        guard lines[start].hasSuffix(first) else { continue }
        let indent = lines[start].dropLast(first.count)
        guard indent.allSatisfy({ $0 == " " }) else { continue }
        let matches = zip(wanted, lines[start...]).allSatisfy { want, line in
            want.isEmpty ? line.trimmingCharacters(in: .whitespaces).isEmpty : line == indent + want
        }
        if matches { return true }
    }
    return false
}

/// The text with the indentation all its non-empty lines share removed.
private func dedented(_ text: String) -> String {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let indent =
        lines.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        .map { $0.prefix { $0 == " " }.count }.min() ?? 0
    return lines.map { String($0.dropFirst(min(indent, $0.prefix { $0 == " " }.count))) }.joined(separator: "\n")
}
