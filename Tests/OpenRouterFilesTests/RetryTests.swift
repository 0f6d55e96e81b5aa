import AsyncTestSupport
import Foundation
@testable import OpenRouterFiles
import TestServer
import XCTest

/// Retries against the loopback server: which policy applies, which statuses and failures are
/// retried, how long the client waits, and when it gives up.
final class RetryTests: ServerTestCase {
    // MARK: Which policy applies

    func testDocumentDefaultPolicyIsTheClientDefault() async throws {
        let policy = RetryPolicy.documentDefault
        XCTAssertEqual(policy.strategy, .backoff)
        XCTAssertEqual(policy.statusCodes, ["5XX"])
        XCTAssertTrue(policy.retryConnectionErrors)
        XCTAssertEqual(policy.backoff.initialInterval, .milliseconds(500))
        XCTAssertEqual(policy.backoff.maxInterval, .seconds(60))
        XCTAssertEqual(policy.backoff.exponent, 1.5)
        XCTAssertEqual(policy.backoff.maxElapsedTime, .seconds(3600))
        XCTAssertEqual(policy.nonIdempotentRetries, .onlyWhenNotProcessed)

        // A client built without a policy uses it: one 500 is retried after ~500 ms (+ jitter).
        let hook = ObservingHook()
        let client = OpenRouterClient(
            apiKey: Self.apiKey, serverURL: server.baseURL, hooks: [hook], environment: [:]
        )
        XCTAssertEqual(client.configuration.retryPolicy, .documentDefault)
        server.enqueue(.jsonError(500, message: "boom"), method: "GET", path: "/files")
        let page = try await client.files.list()
        XCTAssertEqual(page.data.count, 0)
        XCTAssertEqual(server.requestCount(method: "GET", path: "/files"), 2)
        XCTAssertEqual(hook.statuses.values, [500, 200])
        let gap = try XCTUnwrap(hook.gaps.first)
        XCTAssertGreaterThanOrEqual(gap, .milliseconds(500))
        XCTAssertLessThan(gap, .milliseconds(1500) + .seconds(3), "500 ms + at most 1 s of jitter (plus slack)")
    }

    func testClientWidePolicyRetriesUntilSuccess() async throws {
        let hook = ObservingHook()
        let client = makeClient(retryPolicy: .quick(), hooks: [hook])
        server.enqueue(.status(503), method: "GET", path: "/files")
        server.enqueue(.jsonError(502, message: "bad gateway"), method: "GET", path: "/files")
        let page = try await client.files.list()
        XCTAssertFalse(page.hasMore)
        XCTAssertEqual(server.requestCount(method: "GET", path: "/files"), 3)
        XCTAssertEqual(hook.statuses.values, [503, 502, 200])
        XCTAssertEqual(hook.attempts.values.map(\.attempt), [1, 2, 3])
    }

    func testPerCallNoneTurnsRetriesOff() async throws {
        let client = makeClient(retryPolicy: .quick())
        server.enqueue(.status(503, body: Data("down".utf8), contentType: "text/plain"), method: "GET", path: "/files")
        let error = await expectFailure(ListFilesError.self) {
            try await client.files.list(options: RequestOptions(retries: RetryPolicy.none))
        }
        let apiError = try XCTUnwrap(error?.apiError, "\(String(describing: error))")
        XCTAssertEqual(apiError.statusCode, 503)
        XCTAssertEqual(apiError.rawBody, Data("down".utf8))
        XCTAssertEqual(server.requestCount(), 1)
    }

    func testPerCallPolicyReplacesTheClientPolicy() async throws {
        // The client retries nothing; the call retries 5XX.
        let client = makeClient(retryPolicy: .none)
        server.enqueue(.status(500), method: "GET", path: "/files")
        _ = try await client.files.list(options: RequestOptions(retries: .quick()))
        XCTAssertEqual(server.requestCount(), 2)
    }

    func testPerCallReplacementStatusListIsUsedInsteadOfTheClients() async throws {
        let client = makeClient(retryPolicy: .quick(statusCodes: ["5XX"]))
        let onlyConflicts = RequestOptions(retries: RetryPolicy.quick().replacingStatusCodes([409]))

        // 503 is no longer retried...
        server.enqueue(.jsonError(503, message: "busy"), method: "GET", path: "/files")
        let error = await expectFailure(ListFilesError.self) { try await client.files.list(options: onlyConflicts) }
        XCTAssertEqual(error?.apiError?.statusCode, 503)
        XCTAssertEqual(server.requestCount(), 1)

        // ...but 409 is.
        server.reset()
        server.enqueue(.jsonError(409, message: "conflict"), method: "GET", path: "/files")
        _ = try await client.files.list(options: onlyConflicts)
        XCTAssertEqual(server.requestCount(), 2)
    }

