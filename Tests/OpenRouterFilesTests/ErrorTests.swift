import Foundation
import OpenRouterFiles
import TestServer
import XCTest

/// What a failed call throws: typed documented errors, the default `APIError`, validation and
/// transport failures, each from a real response (or its absence).
final class ErrorTests: ServerTestCase {
    /// The documented statuses of `retrieve`, and the case each must produce.
    private static let documented: [(status: Int, caseName: String)] = [
        (401, "unauthorized"), (404, "notFound"), (429, "tooManyRequests"), (500, "internalServerError"),
    ]

    func testEveryDocumentedStatusGivesItsTypedErrorWithBodyStatusHeadersAndRawBody() async throws {
        let client = makeClient(retryPolicy: .none)
        for (status, expectedCase) in Self.documented {
            let body = errorJSON(status, "message for \(status)", userID: "user_\(status)")
            server.enqueue(
                .status(status, headers: [("X-Request-Id", "req-\(status)")], body: body),
                method: "GET", path: "/files/file_1"
            )
            let error = await expectFailure(GetFileMetadataError.self) {
                try await client.files.retrieve(fileId: "file_1")
            }
            guard let error else { continue }

            // Exhaustive: a new case in the generated enum breaks this switch.
            let caseName: String
            let code: Int
            let message: String
            let userID: String?
            let statusCode: Int
            let headers: HTTPHeaders
            let rawBody: Data
            switch error {
            case let .unauthorized(documented):
                (caseName, code, message, userID) = (
                    "unauthorized", documented.body.error.code, documented.body.error.message, documented.body.userId
                )
                (statusCode, headers, rawBody) = (documented.statusCode, documented.headers, documented.rawBody)
            case let .notFound(documented):
                (caseName, code, message, userID) = (
                    "notFound", documented.body.error.code, documented.body.error.message, documented.body.userId
                )
                (statusCode, headers, rawBody) = (documented.statusCode, documented.headers, documented.rawBody)
            case let .tooManyRequests(documented):
                (caseName, code, message, userID) = (
                    "tooManyRequests", documented.body.error.code, documented.body.error.message, documented.body.userId
                )
                (statusCode, headers, rawBody) = (documented.statusCode, documented.headers, documented.rawBody)
            case let .internalServerError(documented):
                (caseName, code, message, userID) = (
                    "internalServerError", documented.body.error.code, documented.body.error.message,
                    documented.body.userId
                )
                (statusCode, headers, rawBody) = (documented.statusCode, documented.headers, documented.rawBody)
            case .undocumented, .responseValidation, .transport, .invalidRequest, .redirect:
                XCTFail("status \(status): expected a documented error, got \(error)")
                continue
            }
            XCTAssertEqual(caseName, expectedCase)
            XCTAssertEqual(code, status)
            XCTAssertEqual(message, "message for \(status)")
            XCTAssertEqual(userID, "user_\(status)")
            XCTAssertEqual(statusCode, status)
            XCTAssertEqual(headers["x-request-id"], "req-\(status)")
            XCTAssertEqual(headers["Content-Type"], "application/json")
            XCTAssertEqual(rawBody, body)
        }
        XCTAssertEqual(server.requestCount(), Self.documented.count)
    }

    func testTheEmulatorsOwnNotFoundIsTyped() async throws {
        let client = makeClient()
        let error = await expectFailure(GetFileMetadataError.self) {
            try await client.files.retrieve(fileId: "file_missing")
        }
        guard case let .notFound(notFound)? = error else {
            return XCTFail("expected .notFound, got \(String(describing: error))")
        }
        XCTAssertEqual(notFound.statusCode, 404)
        XCTAssertEqual(notFound.body.error.code, 404)
        XCTAssertEqual(notFound.body.error.message, "Resource not found")
    }

    func testUndocumentedStatusGivesTheDefaultAPIError() async throws {
        let client = makeClient(retryPolicy: .none)
        server.enqueue(
            .status(418, headers: [("X-Teapot", "yes")], body: Data("I'm a teapot".utf8), contentType: "text/plain"),
            method: "GET", path: "/files/file_1"
        )
        let error = await expectFailure(GetFileMetadataError.self) { try await client.files.retrieve(fileId: "file_1") }
        guard case let .undocumented(apiError)? = error else {
            return XCTFail("expected .undocumented, got \(String(describing: error))")
        }
        XCTAssertEqual(apiError.statusCode, 418)
        XCTAssertEqual(apiError.contentType, "text/plain")
        XCTAssertEqual(apiError.headers["X-Teapot"], "yes")
        XCTAssertEqual(apiError.rawBody, Data("I'm a teapot".utf8))
        XCTAssertEqual(apiError.message, "API error occurred: Status 418 Content-Type text/plain. Body: I'm a teapot")
        XCTAssertEqual(apiError.description, apiError.message)
    }

