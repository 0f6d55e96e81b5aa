import XCTest
@testable import SDKGenCore

/// The documented headers of a success response are not returned by the method: a warning at the `headers`
/// mapping says so and where they can be read. Error responses keep theirs in the error, so they do not warn.
final class SuccessHeadersWarningTests: XCTestCase {
    private let yaml = """
        openapi: 3.1.0
        info: {title: T, version: '1'}
        paths:
          /jobs:
            post:
              operationId: createJob
              responses:
                '202':
                  $ref: '#/components/responses/Accepted'
                '429':
                  description: slow down
                  headers:
                    Retry-After: {schema: {type: integer}}
          /plain:
            get:
              operationId: getPlain
              responses:
                '200':
                  description: ok
                  headers:
                    Content-Type: {schema: {type: string}}
                  content:
                    text/plain:
                      schema: {type: string}
        components:
          responses:
            Accepted:
              description: queued
              headers:
                Location: {schema: {type: string}}
                X-Request-Id: {schema: {type: string}}
        """

    func testASuccessResponsesHeadersAreNamedInAWarningAtTheirMapping() throws {
        let found = try InlineDocument.generate(yaml).diagnostics
        XCTAssertEqual(
            found.map(\.message),
            [
                "the 202 response of 'createJob' documents headers ('Location', 'X-Request-Id') that its method does not return; a ClientHook's afterResponse reads them from HTTPResponse.headers"
            ])
        XCTAssertEqual(found.first?.location?.line, 30)
        XCTAssertEqual(found.first?.pointer, "#/components/responses/Accepted/headers")
    }

    func testTheReaderKeepsTheHeaderNamesButNotContentType() throws {
        let document = try XCTUnwrap(InlineDocument.read(yaml).document)
        let plain = try XCTUnwrap(document.operations.first { $0.operationID == "getPlain" })
        XCTAssertEqual(plain.responses.first?.headerNames, [])
        let job = try XCTUnwrap(document.operations.first { $0.operationID == "createJob" })
        XCTAssertEqual(job.responses.map(\.headerNames), [["Location", "X-Request-Id"], ["Retry-After"]])
    }
}