    func testExactCodesAndRanges() async throws {
        // An exact code matches only itself.
        let exact = makeClient(retryPolicy: .quick(statusCodes: [502]))
        server.enqueue(.status(502), method: "GET", path: "/files")
        _ = try await exact.files.list()
        XCTAssertEqual(server.requestCount(), 2)

        server.reset()
        server.enqueue(.status(503), method: "GET", path: "/files")
        let error = await expectFailure(ListFilesError.self) { try await exact.files.list() }
        XCTAssertEqual(error?.apiError?.statusCode, 503)
        XCTAssertEqual(server.requestCount(), 1)

        // "4XX" matches the whole class (a documented 400 included), and nothing else.
        let range = makeClient(retryPolicy: .quick(statusCodes: ["4XX"]))
        server.reset()
        server.enqueue(.jsonError(400, message: "bad"), method: "GET", path: "/files")
        server.enqueue(.status(418), method: "GET", path: "/files")
        server.enqueue(.status(499), method: "GET", path: "/files")
        _ = try await range.files.list()
        XCTAssertEqual(server.requestCount(), 4)

        server.reset()
        server.enqueue(.jsonError(500, message: "boom"), method: "GET", path: "/files")
        let serverError = await expectFailure(ListFilesError.self) { try await range.files.list() }
        guard case let .internalServerError(documented)? = serverError else {
            return XCTFail("expected .internalServerError, got \(String(describing: serverError))")
        }
        XCTAssertEqual(documented.body.error.message, "boom")
        XCTAssertEqual(server.requestCount(), 1)
    }

    // MARK: How long the client waits

    func testBackoffGrowsByTheExponent() async throws {
        let hook = ObservingHook()
        let policy = RetryPolicy.quick(initial: .milliseconds(40), maxInterval: .seconds(5), exponent: 2)
        let client = makeClient(retryPolicy: policy, hooks: [hook])
        for _ in 0..<3 { server.enqueue(.status(503), method: "GET", path: "/files") }
        _ = try await client.files.list()
        XCTAssertEqual(server.requestCount(), 4)
        let gaps = hook.gaps
        XCTAssertEqual(gaps.count, 3)
        // initial * exponent^n: 40, 80, 160 ms (lower bounds: the machine may be slower, never faster).
        for (gap, expected) in zip(gaps, [40, 80, 160]) {
            XCTAssertGreaterThanOrEqual(gap, .milliseconds(expected), "gaps \(gaps)")
        }
    }

    func testBackoffIsCappedByMaxInterval() async throws {
        let hook = ObservingHook()
        // Uncapped, the pauses would be 100 ms then 2 s; capped, at most 150 ms each.
        let policy = RetryPolicy.quick(initial: .milliseconds(100), maxInterval: .milliseconds(150), exponent: 20)
        let client = makeClient(retryPolicy: policy, hooks: [hook])
        for _ in 0..<2 { server.enqueue(.status(500), method: "GET", path: "/files") }
        _ = try await client.files.list()
        let gaps = hook.gaps
        XCTAssertEqual(gaps.count, 2)
        XCTAssertGreaterThanOrEqual(gaps[1], .milliseconds(150))
        XCTAssertLessThan(gaps[1], .milliseconds(1500), "capped at maxInterval, gaps \(gaps)")
    }

    func testJitterIsAddedAndCappedByMaxInterval() async throws {
        // Inject the jitter: always (almost) the full maxJitter.
        let hook = ObservingHook()
        let base = makeClient(retryPolicy: .quick(), hooks: [hook])
        let files = FilesAPI(core: ClientCore(configuration: base.configuration, jitter: { 0.999 }))

        let jittered = RequestOptions(
            retries: .quick(initial: .milliseconds(20), maxInterval: .seconds(5), maxJitter: .milliseconds(300)))
        server.enqueue(.status(503), method: "GET", path: "/files")
        _ = try await files.list(options: jittered)
        let withJitter = try XCTUnwrap(hook.gaps.first)
        XCTAssertGreaterThanOrEqual(withJitter, .milliseconds(319), "20 ms + 0.999 * 300 ms")

        // The cap applies to the jitter too: 20 ms + 2.997 s of jitter is cut to 120 ms.
        let capped = RequestOptions(
            retries: .quick(initial: .milliseconds(20), maxInterval: .milliseconds(120), maxJitter: .seconds(3)))
        let cappedHook = ObservingHook()
        let cappedFiles = FilesAPI(
            core: ClientCore(
                configuration: makeClient(hooks: [cappedHook]).configuration, jitter: { 0.999 }
            ))
        server.enqueue(.status(503), method: "GET", path: "/files")
        _ = try await cappedFiles.list(options: capped)
        let cappedGap = try XCTUnwrap(cappedHook.gaps.first)
        XCTAssertGreaterThanOrEqual(cappedGap, .milliseconds(120))
        XCTAssertLessThan(cappedGap, .seconds(2), "jitter must be capped by maxInterval")
    }

