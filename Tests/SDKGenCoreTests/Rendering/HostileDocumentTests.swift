import Foundation
import XCTest
@testable import SDKGenCore

/// Documents written to break out of comments and string literals: text from the document must reach the
/// output only inside comments and literals, or as identifiers. (That the output also type-checks is covered by
/// the `hostile` fixture in `FixtureGoldenTests`.)
final class HostileDocumentTests: XCTestCase {
    /// The text every hostile field of the fixture carries, in many disguises.
    private static let canary = #"fatalError("CANARY")"#

    private func generateFixture() throws -> Pipeline.Result {
        let spec = RepositoryPaths.fixtures.appendingPathComponent("hostile/openapi.yaml")
        return try Pipeline.generate(
            specPath: spec.path, displayPath: "Tests/Fixtures/hostile/openapi.yaml",
            options: GeneratorOptions(moduleName: "Hostile"))
    }

    func testTheCanaryAppearsOnlyInCommentsAndStringLiterals() throws {
        let result = try generateFixture()
        var inComments = 0
        for file in result.files {
            XCTAssertTrue(SwiftCodeScanner.isBalanced(file.contents), "\(file.path): a comment or literal is left open")
            let code = SwiftCodeScanner.code(of: file.contents)
            XCTAssertFalse(
                code.contains("fatalError("), "\(file.path): document text became code:\n\(excerpt(of: code))")
            XCTAssertFalse(code.contains("CANARY\""), "\(file.path): document text ended a literal")
            if file.contents.contains(Self.canary) || file.contents.contains(#"fatalError(\"CANARY\")"#) {
                inComments += 1
            }
        }
        XCTAssertGreaterThan(
            inComments, 5, "the canary reaches the output (escaped), so the check above means something")
    }

    func testAHostileModuleNameStaysOutOfTheCode() throws {
        let options = GeneratorOptions(moduleName: "Evil\nfatalError(\"CANARY\") ../../x", singleFile: true)
        let result = try Pipeline.generate(specPath: RepositoryPaths.spec.path, options: options)
        XCTAssertEqual(result.files.map(\.path), ["EvilFatalErrorCANARYX.swift"])
        let text = try XCTUnwrap(result.files.first?.contents)
        XCTAssertFalse(SwiftCodeScanner.code(of: text).contains("fatalError("))
    }

    func testTheScannerFindsInjectedCode() {
        // The scanner itself: each of these puts the canary in code, and must be caught.
        let injected = [
            "/// doc\nfatalError(\"CANARY\")\n",
            "let a = \"x\"; fatalError(\"CANARY\"); let b = \"\"\n",
            "let a = \"\\(fatalError(\"CANARY\"))\"\n",
            "let a = #\"x\"#; fatalError(\"CANARY\")\n",
            "let a = #\"x \\#(fatalError(\"CANARY\")) \"#\n",
            "/* a /* nested */ */ fatalError(\"CANARY\")\n",
            "let a = \"\"\"\n  x\n  \"\"\"\nfatalError(\"CANARY\")\n",
        ]
        for text in injected {
            XCTAssertTrue(SwiftCodeScanner.code(of: text).contains("fatalError("), text)
        }
        let safe = [
            "/// */ fatalError(\"CANARY\") /*\n",
            "let a = \"*/ fatalError(\\\"CANARY\\\") \\\\\"\n",
            "/* /* */ fatalError(\"CANARY\") */\n",
            "let a = #\"\\(fatalError(\"CANARY\"))\"#\n",
            "let a = \"\"\"\n  fatalError(\"CANARY\")\n  \"\"\"\n",
        ]
        for text in safe {
            XCTAssertFalse(SwiftCodeScanner.code(of: text).contains("fatalError("), text)
            XCTAssertTrue(SwiftCodeScanner.isBalanced(text), text)
        }
    }

    func testCollisionsAndRenamesAreWarningsThatSayHowTheyWereResolved() throws {
        let result = try generateFixture()
        let messages = result.diagnostics.map(\.description)
        XCTAssertTrue(result.diagnostics.allSatisfy { $0.severity == .warning }, messages.joined(separator: "\n"))
        let expected = [
            "warning: operation 'get_items' is named 'getItems2' because 'getItems' is already taken",
            "warning: schema 'my_item' is named 'MyItem2' because 'MyItem' is already taken",
            "warning: schema 'Type' is named 'Type2' because 'Type' is already taken",
            "warning: property 'a_b' of Type2 is named 'aB3' because 'aB' is already taken",
            "warning: operations group 'configuration' is named 'configuration2' because 'configuration' is already taken",
            "warning: parameter 'options' of fatalError(\"CANARY\") is named 'options2' because 'options' is already taken",
            "warning: 'exponent' must be a finite number, found nan; 1.5 is used",
        ]
        for text in expected {
            XCTAssertTrue(
                messages.contains { $0.contains(text) }, "missing: \(text)\n\(messages.joined(separator: "\n"))")
        }
        let paths = result.files.map(\.path)
        XCTAssertEqual(Set(paths).count, paths.count, "every file has its own path")
        XCTAssertEqual(Set(paths.map { $0.lowercased() }).count, paths.count, "even on a case-insensitive file system")
        XCTAssertTrue(
            paths.allSatisfy { $0.split(separator: "/").allSatisfy { $0.utf8.count <= 200 } },
            "file names fit a file system")
        XCTAssertTrue(paths.contains("Models/Operations/GetItems2+Types.swift"), paths.joined(separator: "\n"))
    }

    func testIdentifiersFromHostileNames() {
        let names = [
            #"fatalError("CANARY")"#, "*/", "\"\"\"", #"\("#, "#\"", "a\nb", "self", "Type", "protocol", "default",
            "init",
            "1st", "🚀", "", " ", "a\u{2E2F}b", "\u{301}x", "x\u{200D}y", "\u{202E}evil", "ⅻ",
            String(repeating: "é", count: 40),
        ]
        for name in names {
            for identifier in [
                SwiftIdentifier.typeName(name), SwiftIdentifier.unescaped(SwiftIdentifier.memberName(name)),
                SwiftIdentifier.unescaped(SwiftIdentifier.caseName(name)),
            ] {
                XCTAssertFalse(identifier.isEmpty, name)
                let scalars = identifier.unicodeScalars
                XCTAssertTrue(SwiftIdentifier.isIdentifierStart(scalars.first ?? " "), "\(name) → \(identifier)")
                XCTAssertTrue(scalars.allSatisfy(SwiftIdentifier.isIdentifierContinuation), "\(name) → \(identifier)")
                XCTAssertFalse(
                    scalars.contains { $0.properties.generalCategory == .format },
                    "\(name) → \(identifier): invisible characters")
            }
        }
        XCTAssertEqual(SwiftIdentifier.memberName("a\u{2E2F}b"), "ab")
        XCTAssertEqual(SwiftIdentifier.typeName("x\u{200D}y \u{202E}evil"), "XyEvil")
        XCTAssertEqual(FileNames.stem("Short"), "Short")
        let long = String(repeating: "x", count: 2_000)
        XCTAssertEqual(FileNames.stem(long).utf8.count, FileNames.maxStemBytes)
        XCTAssertNotEqual(FileNames.stem(long), FileNames.stem(long + "y"))
    }

    private func excerpt(of code: String) -> String {
        guard let range = code.range(of: "fatalError(") else { return "" }
        let start = code.index(range.lowerBound, offsetBy: -200, limitedBy: code.startIndex) ?? code.startIndex
        let end = code.index(range.upperBound, offsetBy: 200, limitedBy: code.endIndex) ?? code.endIndex
        return String(code[start..<end])
    }
}
