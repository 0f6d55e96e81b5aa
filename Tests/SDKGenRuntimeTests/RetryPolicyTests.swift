import AsyncTestSupport
import Foundation
import Testing
@testable import SDKGenRuntime

@Suite("Retry policy, backoff and Retry-After")
struct RetryPolicyTests {
    @Test func defaultsMatchTheDocumentPolicy() {
        let policy = RetryPolicy()
        #expect(policy.strategy == .backoff)
        #expect(policy.backoff.initialInterval == .milliseconds(500))
        #expect(policy.backoff.maxInterval == .seconds(60))
        #expect(policy.backoff.exponent == 1.5)
        #expect(policy.backoff.maxElapsedTime == .seconds(3600))
        #expect(policy.backoff.maxJitter == .seconds(1))
        #expect(policy.statusCodes == [.range(5)])
        #expect(policy.retryConnectionErrors)
        #expect(RetryPolicy.none.strategy == .none)
    }

    @Test func backoffScheduleGrowsByTheExponentAndIsCapped() {
        let backoff = RetryPolicy.Backoff(
            initialInterval: .milliseconds(500), maxInterval: .seconds(60), exponent: 1.5,
            maxElapsedTime: .seconds(3600), maxJitter: .seconds(1)
        )
        let expected = [0.5, 0.75, 1.125, 1.6875, 2.53125]
        for (index, seconds) in expected.enumerated() {
            let delay = backoff.delay(forRetry: index, jitterFraction: 0)
            #expect(abs(delay.fractionalSeconds - seconds) < 1e-9, "retry \(index)")
        }
        // 0.5 * 1.5^20 ≈ 1662 s: capped.
        #expect(backoff.delay(forRetry: 20, jitterFraction: 0) == .seconds(60))
        // Huge exponents overflow to infinity: still capped, no crash.
        #expect(backoff.delay(forRetry: 100_000, jitterFraction: 0.5) == .seconds(60))
        // The cap applies to jitter too.
        let tight = RetryPolicy.Backoff(
            initialInterval: .milliseconds(900), maxInterval: .seconds(1), exponent: 1, maxElapsedTime: .seconds(10),
            maxJitter: .seconds(1))
        #expect(tight.delay(forRetry: 0, jitterFraction: 0.99) == .seconds(1))
    }

    @Test func jitterStaysWithinItsBound() {
        let backoff = RetryPolicy.Backoff(
            initialInterval: .milliseconds(100), maxInterval: .seconds(60), exponent: 2, maxElapsedTime: .seconds(60),
            maxJitter: .milliseconds(250))
        for fraction in [0.0, 0.1, 0.5, 0.999_999] {
            let delay = backoff.delay(forRetry: 1, jitterFraction: fraction).fractionalSeconds
            #expect(delay >= 0.2 - 1e-9)
            #expect(delay <= 0.2 + 0.25 + 1e-9)
        }
        // Out-of-range fractions are clamped.
        #expect(backoff.delay(forRetry: 0, jitterFraction: 7).fractionalSeconds <= 0.35 + 1e-9)
        #expect(backoff.delay(forRetry: 0, jitterFraction: -1).fractionalSeconds >= 0.1 - 1e-9)
        #expect(backoff.delay(forRetry: 0, jitterFraction: .nan).fractionalSeconds >= 0.1 - 1e-9)
        // The default random source draws from 0..<1.
        let loop = RetryLoop(policy: RetryPolicy(backoff: backoff), method: "GET", jitter: { Double.random(in: 0..<1) })
        for _ in 0..<200 {
            let delay = loop.delay(retryIndex: 0, headers: nil, elapsed: .zero)?.fractionalSeconds ?? -1
            #expect(delay >= 0.1 - 1e-9 && delay <= 0.35 + 1e-9)
        }
    }

    @Test func statusCodePatterns() {
        let exact: RetryPolicy.StatusCodePattern = 503
        let range: RetryPolicy.StatusCodePattern = "5XX"
        let lower: RetryPolicy.StatusCodePattern = "4xx"
        #expect(exact.matches(503) && !exact.matches(502))
        #expect(range.matches(500) && range.matches(599) && !range.matches(600) && !range.matches(499))
        #expect(lower == .range(4) && lower.matches(429))
        #expect(RetryPolicy.StatusCodePattern(stringLiteral: "429") == .exact(429))
        #expect(RetryPolicy.StatusCodePattern(parsing: "5X") == nil)
        #expect(RetryPolicy.StatusCodePattern(parsing: "abc") == nil)
        let junk: RetryPolicy.StatusCodePattern = "junk"
        #expect(!(100...599).contains(where: junk.matches))
        #expect(range.description == "5XX" && exact.description == "503")
        let replaced = RetryPolicy().replacingStatusCodes([429, "5XX"])
        #expect(replaced.statusCodes == [.exact(429), .range(5)])
    }

