import XCTest
@testable import SDKGenCore

/// An operation offered with several request bodies has one method per media type; its page and stream variants
/// send the preferred body only, and a warning at the request body says so.
final class OperationPlannerTests: XCTestCase {
    func testPagedOperationsWithSeveralBodiesSayWhichBodyThePagesSend() throws {
        let yaml = """
            openapi: 3.1.0
            info: {title: T, version: '1'}
            paths:
              /search:
                post:
                  operationId: search
                  x-speakeasy-pagination:
                    type: cursor
                    inputs: [{name: cursor, in: parameters, type: cursor}]
                    outputs: {nextCursor: $.next, results: $.items}
                  parameters: [{name: cursor, in: query, schema: {type: string}}]
                  requestBody:
                    content:
                      application/json: {schema: {type: object, properties: {q: {type: string}}}}
                      application/x-www-form-urlencoded: {schema: {type: object, properties: {q: {type: string}}}}
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              next: {type: string}
                              items: {type: array, items: {type: string}}
            """
        let (files, diagnostics) = try InlineDocument.generate(yaml)
        let operations = try XCTUnwrap(files["Operations/OperationsAPI.swift"])
        XCTAssertTrue(operations.contains("func searchPages("), operations)
        XCTAssertTrue(operations.contains("func searchForm("), operations)
        let warnings = diagnostics.filter { $0.message.contains("variants of 'search'") }
        XCTAssertEqual(
            warnings.map(\.message),
            [
                "the page and item variants of 'search' send the application/json body; its methods for the other media types (application/x-www-form-urlencoded) return single responses"
            ])
        XCTAssertEqual(warnings.first?.location?.line, 13, "the request body, where its media types are listed")
    }
}
