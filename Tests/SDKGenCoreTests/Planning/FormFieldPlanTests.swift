import XCTest
@testable import SDKGenCore

/// What a form's `encoding` entries cannot change on the wire is said, at the entry.
final class FormFieldPlanTests: XCTestCase {
    private func diagnostics(mediaType: String, encoding: String) throws -> [Diagnostic] {
        let yaml = """
            openapi: 3.1.0
            info: {title: T, version: '1'}
            paths:
              /send:
                post:
                  operationId: send
                  requestBody:
                    content:
                      \(mediaType):
                        schema:
                          type: object
                          properties:
                            text: {type: string}
                        encoding:
                          text: \(encoding)
                  responses: {'204': {description: done}}
            """
        return try InlineDocument.generate(yaml).diagnostics
    }

    func testPartHeadersAreSaidNotToBeSent() throws {
        let found = try diagnostics(
            mediaType: "multipart/form-data", encoding: "{headers: {X-Rate: {schema: {type: integer}}}}")
        XCTAssertEqual(found.count, 1, "\(found)")
        XCTAssertTrue(found.first?.message.contains("part headers of form field 'text' are not sent") == true)
        XCTAssertEqual(found.first?.location?.line, 15)
        XCTAssertEqual(
            found.first?.pointer, "#/paths/~1send/post/requestBody/content/multipart~1form-data/encoding/text/headers")
    }

    func testAllowReservedIsSaidToBePercentEncodedAnyway() throws {
        let found = try diagnostics(mediaType: "application/x-www-form-urlencoded", encoding: "{allowReserved: true}")
        XCTAssertEqual(found.map(\.message).filter { $0.contains("percent-encodes them anyway") }.count, 1, "\(found)")
    }

    func testAStyleAFormDoesNotUseFallsBackToFormStyle() throws {
        let found = try diagnostics(mediaType: "application/x-www-form-urlencoded", encoding: "{style: matrix}")
        XCTAssertEqual(found.map(\.message).filter { $0.contains("style 'matrix'") }.count, 1, "\(found)")
    }

    func testAnEntryThatChangesNothingUnsentIsQuiet() throws {
        XCTAssertEqual(try diagnostics(mediaType: "multipart/form-data", encoding: "{contentType: text/csv}"), [])
        XCTAssertEqual(
            try diagnostics(mediaType: "application/x-www-form-urlencoded", encoding: "{style: form, explode: false}"),
            [])
    }
}
