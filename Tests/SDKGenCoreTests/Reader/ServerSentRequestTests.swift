import XCTest
@testable import SDKGenCore

/// Webhooks and callbacks are requests the API sends: nothing is generated for them, and a warning says so.
final class ServerSentRequestTests: XCTestCase {
    func testWebhooksAndCallbacksAreNamedInAWarning() throws {
        let yaml = """
            openapi: 3.1.0
            info: {title: T, version: '1'}
            webhooks:
              newPet:
                post:
                  responses: {'200': {description: ok}}
            paths:
              /subscribe:
                post:
                  operationId: subscribe
                  callbacks:
                    done:
                      '{$request.body#/url}':
                        post:
                          responses: {'200': {description: ok}}
                  responses: {'204': {description: done}}
            """
        let found = try InlineDocument.generate(yaml).diagnostics
        XCTAssertEqual(
            found.map(\.message),
            [
                "webhooks ('newPet') are requests the API sends, not ones a client makes; no code is generated for them (their component schemas are)",
                "callbacks ('done') are requests the API sends, not ones a client makes; no code is generated for them",
            ])
        XCTAssertEqual(found.map(\.pointer), ["#/webhooks", "#/paths/~1subscribe/post/callbacks"])
    }
}