    func testRetryAfterSecondsWinsOverTheComputedSleep() async throws {
        let hook = ObservingHook()
        let client = makeClient(retryPolicy: .quick(), hooks: [hook])
        server.enqueue(.status(503, headers: [("Retry-After", "1")]), method: "GET", path: "/files")
        _ = try await client.files.list()
        let gap = try XCTUnwrap(hook.gaps.first)
        XCTAssertGreaterThanOrEqual(gap, .seconds(1), "the backoff alone is 2 ms")
    }

    func testRetryAfterHTTPDateWinsOverTheComputedSleep() async throws {
        let hook = WallClockHook()
        let client = makeClient(retryPolicy: .quick(), hooks: [hook])
        // HTTP-dates have whole seconds: the first whole second at least 1.2 s from now.
        let target = Date(timeIntervalSince1970: (Date().timeIntervalSince1970 + 1.2).rounded(.up))
        server.enqueue(.status(503, headers: [("Retry-After", httpDate(target))]), method: "GET", path: "/files")
        _ = try await client.files.list()
        let dates = hook.dates.values
        XCTAssertEqual(dates.count, 2)
        let retried = try XCTUnwrap(dates.last)
        XCTAssertGreaterThanOrEqual(
            retried.timeIntervalSince(target), -0.05, "retried before \(httpDate(target)): \(retried)")
        XCTAssertLessThan(retried.timeIntervalSince(target), 4)
    }

    func testRetryAfterMillisecondsWinsInBothDirections() async throws {
        // Longer than the backoff...
        let hook = ObservingHook()
        let client = makeClient(retryPolicy: .quick(), hooks: [hook])
        server.enqueue(.status(503, headers: [("retry-after-ms", "300")]), method: "GET", path: "/files")
        _ = try await client.files.list()
        XCTAssertGreaterThanOrEqual(try XCTUnwrap(hook.gaps.first), .milliseconds(300))

        // ...and shorter: a 20 s backoff is replaced by the server's 30 ms.
        let slowHook = ObservingHook()
        let slow = makeClient(
            retryPolicy: .quick(initial: .seconds(20), maxInterval: .seconds(20), maxElapsed: .seconds(120)),
            hooks: [slowHook])
        server.enqueue(
            .status(503, headers: [("retry-after-ms", "30"), ("Retry-After", "40")]), method: "GET", path: "/files")
        _ = try await slow.files.list()
        let gap = try XCTUnwrap(slowHook.gaps.first)
        XCTAssertGreaterThanOrEqual(gap, .milliseconds(30))
        XCTAssertLessThan(gap, .seconds(10), "retry-after-ms wins over Retry-After and the backoff")
    }

    // MARK: Connection errors

    func testConnectionClosedBeforeResponseIsRetriedWhenThePolicySaysSo() async throws {
        let closing = try await startServer(keepAlive: false)
        let hook = ObservingHook()
        let client = makeClient(closing, retryPolicy: .quick(retryConnectionErrors: true), hooks: [hook])
        closing.enqueue(.closeBeforeResponse, method: "GET", path: "/files")
        _ = try await client.files.list()
        XCTAssertEqual(closing.requestCount(method: "GET", path: "/files"), 2)
        XCTAssertEqual(hook.failures.values, [.connectionLost])
        XCTAssertEqual(hook.statuses.values, [200])
    }

    func testConnectionClosedBeforeResponseIsNotRetriedWhenThePolicySaysNo() async throws {
        let closing = try await startServer(keepAlive: false)
        let client = makeClient(closing, retryPolicy: .quick(retryConnectionErrors: false))
        closing.enqueue(.closeBeforeResponse, method: "GET", path: "/files")
        let error = await expectFailure(ListFilesError.self) { try await client.files.list() }
        XCTAssertEqual(error?.transportError?.kind, .connectionLost, "\(String(describing: error))")
        XCTAssertEqual(closing.requestCount(), 1)
    }

    func testConnectionRefusedIsRetriedThenSurfaced() async throws {
        // A port nobody listens on any more.
        let gone = try await FilesTestServer.start()
        let url = gone.baseURL
        try await gone.shutdown()
        let hook = ObservingHook()
        let client = OpenRouterClient(
            apiKey: Self.apiKey, serverURL: url,
            retryPolicy: .quick(
                initial: .milliseconds(20), maxInterval: .milliseconds(20), maxElapsed: .milliseconds(300)),
            hooks: [hook, StopAtAttempt(limit: 40)], environment: [:]
        )
        let error = await expectFailure(GetFileMetadataError.self) { try await client.files.retrieve(fileId: "file_1") }
        XCTAssertEqual(error?.transportError?.kind, .connectionFailed, "\(String(describing: error))")
        XCTAssertGreaterThanOrEqual(hook.failures.values.count, 2)
        XCTAssertTrue(hook.failures.values.allSatisfy { $0 == .connectionFailed })
    }