    @Test func idempotentRequestsRetryMatchingStatuses() {
        let policy = RetryPolicy(statusCodes: ["5XX", 429])
        #expect(policy.shouldRetry(status: 500, headers: [:], method: "GET"))
        #expect(policy.shouldRetry(status: 429, headers: [:], method: "DELETE"))
        #expect(!policy.shouldRetry(status: 404, headers: [:], method: "GET"))
        #expect(!policy.shouldRetry(status: 200, headers: [:], method: "GET"))
        #expect(!RetryPolicy.none.shouldRetry(status: 503, headers: [:], method: "GET"))
    }

    @Test func nonIdempotentRequestsRetryOnlyWhenNotProcessed() {
        let policy = RetryPolicy(statusCodes: ["5XX", 429])
        for method in ["POST", "PATCH", "post"] {
            #expect(!policy.shouldRetry(status: 500, headers: [:], method: method))
            #expect(!policy.shouldRetry(status: 503, headers: [:], method: method))
            #expect(policy.shouldRetry(status: 503, headers: ["Retry-After": "1"], method: method))
            #expect(policy.shouldRetry(status: 503, headers: ["retry-after-ms": "10"], method: method))
            #expect(policy.shouldRetry(status: 429, headers: [:], method: method))
        }
        // 429 must still be in the policy's list.
        #expect(!RetryPolicy().shouldRetry(status: 429, headers: [:], method: "POST"))
        let connectionFailed = TransportError(kind: .connectionFailed, message: "")
        let lost = TransportError(kind: .connectionLost, message: "")
        let timedOut = TransportError(kind: .timedOut, message: "")
        #expect(policy.shouldRetry(error: connectionFailed, method: "POST"))
        #expect(!policy.shouldRetry(error: lost, method: "POST"))
        #expect(!policy.shouldRetry(error: timedOut, method: "PATCH"))
        #expect(policy.shouldRetry(error: lost, method: "PUT"))
        #expect(policy.shouldRetry(error: timedOut, method: "GET"))
        var always = policy
        always.nonIdempotentRetries = .always
        #expect(always.shouldRetry(status: 500, headers: [:], method: "POST"))
        #expect(always.shouldRetry(error: lost, method: "POST"))
    }

    @Test func connectionErrorsFollowRetryConnectionErrors() {
        var policy = RetryPolicy()
        let timedOut = TransportError(kind: .timedOut, message: "")
        #expect(policy.shouldRetry(error: timedOut, method: "GET"))
        policy.retryConnectionErrors = false
        #expect(!policy.shouldRetry(error: timedOut, method: "GET"))
        #expect(!RetryPolicy().shouldRetry(error: TransportError(kind: .cancelled, message: ""), method: "GET"))
        #expect(!RetryPolicy().shouldRetry(error: TransportError(kind: .other, message: ""), method: "GET"))
    }

    @Test func retryAfterHeaders() {
        let now = Date(timeIntervalSince1970: 784_111_777)  // Sun, 06 Nov 1994 08:49:37 GMT
        #expect(RetryAfter.delay(from: ["Retry-After": "3"], now: now) == .seconds(3))
        #expect(RetryAfter.delay(from: ["retry-after": " 1.5 "], now: now) == .seconds(1.5))
        #expect(RetryAfter.delay(from: ["retry-after-ms": "250"], now: now) == .milliseconds(250))
        // retry-after-ms wins over Retry-After.
        #expect(RetryAfter.delay(from: ["Retry-After": "30", "retry-after-ms": "20"], now: now) == .milliseconds(20))
        // HTTP-dates, all three formats, relative to now.
        #expect(RetryAfter.delay(from: ["Retry-After": "Sun, 06 Nov 1994 08:49:47 GMT"], now: now) == .seconds(10))
        #expect(RetryAfter.delay(from: ["Retry-After": "Sunday, 06-Nov-94 08:50:37 GMT"], now: now) == .seconds(60))
        #expect(RetryAfter.delay(from: ["Retry-After": "Sun Nov  6 08:49:40 1994"], now: now) == .seconds(3))
        // A date in the past means no wait.
        #expect(RetryAfter.delay(from: ["Retry-After": "Sun, 06 Nov 1994 08:00:00 GMT"], now: now) == .zero)
        // Garbage and negatives are ignored.
        #expect(RetryAfter.delay(from: ["Retry-After": "-5"], now: now) == nil)
        #expect(RetryAfter.delay(from: ["Retry-After": "soon"], now: now) == nil)
        #expect(RetryAfter.delay(from: ["retry-after-ms": "NaN"], now: now) == nil)
        #expect(RetryAfter.delay(from: ["Retry-After": "Sun, 31 Feb 1994 08:49:37 GMT"], now: now) == nil)
        #expect(RetryAfter.delay(from: [:], now: now) == nil)
    }

