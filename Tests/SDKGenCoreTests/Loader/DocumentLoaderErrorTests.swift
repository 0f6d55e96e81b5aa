import Foundation
import XCTest
@testable import SDKGenCore

final class DocumentLoaderErrorTests: XCTestCase {
    func testDuplicateKeysAreAllReported() {
        let text = """
            a: 1
            b:
              x: 1
              x: 2
            a: 3
            c: {k1: 1, k2: 2, k3: 3, k4: 4, k5: 5, k6: 6, k7: 7, k8: 8, k9: 9, k10: 10, k3: 11}
            """
        let errors = loadErrors(Array(text.utf8))
        XCTAssertEqual(
            errors.map(\.description),
            [
                "bad.yaml:4:3: error: duplicate key 'x' in mapping (first at line 3, column 3)",
                "bad.yaml:5:1: error: duplicate key 'a' in mapping (first at line 1, column 1)",
                "bad.yaml:6:77: error: duplicate key 'k3' in mapping (first at line 6, column 19)",
            ])
    }

    func testBillionLaughsStopsFast() {
        var text = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        let names = ["b", "c", "d", "e", "f", "g", "h", "i", "j"]
        var previous = "a"
        for name in names {
            let aliases = Array(repeating: "*\(previous)", count: 10).joined(separator: ", ")
            text += "\(name): &\(name) [\(aliases)]\n"
            previous = name
        }
        let started = Date()
        let errors = loadErrors(Array(text.utf8))
        XCTAssertLessThan(Date().timeIntervalSince(started), 5)
        XCTAssertEqual(errors.count, 1)
        XCTAssertTrue(
            errors.first?.message.hasPrefix("the document expands past 2000000 nodes through aliases") == true)
        XCTAssertEqual(errors.first?.location?.line, 7)

        let small = DocumentLoader.Limits(maxExpandedNodes: 30)
        let smallErrors = loadErrors(
            Array("a: &a [1, 2, 3]\nb: [*a, *a, *a, *a, *a, *a, *a, *a]\n".utf8), limits: small)
        XCTAssertEqual(smallErrors.map { position($0.location) }, ["2:25"])
    }

    func testDeepNestingIsAnErrorNotACrash() {
        let errors = loadErrors(Array(String(repeating: "[", count: 100_000).utf8))
        XCTAssertEqual(errors.map(\.description), ["bad.yaml:1:257: error: the document nests deeper than 256 levels"])
        let deepMappings = String(repeating: "{a: ", count: 100_000)
        XCTAssertEqual(loadErrors(Array(deepMappings.utf8)).first?.message, "the document nests deeper than 256 levels")
        let allowed = String(repeating: "[", count: 256) + String(repeating: "]", count: 256)
        XCTAssertNotNil(loadText(allowed))
        let limited = DocumentLoader.Limits(maxDepth: 3)
        XCTAssertEqual(
            loadErrors(Array("a:\n  b:\n    c:\n      d: 1\n".utf8), limits: limited).map { position($0.location) },
            ["4:7"])
    }

    func testMoreThanOneDocument() {
        let errors = loadErrors(Array("a: 1\n---\nb: 2\n".utf8))
        XCTAssertEqual(
            errors.map(\.description),
            [
                "bad.yaml:2:1: error: the file holds more than one YAML document; OpenAPI documents are one document"
            ])
        XCTAssertNotNil(loadText("---\na: 1\n...\n"))
    }

    func testEmptyDocuments() {
        for text in ["", "# only a comment\n", "  \n\n", "---\n", "\u{FEFF}"] {
            let errors = loadErrors(Array(text.utf8))
            XCTAssertEqual(
                errors.map(\.description), ["bad.yaml:1:1: error: the document is empty"], text.debugDescription)
        }
        XCTAssertEqual(loadText("~")?.isNull, true)
    }

    func testSyntaxErrors() {
        let garbage = loadErrors([0x01, 0x02, 0xFF, 0x00, 0x7F])
        XCTAssertEqual(
            garbage.map(\.description),
            ["bad.yaml:1:1: error: YAML syntax error: control characters are not allowed (0x01)"])
        let nul = loadErrors(Array("a: b\u{0}c\n".utf8))
        XCTAssertEqual(
            nul.map(\.description),
            ["bad.yaml:1:5: error: YAML syntax error: control characters are not allowed (0x00)"])
        let invalidUTF8 = loadErrors(Array("a: é\nb: ".utf8) + [0xFF])
        XCTAssertEqual(
            invalidUTF8.map(\.description),
            ["bad.yaml:2:4: error: YAML syntax error: invalid leading UTF-8 octet (0xFF)"])
        let mapping = loadErrors(Array("a: b: c\n".utf8))
        XCTAssertEqual(
            mapping.map(\.description),
            ["bad.yaml:1:5: error: YAML syntax error: mapping values are not allowed in this context"])
        let unclosed = loadErrors(Array("a: [1, 2\nb: 3\n".utf8))
        XCTAssertEqual(unclosed.count, 1)
        XCTAssertTrue(unclosed.first?.message.hasPrefix("YAML syntax error: ") == true)
        let bom = loadText("\u{FEFF}a: 1\n")
        XCTAssertEqual(position(bom?.mapping?.entry("a")?.keyLocation), "1:1")
    }

    func testNonScalarKeyIsAnError() {
        let errors = loadErrors(Array("? [a, b]\n: c\nd: 1\n".utf8))
        XCTAssertEqual(
            errors.map(\.description), ["bad.yaml:1:3: error: a mapping key must be a scalar, not a sequence"])
    }

    func testFiles() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "loader-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        XCTAssertEqual(
            fileErrors(directory.path), ["error: cannot read '\(directory.path)': it is a directory, not a file"])
        let missing = directory.appendingPathComponent("missing.yaml").path
        XCTAssertEqual(fileErrors(missing), ["error: cannot read '\(missing)': no such file"])

        let file = directory.appendingPathComponent("doc.yaml")
        try Data("a: [1, 2]\n".utf8).write(to: file)
        let node = try DocumentLoader.load(contentsOf: file.path, displayPath: "doc.yaml")
        XCTAssertEqual(node["a"]?.sequence?.first?.location, SourceLocation(file: "doc.yaml", line: 1, column: 5))
        XCTAssertEqual(try DocumentLoader.load(contentsOf: file.path)["a"]?.location.file, file.path)

        let tiny = DocumentLoader.Limits(maxDocumentBytes: 4)
        XCTAssertEqual(
            fileErrors(file.path, limits: tiny), ["error: '\(file.path)' is too large to load: the limit is 4 bytes"])
        XCTAssertEqual(
            loadErrors(Array("a: 12345".utf8), limits: tiny).map(\.message),
            ["'bad.yaml' is too large to load (8 bytes): the limit is 4 bytes"])

        if getuid() != 0 {
            try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: file.path)
            XCTAssertEqual(fileErrors(file.path), ["error: cannot read '\(file.path)': permission denied"])
        }
    }

    private func fileErrors(_ path: String, limits: DocumentLoader.Limits = .init()) -> [String] {
        do {
            _ = try DocumentLoader.load(contentsOf: path, limits: limits)
            XCTFail("loaded \(path)")
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }
}
