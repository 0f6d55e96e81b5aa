import XCTest
@testable import SDKGenCore

/// The documented headers of an operation's success responses become a struct its `…WithHeaders` method returns
/// with the body; where the success responses differ (an outcome enum), a warning says where to read them instead.
final class ResponseHeadersPlanTests: XCTestCase {
    private let yaml = """
        openapi: 3.1.0
        info: {title: T, version: '1'}
        paths:
          /jobs:
            post:
              operationId: createJob
              responses:
                '200':
                  $ref: '#/components/responses/Accepted'
                '202':
                  description: queued
                  headers:
                    location: {required: true, schema: {type: string}}
                    X-Tags: {schema: {type: array, items: {type: string}}}
                '429':
                  description: slow down
                  headers:
                    Retry-After: {schema: {type: integer}}
          /reports:
            get:
              operationId: getReport
              responses:
                '200':
                  description: ready
                  headers:
                    ETag: {schema: {type: string}}
                  content:
                    application/json:
                      schema: {type: object, properties: {id: {type: string}}}
                '204':
                  description: not yet
          /plain:
            get:
              operationId: getPlain
              responses:
                '200':
                  description: ok
                  headers:
                    Content-Type: {schema: {type: string}}
                    Access-Control-Allow-Origin: {schema: {type: string}}
                  content:
                    text/plain:
                      schema: {type: string}
        components:
          responses:
            Accepted:
              description: queued
              headers:
                Location: {required: true, schema: {type: string}}
                X-Request-Id: {schema: {type: integer, format: int64}}
        """

    func testTheHeadersOfEverySuccessStatusAreOneStructRequiredOnlyWhereEveryStatusRequiresThem() throws {
        let (files, _) = try InlineDocument.generate(yaml)
        let text = try XCTUnwrap(files["Operations/OperationsAPI.swift"])
        XCTAssertTrue(text.contains("    public func createJobWithHeaders(\n"), text)
        XCTAssertTrue(text.contains(") async throws(CreateJobError) -> CreateJobResponseHeaders {\n"), text)
        XCTAssertTrue(text.contains("    public var location: String\n"), text)
        XCTAssertTrue(text.contains("    public var xRequestId: Int64?\n"), text)
        XCTAssertTrue(text.contains("    public var xTags: String?\n"), text)
        XCTAssertFalse(text.contains("getPlainWithHeaders"), "Content-Type and CORS headers are not typed")
    }

    func testAHeaderThatIsNotAScalarAndHeadersOfDifferingOutcomesAreWarnings() throws {
        let messages = try InlineDocument.generate(yaml).diagnostics.map(\.message)
        XCTAssertEqual(
            messages,
            [
                "the X-Tags header of 'createJob' is not a single value (a string, number or boolean); it is read as its text",
                "the 200 response of 'getReport' documents headers ('ETag') that its method does not return; a ClientHook's afterResponse reads them from HTTPResponse.headers",
            ])
    }

    func testTheReaderKeepsTheHeadersButNotContentTypeOrCORS() throws {
        let document = try XCTUnwrap(InlineDocument.read(yaml).document)
        let plain = try XCTUnwrap(document.operations.first { $0.operationID == "getPlain" })
        XCTAssertEqual(plain.responses.first?.headers.map(\.name), [])
        let job = try XCTUnwrap(document.operations.first { $0.operationID == "createJob" })
        XCTAssertEqual(
            job.responses.map { $0.headers.map(\.name) },
            [["Location", "X-Request-Id"], ["location", "X-Tags"], ["Retry-After"]])
        XCTAssertEqual(job.responses.first?.headers.first?.required, true)
    }
}
