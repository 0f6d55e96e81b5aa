import Foundation
import XCTest
@testable import SDKGenCore

/// `RuntimeTypeNames.all` is exactly the set of types the runtime sources declare at top level.
final class RuntimeTypeNamesTests: XCTestCase {
    func testTheListIsEveryTopLevelTypeOfTheRuntime() throws {
        let folder = RepositoryPaths.root.appendingPathComponent("Sources/SDKGenRuntime")
        var declared: Set<String> = []
        let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        for file in files where file.hasSuffix(".swift") {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            declared.formUnion(Self.topLevelTypeNames(in: SwiftCodeScanner.code(of: text)))
        }
        XCTAssertTrue(declared.contains("HTTPHeaders"), "the scan found \(declared.sorted())")
        XCTAssertEqual(
            declared.subtracting(RuntimeTypeNames.all).sorted(), [],
            "runtime types missing from RuntimeTypeNames.all")
        XCTAssertEqual(
            RuntimeTypeNames.all.subtracting(declared).sorted(), [],
            "RuntimeTypeNames.all lists names no runtime file declares")
    }

    func testGeneratedModelsDoNotTakeARuntimeName() throws {
        let yaml = """
            openapi: 3.1.0
            info: {title: T, version: "1"}
            paths: {}
            components:
              schemas:
                HTTPHeaders: {type: object, properties: {a: {type: string}}}
            """
        let files = try InlineDocument.generate(yaml).files
        XCTAssertNil(files["Models/HTTPHeaders.swift"])
        XCTAssertTrue(files.keys.contains { $0.hasPrefix("Models/") }, "\(files.keys.sorted())")
    }

    /// Names following `struct`, `enum`, `class`, `protocol`, `typealias` or `actor` outside any braces of `code`
    /// (comments and string literals already removed).
    static func topLevelTypeNames(in code: String) -> Set<String> {
        let keywords: Set<String> = ["struct", "enum", "class", "protocol", "typealias", "actor"]
        var names: Set<String> = []
        var depth = 0
        var previousWord: String?
        var word = ""
        func endWord() {
            guard !word.isEmpty else { return }
            if depth == 0, let previous = previousWord, keywords.contains(previous) { names.insert(word) }
            previousWord = word
            word = ""
        }
        for character in code {
            if character.isLetter || character.isNumber || character == "_" {
                word.append(character)
                continue
            }
            endWord()
            if character == "{" { depth += 1 }
            if character == "}" { depth -= 1 }
            if !character.isWhitespace { previousWord = nil }
        }
        endWord()
        return names
    }
}
