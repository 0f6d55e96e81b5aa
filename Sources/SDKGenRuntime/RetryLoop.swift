import Foundation

/// Why a call failed before an operation could look at a response.
enum CoreFailure: Error {
    /// No response (connection, timeout, cancellation).
    case transport(TransportError)
    /// The request was refused before sending.
    case invalidRequest(InvalidRequestError)
    /// A redirect was not followed.
    case redirect(RedirectError)

    /// The failure as an operation's error type.
    func operationError<E: OperationError>(_: E.Type) -> E {
        switch self {
        case let .transport(error): return E.transport(error)
        case let .invalidRequest(error): return E.invalidRequest(error)
        case let .redirect(error): return E.redirect(error)
        }
    }

    /// The failure of a cancelled call.
    static var cancelled: CoreFailure {
        .transport(TransportError(kind: .cancelled, message: "The request was cancelled"))
    }
}

/// Runs attempts of one call until one succeeds, the policy says stop, or time runs out.
///
/// The pause before retry `n` (0-based) is the server's `retry-after-ms` / `Retry-After` when present and
/// readable (`0` means retry at once), else ``RetryPolicy/Backoff``'s schedule with jitter. No retry starts if its pause would end past
/// `maxElapsedTime` since the first attempt: the last response is returned or the last error thrown.
struct RetryLoop: Sendable {
    /// The outcome of one attempt.
    enum Attempt<Outcome> {
        /// A response arrived; `head` carries its status and headers.
        case response(Outcome, head: HTTPResponse)
        /// No response.
        case failure(TransportError)
    }

    /// The policy in force for this call.
    let policy: RetryPolicy
    /// The request method (for the non-idempotent rule).
    let method: String
    /// Returns a jitter fraction in `0..<1`.
    let jitter: @Sendable () -> Double
    /// Whether the request carries an idempotency key (a non-idempotent method may then be retried freely).
    var hasIdempotencyKey = false
    /// Measures elapsed time.
    let clock = ContinuousClock()

    /// The pause before retry `retryIndex`, or `nil` when it would end past `maxElapsedTime`.
    func delay(retryIndex: Int, headers: HTTPHeaders?, elapsed: Duration, now: Date = Date()) -> Duration? {
        let pause: Duration
        if let headers, let requested = RetryAfter.delay(from: headers, now: now) {
            pause = requested
        } else {
            pause = policy.backoff.delay(forRetry: retryIndex, jitterFraction: jitter())
        }
        guard elapsed + pause <= policy.backoff.maxElapsedTime else { return nil }
        return pause
    }

    /// Runs `attempt` (given the 1-based attempt number) until done; `discard` releases the outcome of
    /// an attempt that is retried.
    func run<Outcome>(
        attempt: (Int) async throws(CoreFailure) -> Attempt<Outcome>,
        discard: (Outcome) -> Void
    ) async throws(CoreFailure) -> Outcome {
        let start = clock.now
        var retryIndex = 0
        while true {
            if Task.isCancelled {
                throw CoreFailure.cancelled
            }
            let result = try await attempt(retryIndex + 1)
            let elapsed = clock.now - start
            let pause: Duration
            switch result {
            case let .response(outcome, head):
                guard
                    policy.shouldRetry(
                        status: head.statusCode, headers: head.headers, method: method,
                        idempotencyKey: hasIdempotencyKey
                    ),
                    let next = delay(retryIndex: retryIndex, headers: head.headers, elapsed: elapsed)
                else {
                    return outcome
                }
                discard(outcome)
                pause = next
            case let .failure(error):
                guard policy.shouldRetry(error: error, method: method, idempotencyKey: hasIdempotencyKey),
                    let next = delay(retryIndex: retryIndex, headers: nil, elapsed: elapsed)
                else {
                    throw CoreFailure.transport(error)
                }
                pause = next
            }
            do {
                try await Task.sleep(for: pause)
            } catch {
                throw CoreFailure.cancelled
            }
            retryIndex += 1
        }
    }
}
