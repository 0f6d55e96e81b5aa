import Foundation
import XCTest

/// Every Swift snippet of README.md compiles as written: each one appears verbatim (indentation aside) in a
/// source file of this target, which the build compiles, with its `import` lines at the top of that file.
final class ReadmeSnippetTests: XCTestCase {
    /// The package's root folder.
    private static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The README's ```swift blocks, each as its lines.
    private static func readmeSnippets() throws -> [[String]] {
        let text = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        var blocks: [[String]] = []
        var current: [String]?
        for line in text.components(separatedBy: "\n") {
            if current == nil, line == "```swift" {
                current = []
            } else if let block = current, line.hasPrefix("```") {
                blocks.append(block)
                current = nil
            } else {
                current?.append(line)
            }
        }
        return blocks
    }

    /// A package manifest or a comment-only block (the file header) is not code of a client.
    private static func isClientCode(_ block: [String]) -> Bool {
        if block.first?.hasPrefix("// swift-tools-version") == true { return false }
        return block.contains { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") && !$0.isEmpty }
    }

    /// `lines` trimmed, without empty lines.
    private static func normalized(_ lines: [String]) -> [String] {
        lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    func testEverySwiftSnippetOfTheReadmeIsCompiledHere() throws {
        let folder = Self.root.appendingPathComponent("Tests/ReadmeSnippetTests")
        let sources = try ["FilesClientSnippets.swift", "StreamingSnippets.swift"].map {
            Self.normalized(
                try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)
                    .components(separatedBy: "\n"))
        }
        let snippets = try Self.readmeSnippets().filter(Self.isClientCode)
        XCTAssertGreaterThanOrEqual(snippets.count, 6, "the README's client snippets were not found")
        for snippet in snippets {
            let lines = Self.normalized(snippet)
            let imports = lines.filter { $0.hasPrefix("import ") }
            let code = lines.filter { !$0.hasPrefix("import ") }
            let found = sources.contains { source in
                imports.allSatisfy(source.contains) && Self.contains(source, code)
            }
            XCTAssertTrue(
                found, "README snippet not compiled by ReadmeSnippetTests:\n" + snippet.joined(separator: "\n"))
        }
    }

    /// Whether `lines` occur in `source` as consecutive lines.
    private static func contains(_ source: [String], _ lines: [String]) -> Bool {
        guard !lines.isEmpty else { return true }
        guard source.count >= lines.count else { return false }
        return (0...(source.count - lines.count)).contains { start in
            Array(source[start..<(start + lines.count)]) == lines
        }
    }
}