    @Test func retryAfterReplacesTheComputedSleepAndStopsPastMaxElapsed() {
        let policy = RetryPolicy(
            backoff: .init(
                initialInterval: .seconds(1), maxInterval: .seconds(2), exponent: 2, maxElapsedTime: .seconds(100),
                maxJitter: .zero))
        let loop = RetryLoop(policy: policy, method: "GET", jitter: { 0 })
        #expect(loop.delay(retryIndex: 0, headers: [:], elapsed: .zero) == .seconds(1))
        #expect(loop.delay(retryIndex: 3, headers: [:], elapsed: .zero) == .seconds(2))
        // Retry-After is used as-is, even above maxInterval.
        #expect(loop.delay(retryIndex: 0, headers: ["Retry-After": "30"], elapsed: .zero) == .seconds(30))
        // Zero means "retry now" (issue 11), in either header.
        #expect(loop.delay(retryIndex: 0, headers: ["Retry-After": "0"], elapsed: .zero) == .zero)
        #expect(loop.delay(retryIndex: 0, headers: ["retry-after-ms": "0"], elapsed: .zero) == .zero)
        // Stop when the pause would end past maxElapsedTime.
        #expect(loop.delay(retryIndex: 0, headers: ["Retry-After": "30"], elapsed: .seconds(71)) == nil)
        #expect(loop.delay(retryIndex: 0, headers: ["Retry-After": "30"], elapsed: .seconds(70)) == .seconds(30))
        #expect(loop.delay(retryIndex: 0, headers: nil, elapsed: .seconds(99.5)) == nil)
    }

    @Test func retryLoopSurfacesTheLastResponseOrError() async throws {
        let policy = RetryPolicy(
            backoff: .init(
                initialInterval: .milliseconds(1), maxInterval: .milliseconds(1), exponent: 1,
                maxElapsedTime: .milliseconds(50), maxJitter: .zero))
        let loop = RetryLoop(policy: policy, method: "GET", jitter: { 0 })
        let attempts = Recorder<Int>()
        let discarded = Recorder<Int>()
        // Always 503: the loop ends on its own and returns the last response.
        let last = try await loop.run(
            attempt: { (number: Int) async throws(CoreFailure) -> RetryLoop.Attempt<Int> in
                attempts.append(number)
                return .response(number, head: HTTPResponse(statusCode: 503))
            },
            discard: { discarded.append($0) }
        )
        #expect(!attempts.values.isEmpty)
        #expect(last == attempts.values.last)
        #expect(discarded.values == Array(attempts.values.dropLast()))
        // Errors: the last one is thrown.
        do {
            _ = try await loop.run(
                attempt: { (_: Int) async throws(CoreFailure) -> RetryLoop.Attempt<Int> in
                    .failure(TransportError(kind: .timedOut, message: "slow"))
                },
                discard: { _ in }
            )
            Issue.record("expected a failure")
        } catch {
            guard case let .transport(failure) = error else {
                Issue.record("wrong failure")
                return
            }
            #expect(failure.kind == .timedOut)
        }
        // Success after failures (with a budget no machine can exhaust).
        let patient = RetryLoop(policy: fastPolicy(maxElapsed: .seconds(600)), method: "GET", jitter: { 0 })
        let counter = Recorder<Int>()
        let value = try await patient.run(
            attempt: { (number: Int) async throws(CoreFailure) -> RetryLoop.Attempt<Int> in
                counter.append(number)
                if number < 3 { return .failure(TransportError(kind: .connectionFailed, message: "")) }
                return .response(number, head: HTTPResponse(statusCode: 200))
            },
            discard: { _ in }
        )
        #expect(value == 3 && counter.values == [1, 2, 3])
    }

    @Test func retryLoopSleepEndsAtOnceOnCancellation() async {
        let policy = RetryPolicy(
            backoff: .init(
                initialInterval: .seconds(30), maxInterval: .seconds(30), exponent: 1, maxElapsedTime: .seconds(3600),
                maxJitter: .zero))
        let loop = RetryLoop(policy: policy, method: "GET", jitter: { 0 })
        let started = AsyncSignal()
        let task = Task { () -> TransportError.Kind? in
            do {
                _ = try await loop.run(
                    attempt: { (_: Int) async throws(CoreFailure) -> RetryLoop.Attempt<Int> in
                        started.fire()
                        return .response(0, head: HTTPResponse(statusCode: 503))
                    },
                    discard: { _ in }
                )
                return nil
            } catch {
                if case let .transport(failure)? = error as? CoreFailure { return failure.kind }
                return nil
            }
        }
        #expect(await started.wait())
        let clock = ContinuousClock()
        let begin = clock.now
        task.cancel()
        let kind = await task.value
        #expect(kind == .cancelled)
        #expect(clock.now - begin < .seconds(5))
    }
}