    func testDocumentedStatusWithANonJSONBodyGivesTheDefaultAPIError() async throws {
        let client = makeClient(retryPolicy: .none)
        let html = "<html><body>404 Not Found</body></html>"
        server.enqueue(
            .status(404, body: Data(html.utf8), contentType: "text/html"), method: "GET", path: "/files/file_1")
        let error = await expectFailure(GetFileMetadataError.self) { try await client.files.retrieve(fileId: "file_1") }
        guard case let .undocumented(apiError)? = error else {
            return XCTFail("expected .undocumented, got \(String(describing: error))")
        }
        XCTAssertEqual(apiError.statusCode, 404)
        XCTAssertEqual(apiError.message, "API error occurred: Status 404 Content-Type text/html. Body: \(html)")

        // JSON that does not match the documented schema is not forced into the typed case either.
        server.enqueue(.status(404, body: Data(#"{"detail":"gone"}"#.utf8)), method: "GET", path: "/files/file_1")
        let mismatch = await expectFailure(GetFileMetadataError.self) {
            try await client.files.retrieve(fileId: "file_1")
        }
        XCTAssertEqual(mismatch?.apiError?.statusCode, 404, "\(String(describing: mismatch))")
        XCTAssertEqual(mismatch?.apiError?.message, #"API error occurred: Status 404. Body: {"detail":"gone"}"#)
    }

    func testLongBodiesAreCutAtTenThousandCharacters() async throws {
        let client = makeClient(retryPolicy: .none)
        let body = String(repeating: "0123456789", count: 1_000) + String(repeating: "é", count: 1_234)
        server.enqueue(.status(418, body: Data(body.utf8), contentType: "text/plain"), method: "GET", path: "/files")
        let error = await expectFailure(ListFilesError.self) { try await client.files.list() }
        let apiError = try XCTUnwrap(error?.apiError, "\(String(describing: error))")
        let expected =
            "API error occurred: Status 418 Content-Type text/plain. Body: "
            + String(repeating: "0123456789", count: 1_000) + "...and 1234 more chars"
        XCTAssertEqual(apiError.message, expected)
        XCTAssertEqual(apiError.rawBody.count, body.utf8.count, "the raw body is kept whole")
    }

    func testSuccessBodiesThatDoNotDecodeAreResponseValidationErrors() async throws {
        let client = makeClient(retryPolicy: .none)
        server.enqueue(.truncatedJSON, method: "GET", path: "/files")
        let truncated = await expectFailure(ListFilesError.self) { try await client.files.list() }
        let validation = try XCTUnwrap(truncated?.validationError, "\(String(describing: truncated))")
        XCTAssertEqual(validation.statusCode, 200)
        XCTAssertEqual(validation.rawBody, Fault.truncatedJSONBody)
        XCTAssertTrue(validation.message.hasPrefix("Response validation failed"), validation.message)

        server.enqueue(.invalidJSON, method: "GET", path: "/files")
        let invalid = await expectFailure(ListFilesError.self) { try await client.files.list() }
        XCTAssertEqual(invalid?.validationError?.rawBody, Fault.invalidJSONBody, "\(String(describing: invalid))")

        // Valid JSON of the wrong shape names the failing coding path.
        server.enqueue(
            .status(200, body: Data(#"{"id":"file_1","type":"file"}"#.utf8)), method: "GET", path: "/files/file_1")
        let shape = await expectFailure(GetFileMetadataError.self) { try await client.files.retrieve(fileId: "file_1") }
        let message = try XCTUnwrap(shape?.validationError?.message, "\(String(describing: shape))")
        XCTAssertTrue(message.contains("created_at") || message.contains("downloadable"), message)
    }

    func testConnectionClosedMidBodyIsATransportError() async throws {
        let client = makeClient(retryPolicy: .none)
        server.enqueue(
            .closeMidBody(status: 200, declaredLength: 5_000, sentBytes: Data(#"{"data":[{"id":"#.utf8)),
            method: "GET", path: "/files"
        )
        let error = await expectFailure(ListFilesError.self) { try await client.files.list() }
        let transport = try XCTUnwrap(error?.transportError, "\(String(describing: error))")
        XCTAssertEqual(transport.kind, .connectionLost, transport.description)
    }

    func testTimeoutIsATransportErrorDistinctFromTheOthers() async throws {
        let client = makeClient(retryPolicy: .none)
        server.enqueue(.delay(.seconds(5)), method: "GET", path: "/files")
        let clock = ContinuousClock()
        let started = clock.now
        let error = await expectFailure(ListFilesError.self) {
            try await client.files.list(options: RequestOptions(timeout: .milliseconds(300)))
        }
        XCTAssertEqual(error?.transportError?.kind, .timedOut, "\(String(describing: error))")
        let elapsed = clock.now - started
        XCTAssertGreaterThanOrEqual(elapsed, .milliseconds(300), "never earlier than asked")
        XCTAssertLessThan(elapsed, .milliseconds(4500))
    }
}