    // MARK: Giving up

    func testMaxElapsedTimeSurfacesTheLastResponse() async throws {
        // Every attempt gets a 503 whose body names the attempt.
        server.setRoute(method: "GET", path: "/files") { request in
            Response(
                status: 503, headers: [("Content-Type", "text/plain")],
                body: .data(Data("attempt \(request.sequence)".utf8)))
        }
        let policy = RetryPolicy.quick(
            initial: .milliseconds(50), maxInterval: .milliseconds(50), exponent: 1, maxElapsed: .milliseconds(600))
        let clock = ContinuousClock()
        let started = clock.now
        // StopAtAttempt bounds the test should maxElapsedTime be ignored.
        let client = makeClient(retryPolicy: policy, hooks: [StopAtAttempt(limit: 40)])
        let error = await expectFailure(ListFilesError.self) { try await client.files.list() }
        let elapsed = clock.now - started
        let apiError = try XCTUnwrap(error?.apiError, "\(String(describing: error))")
        let attempts = server.requestCount()
        XCTAssertGreaterThanOrEqual(attempts, 2)
        XCTAssertLessThanOrEqual(attempts, 13, "at most 600 / 50 + 1 attempts")
        XCTAssertEqual(apiError.statusCode, 503)
        XCTAssertEqual(
            String(decoding: apiError.rawBody, as: UTF8.self), "attempt \(attempts - 1)", "the last response")
        XCTAssertLessThan(elapsed, .seconds(5))
    }

    func testMaxElapsedTimeSurfacesTheLastTransportError() async throws {
        let closing = try await startServer(keepAlive: false)
        for _ in 0..<100 { closing.enqueue(.closeBeforeResponse, method: "GET", path: "/files") }
        let policy = RetryPolicy.quick(
            initial: .milliseconds(50), maxInterval: .milliseconds(50), exponent: 1, maxElapsed: .milliseconds(600))
        let client = makeClient(closing, retryPolicy: policy, hooks: [StopAtAttempt(limit: 40)])
        let error = await expectFailure(ListFilesError.self) { try await client.files.list() }
        XCTAssertEqual(error?.transportError?.kind, .connectionLost, "\(String(describing: error))")
        XCTAssertGreaterThanOrEqual(closing.requestCount(), 2)
        XCTAssertLessThan(closing.requestCount(), 100)
    }

    func testRetryAfterBeyondMaxElapsedTimeStopsAtOnce() async throws {
        let client = makeClient(retryPolicy: .quick(maxElapsed: .seconds(5)))
        server.enqueue(.status(503, headers: [("Retry-After", "60")]), method: "GET", path: "/files")
        let clock = ContinuousClock()
        let started = clock.now
        let error = await expectFailure(ListFilesError.self) { try await client.files.list() }
        XCTAssertEqual(error?.apiError?.statusCode, 503)
        XCTAssertEqual(server.requestCount(), 1)
        XCTAssertLessThan(clock.now - started, .seconds(3))
    }

    // MARK: Cancellation

    func testCancellingDuringTheRetrySleepEndsAtOnce() async throws {
        let hook = ObservingHook()
        let client = makeClient(
            retryPolicy: .quick(initial: .seconds(30), maxInterval: .seconds(30), maxElapsed: .seconds(600)),
            hooks: [hook])
        server.enqueue(.status(503), method: "GET", path: "/files")
        let task = Task { () -> ListFilesError? in
            do throws(ListFilesError) {
                _ = try await client.files.list()
                return nil
            } catch {
                return error
            }
        }
        await waitFor(hook.firstResponse, "the first 503")
        let clock = ContinuousClock()
        let cancelled = clock.now
        task.cancel()
        let error = await task.value
        XCTAssertLessThan(clock.now - cancelled, .seconds(2), "must not wait out the 30 s pause")
        XCTAssertEqual(error?.transportError?.kind, .cancelled, "\(String(describing: error))")
        XCTAssertEqual(server.requestCount(), 1)
        XCTAssertEqual(hook.attempts.values.count, 1)
    }
}

/// Records the wall-clock time of every attempt (HTTP-dates are wall-clock times).
struct WallClockHook: ClientHook {
    let dates = Recorder<Date>()

    func beforeRequest(_ request: inout HTTPRequest, context: ClientHookContext) async throws {
        dates.append(Date())
    }
}
