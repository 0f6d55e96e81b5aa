import XCTest
@testable import SDKGenCore

/// An open enum's doc comment: its description, a blank line, then the note on unknown values; without a
/// description, the note alone (no empty `///` line above it).
final class OpenEnumDocumentationTests: XCTestCase {
    private func model(description: String?) throws -> String {
        let describedAs = description.map { "\n      description: \($0)" } ?? ""
        let yaml = """
            openapi: 3.1.0
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                Ttl:
                  type: string\(describedAs)
                  enum: [5m, 1h]
                  x-speakeasy-unknown-values: allow
            """
        return try XCTUnwrap(InlineDocument.generate(yaml).files["Models/Ttl.swift"])
    }

    func testWithoutADescriptionTheNoteIsTheWholeComment() throws {
        let text = try model(description: nil)
        XCTAssertTrue(
            text.contains(
                "import Foundation\n\n/// Open: values this version of the SDK does not know decode as `unknown` instead of failing.\npublic enum Ttl:"
            ), text)
    }

    func testADescriptionIsSetApartFromTheNote() throws {
        let text = try model(description: "How long a cache entry lives.")
        XCTAssertTrue(
            text.contains(
                "/// How long a cache entry lives.\n///\n/// Open: values this version of the SDK does not know decode as `unknown` instead of failing.\npublic enum Ttl:"
            ), text)
    }
}
