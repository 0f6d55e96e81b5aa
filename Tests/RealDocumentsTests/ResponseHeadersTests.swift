import Foundation
import RealDocuments
import TestServer
import XCTest

/// A success response's documented headers come back typed from the `…WithHeaders` method: a required one that is
/// missing, or a value that does not read as its type, fails with `.responseValidation`; the plain method ignores
/// them.
final class ResponseHeadersTests: XCTestCase {
    private var server: FilesTestServer!
    private var client: RealDocumentsClient!

    override func setUp() async throws {
        server = try await FilesTestServer.start()
        client = RealDocumentsClient(
            apiKey: "sk-test", serverURL: server.baseURL, retryPolicy: .none, environment: [:])
    }

    override func tearDown() async throws {
        try await server.shutdown()
    }

    private func created(_ headers: [(String, String)]) -> Response {
        .json(#"{"id":"up_1"}"#, status: 201, headers: headers)
    }

    func testTheHeadersAreReadAsTheirTypes() async throws {
        server.enqueue(
            .response(
                created([("Location", "/uploads/up_1"), ("x-quota-remaining", " 41 "), ("X-Resumable", "true")])),
            method: "POST", path: "/uploads")
        let (body, headers) = try await client.operations.createUploadWithHeaders()
        XCTAssertEqual(body.id, "up_1")
        XCTAssertEqual(
            headers,
            CreateUploadResponseHeaders(location: "/uploads/up_1", xQuotaRemaining: 41, xResumable: true))
    }

    func testAnOptionalHeaderMayBeMissing() async throws {
        server.enqueue(.response(created([("Location", "/uploads/up_1")])), method: "POST", path: "/uploads")
        let headers = try await client.operations.createUploadWithHeaders().headers
        XCTAssertNil(headers.xQuotaRemaining)
        XCTAssertNil(headers.xResumable)
    }

    func testAMissingRequiredHeaderOrAValueOfAnotherTypeIsAResponseValidationError() async throws {
        server.enqueue(.response(created([])), method: "POST", path: "/uploads")
        server.enqueue(
            .response(created([("Location", "/u"), ("X-Quota-Remaining", "many")])), method: "POST", path: "/uploads")
        var messages: [String] = []
        for _ in 0..<2 {
            do {
                _ = try await client.operations.createUploadWithHeaders()
                XCTFail("the headers should not read")
            } catch {
                guard case .responseValidation(let failure) = error else {
                    return XCTFail("expected .responseValidation, got \(error)")
                }
                messages.append(failure.message)
            }
        }
        XCTAssertEqual(
            messages,
            [
                "Response validation failed: the response has no Location header, which the document requires",
                "Response validation failed: the X-Quota-Remaining header \"many\" is not Int64",
            ])
    }

    func testThePlainMethodIgnoresTheHeaders() async throws {
        server.enqueue(.response(created([])), method: "POST", path: "/uploads")
        let body = try await client.operations.createUpload()
        XCTAssertEqual(body.id, "up_1")
    }
}
