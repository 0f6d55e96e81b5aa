import Foundation
import OpenRouterFiles
import TestServer
import XCTest

/// Timeouts mean what they say, and `Retry-After: 0` / `retry-after-ms: 0` mean "retry now" (issue 11).
final class DeadlineAndRetryAfterTests: ServerTestCase {
    func testASubSecondTimeoutTimesOutOnTime() async throws {
        server.enqueue(.delay(.seconds(3)), method: "GET", path: "/files")
        let client = makeClient(retryPolicy: .none)
        let start = ContinuousClock.now
        let error = await expectFailure(ListFilesError.self) {
            try await client.files.list(options: RequestOptions(timeout: .milliseconds(300)))
        }
        let elapsed = ContinuousClock.now - start
        XCTAssertEqual(error?.transportError?.kind, .timedOut, "\(String(describing: error))")
        XCTAssertGreaterThanOrEqual(elapsed, .milliseconds(280))
        XCTAssertLessThan(elapsed, .milliseconds(800), "a 0.3 s timeout must not be rounded up to 1 s")
    }

    func testATimeoutCountsPerAttemptAndTheRetryIsSent() async throws {
        server.enqueue(.delay(.seconds(3)), method: "GET", path: "/files")
        let hook = ObservingHook()
        let client = makeClient(hooks: [hook])
        let page = try await client.files.list(options: RequestOptions(timeout: .milliseconds(400)))
        XCTAssertNotNil(page.data)
        XCTAssertEqual(hook.failures.values, [.timedOut])
        XCTAssertEqual(server.requestCount(method: "GET", path: "/files"), 2)
    }

    func testRetryAfterZeroMeansRetryNow() async throws {
        // A backoff of 3 s: without honouring the zero, two retries would take at least 6 s.
        let slow = RetryPolicy.quick(initial: .seconds(3), maxInterval: .seconds(3))
        for header in [("Retry-After", "0"), ("retry-after-ms", "0")] {
            server.reset()
            server.enqueue(.status(503, headers: [header]), method: "GET", path: "/files")
            server.enqueue(.status(503, headers: [header]), method: "GET", path: "/files")
            let start = ContinuousClock.now
            _ = try await makeClient(retryPolicy: slow).files.list()
            XCTAssertLessThan(ContinuousClock.now - start, .seconds(1), "\(header)")
            XCTAssertEqual(server.requestCount(method: "GET", path: "/files"), 3, "\(header)")
        }
    }
}
