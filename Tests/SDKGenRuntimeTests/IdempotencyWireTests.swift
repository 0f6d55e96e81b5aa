import Foundation
import Testing
import TestServer
@testable import SDKGenRuntime

/// Idempotency keys against the NIO server on 127.0.0.1: a fresh key per logical call, the same on every
/// retry, and with a key a POST is retried after a 5XX or a lost connection (the server deduplicates).
@Suite("Idempotency keys on the wire")
struct IdempotencyWireTests {
    /// A core for `server` with millisecond pauses and the default (`onlyWhenNotProcessed`) POST rule.
    private func makeCore(_ server: FilesTestServer) -> ClientCore {
        let backoff = RetryPolicy.Backoff(
            initialInterval: .milliseconds(2), maxInterval: .milliseconds(10),
            maxElapsedTime: .seconds(10), maxJitter: .zero)
        let configuration = CoreConfiguration(
            serverURL: server.baseURL, timeout: .seconds(5),
            retryPolicy: RetryPolicy(backoff: backoff))
        return ClientCore(configuration: configuration, jitter: { 0 })
    }

    /// `POST /payments`, with the idempotency header declared (and `key`, or none for a fresh one) when `declared`.
    private func payment(declared: Bool = true, key: String? = nil) -> RequestBuilder {
        var request = RequestBuilder(method: "POST", path: "/payments", operationID: "createPayment")
        if declared { request.setIdempotencyKey("Idempotency-Key", key) }
        request.setJSONBody(["amount": 5])
        return request
    }

    /// The `Idempotency-Key` of every recorded request.
    private func keys(_ server: FilesTestServer) -> [String?] {
        server.requests().map { $0.headers["Idempotency-Key"] }
    }

    @Test func oneKeyPerCallSentOnEveryRetryAfterA500AndALostConnection() async throws {
        let server = try await FilesTestServer.start()
        server.setRoute(method: "POST", path: "/payments") { _ in .json(#"{"id":"pay_1"}"#, status: 201) }
        let core = makeCore(server)
        server.enqueue(.status(500), method: "POST", path: "/payments")
        server.dropConnection(onRequest: 2, method: "POST", path: "/payments")
        let first = try await core.execute(payment(), as: TestOperationError.self)
        let second = try await core.execute(payment(), as: TestOperationError.self)
        let sent = keys(server)
        try await server.shutdown()
        #expect(first.statusCode == 201)
        #expect(second.statusCode == 201)
        // Call 1: the 500, the dropped attempt and the success, all with one key; call 2: a new key.
        #expect(sent.count == 4)
        #expect(sent.allSatisfy { $0 != nil })
        #expect(Set(sent[0..<3]).count == 1)
        #expect(sent[3] != sent[0])
    }

    @Test func theCallersKeyIsSentAsIs() async throws {
        let server = try await FilesTestServer.start()
        server.setRoute(method: "POST", path: "/payments") { _ in .json(#"{"id":"pay_2"}"#, status: 201) }
        server.enqueue(.status(503), method: "POST", path: "/payments")
        _ = try await makeCore(server).execute(payment(key: "order-42"), as: TestOperationError.self)
        let sent = keys(server)
        try await server.shutdown()
        #expect(sent == ["order-42", "order-42"])
    }

    @Test func withoutAKeyTheSamePostIsNotRetried() async throws {
        let server = try await FilesTestServer.start()
        server.setRoute(method: "POST", path: "/payments") { _ in .json(#"{"id":"pay_3"}"#, status: 201) }
        server.enqueue(.status(500), method: "POST", path: "/payments")
        let response = try await makeCore(server).execute(payment(declared: false), as: TestOperationError.self)
        let sent = keys(server)
        try await server.shutdown()
        #expect(response.statusCode == 500)
        #expect(sent == [nil])
    }
}
