import XCTest
@testable import SDKGenCore

/// A form body whose schema is not an object is taken as `Data`, and a warning at the schema says so; a form
/// without a schema, or of any value, says nothing more and is taken as `Data` without one.
final class UnfieldedFormBodyTests: XCTestCase {
    private func generate(mediaType: String, schema: String) throws -> (files: [String: String], found: [Diagnostic]) {
        let yaml = """
            openapi: 3.1.0
            info: {title: T, version: '1'}
            paths:
              /send:
                post:
                  operationId: send
                  requestBody:
                    required: true
                    content:
                      \(mediaType):
            \(schema)
                  responses: {'204': {description: done}}
            """
        let result = try InlineDocument.generate(yaml)
        return (result.files, result.diagnostics)
    }

    func testAURLEncodedStringBodyIsDataWithAWarningAtItsSchema() throws {
        let (files, found) = try generate(
            mediaType: "application/x-www-form-urlencoded", schema: "              schema: {type: string}")
        XCTAssertEqual(found.count, 1, "\(found)")
        XCTAssertEqual(
            found.first?.message,
            "the application/x-www-form-urlencoded body of 'send' is a string, not an object, so it has no fields to send one by one; the method takes `Data`: the URL-encoded text as bytes"
        )
        XCTAssertEqual(found.first?.location?.line, 11)
        XCTAssertEqual(
            found.first?.pointer, "#/paths/~1send/post/requestBody/content/application~1x-www-form-urlencoded/schema")
        XCTAssertTrue(files["Operations/OperationsAPI.swift"]?.contains("        body: Data,\n") == true)
    }

    func testAMultipartArrayBodySaysTheCallerEncodesItWithItsBoundary() throws {
        let (_, found) = try generate(
            mediaType: "multipart/form-data", schema: "              schema: {type: array, items: {type: string}}")
        XCTAssertEqual(found.count, 1, "\(found)")
        XCTAssertTrue(
            found.first?.message.hasPrefix("the multipart/form-data body of 'send' is an array, not an object") == true)
        XCTAssertTrue(
            found.first?.message.contains("with its boundary in a Content-Type set through options.headers") == true)
    }

    func testAFormWithoutASchemaOrOfAnyValueHasNoWarning() throws {
        XCTAssertEqual(try generate(mediaType: "multipart/form-data", schema: "              {}").found, [])
        XCTAssertEqual(
            try generate(mediaType: "application/x-www-form-urlencoded", schema: "              schema: {}").found, [])
    }

    func testAnObjectFormHasNoWarning() throws {
        let (files, found) = try generate(
            mediaType: "application/x-www-form-urlencoded",
            schema: "              schema: {type: object, properties: {name: {type: string}}}")
        XCTAssertEqual(found, [])
        XCTAssertTrue(files["Operations/OperationsAPI.swift"]?.contains("        name: String? = nil,\n") == true)
    }
}
