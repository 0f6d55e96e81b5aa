import Foundation
import OpenRouterFiles
import TestServer
import XCTest

/// `POST /files` (upload) is not idempotent: by default it is retried only when the server
/// certainly did not process it, so a retry never stores a file twice.
final class NonIdempotentRetryTests: ServerTestCase {
    private let upload = FileUpload(fileName: "once.txt", content: Data("upload me once".utf8))

    private func policy(
        _ mode: RetryPolicy.NonIdempotentRetries, statusCodes: [RetryPolicy.StatusCodePattern] = ["5XX", 429]
    ) -> RetryPolicy {
        .quick(statusCodes: statusCodes, nonIdempotent: mode)
    }

    func testDefaultsAreOnlyWhenNotProcessed() {
        XCTAssertEqual(RetryPolicy().nonIdempotentRetries, .onlyWhenNotProcessed)
        XCTAssertEqual(RetryPolicy.documentDefault.nonIdempotentRetries, .onlyWhenNotProcessed)
        XCTAssertEqual(
            makeClient(retryPolicy: .documentDefault).configuration.retryPolicy.nonIdempotentRetries,
            .onlyWhenNotProcessed)
    }

    func testA500AfterUploadIsNotRetriedByDefault() async throws {
        let client = makeClient(retryPolicy: policy(.onlyWhenNotProcessed))
        server.enqueue(.jsonError(500, message: "maybe stored"), method: "POST", path: "/files")
        let error = await expectFailure(UploadFileError.self) { try await client.files.upload(file: upload) }
        guard case let .internalServerError(documented)? = error else {
            return XCTFail("expected .internalServerError, got \(String(describing: error))")
        }
        XCTAssertEqual(documented.body.error.message, "maybe stored")
        XCTAssertEqual(server.requestCount(method: "POST", path: "/files"), 1)

        // The same 500 on a GET is retried by the same policy.
        server.enqueue(.jsonError(500, message: "boom"), method: "GET", path: "/files")
        _ = try await client.files.list()
        XCTAssertEqual(server.requestCount(method: "GET", path: "/files"), 2)
    }

    func testA500AfterUploadIsRetriedWithAlways() async throws {
        let client = makeClient(retryPolicy: policy(.always))
        server.enqueue(.jsonError(500, message: "maybe stored"), method: "POST", path: "/files")
        let metadata = try await client.files.upload(file: upload)
        XCTAssertEqual(metadata.filename, "once.txt")
        XCTAssertEqual(server.requestCount(method: "POST", path: "/files"), 2)
        // Both attempts carried the whole body.
        XCTAssertEqual(
            server.requests().map { $0.part(named: "file")?.content },
            [Data("upload me once".utf8), Data("upload me once".utf8)])
    }

    func testA503WithoutRetryAfterFollowsTheMode() async throws {
        let cautious = makeClient(retryPolicy: policy(.onlyWhenNotProcessed))
        server.enqueue(.status(503), method: "POST", path: "/files")
        let error = await expectFailure(UploadFileError.self) { try await cautious.files.upload(file: upload) }
        XCTAssertEqual(error?.apiError?.statusCode, 503, "\(String(describing: error))")
        XCTAssertEqual(server.requestCount(), 1)

        server.reset()
        server.enqueue(.status(503), method: "POST", path: "/files")
        _ = try await makeClient(retryPolicy: policy(.always)).files.upload(file: upload)
        XCTAssertEqual(server.requestCount(), 2)
    }

    func testA503WithRetryAfterIsRetriedInBothModes() async throws {
        for mode in [RetryPolicy.NonIdempotentRetries.onlyWhenNotProcessed, .always] {
            for header in [("Retry-After", "0"), ("retry-after-ms", "20")] {
                server.reset()
                server.enqueue(
                    .jsonError(503, message: "shedding load", headers: [header]), method: "POST", path: "/files")
                let metadata = try await makeClient(retryPolicy: policy(mode)).files.upload(file: upload)
                XCTAssertEqual(metadata.filename, "once.txt")
                XCTAssertEqual(server.requestCount(method: "POST", path: "/files"), 2, "\(mode) \(header)")
                XCTAssertEqual(server.storedFiles().count, 1)
            }
        }
    }

    func testA429IsRetriedInBothModesWhenThePolicyListsIt() async throws {
        for mode in [RetryPolicy.NonIdempotentRetries.onlyWhenNotProcessed, .always] {
            server.reset()
            server.enqueue(.jsonError(429, message: "slow down"), method: "POST", path: "/files")
            _ = try await makeClient(retryPolicy: policy(mode, statusCodes: ["5XX", 429])).files.upload(file: upload)
            XCTAssertEqual(server.requestCount(method: "POST", path: "/files"), 2, "\(mode)")
        }
        // Not listed: not retried, whatever the mode.
        server.reset()
        server.enqueue(.jsonError(429, message: "slow down"), method: "POST", path: "/files")
        let error = await expectFailure(UploadFileError.self) {
            try await self.makeClient(retryPolicy: self.policy(.always, statusCodes: ["5XX"])).files.upload(
                file: self.upload)
        }
        guard case .tooManyRequests? = error else {
            return XCTFail("expected .tooManyRequests, got \(String(describing: error))")
        }
        XCTAssertEqual(server.requestCount(), 1)
    }

    func testALostConnectionAfterSendingFollowsTheMode() async throws {
        let closing = try await startServer(keepAlive: false)
        closing.enqueue(.closeBeforeResponse, method: "POST", path: "/files")
        let error = await expectFailure(UploadFileError.self) {
            try await self.makeClient(closing, retryPolicy: self.policy(.onlyWhenNotProcessed)).files.upload(
                file: self.upload)
        }
        XCTAssertEqual(error?.transportError?.kind, .connectionLost, "\(String(describing: error))")
        XCTAssertEqual(closing.requestCount(), 1)

        closing.reset()
        closing.enqueue(.closeBeforeResponse, method: "POST", path: "/files")
        _ = try await makeClient(closing, retryPolicy: policy(.always)).files.upload(file: upload)
        XCTAssertEqual(closing.requestCount(), 2)
    }

    func testARefusedConnectionIsRetriedEvenForUploads() async throws {
        let gone = try await FilesTestServer.start()
        let url = gone.baseURL
        try await gone.shutdown()
        let hook = ObservingHook()
        let client = OpenRouterClient(
            apiKey: Self.apiKey, serverURL: url,
            retryPolicy: .quick(
                initial: .milliseconds(20), maxInterval: .milliseconds(20), maxElapsed: .milliseconds(200)),
            hooks: [hook, StopAtAttempt(limit: 40)], environment: [:]
        )
        let error = await expectFailure(UploadFileError.self) { try await client.files.upload(file: upload) }
        XCTAssertEqual(error?.transportError?.kind, .connectionFailed, "\(String(describing: error))")
        XCTAssertGreaterThanOrEqual(hook.failures.values.count, 2, "nothing reached a server: safe to resend")
    }
}
