import Foundation

/// When and how often a failed request is sent again.
///
/// Set one for the whole client, or per call through ``RequestOptions/retries``
/// (``RetryPolicy/none`` turns retrying off).
public struct RetryPolicy: Sendable, Hashable {
    /// Whether to retry at all.
    public enum Strategy: Sendable, Hashable {
        /// Retry with exponential backoff.
        case backoff
        /// Never retry.
        case none
    }

    /// The exponential backoff schedule.
    public struct Backoff: Sendable, Hashable {
        /// The sleep before the first retry (before jitter).
        public var initialInterval: Duration
        /// The longest sleep between two attempts (jitter included).
        public var maxInterval: Duration
        /// The growth factor: retry `n` (0-based) sleeps `initialInterval * exponent^n`.
        public var exponent: Double
        /// No retry starts once this much time would have passed since the first attempt.
        public var maxElapsedTime: Duration
        /// The upper bound of the random jitter added to each computed sleep.
        public var maxJitter: Duration

        /// Creates a schedule; the defaults are 500 ms, 60 s, 1.5, 1 hour and 1 s.
        public init(
            initialInterval: Duration = .milliseconds(500),
            maxInterval: Duration = .seconds(60),
            exponent: Double = 1.5,
            maxElapsedTime: Duration = .seconds(3600),
            maxJitter: Duration = .seconds(1)
        ) {
            self.initialInterval = initialInterval
            self.maxInterval = maxInterval
            self.exponent = exponent
            self.maxElapsedTime = maxElapsedTime
            self.maxJitter = maxJitter
        }

        /// The sleep before retry `retryIndex` (0-based) for a jitter fraction in `0..<1`:
        /// `min(initialInterval * exponent^retryIndex + maxJitter * jitterFraction, maxInterval)`.
        func delay(forRetry retryIndex: Int, jitterFraction: Double) -> Duration {
            let fraction = jitterFraction.isFinite ? min(max(jitterFraction, 0), 1) : 0
            let base = initialInterval.fractionalSeconds * pow(max(exponent, 0), Double(max(retryIndex, 0)))
            let total = base + maxJitter.fractionalSeconds * fraction
            let cap = max(maxInterval.fractionalSeconds, 0)
            guard total.isFinite, total < cap else { return maxInterval }
            return .seconds(max(total, 0))
        }
    }

    /// A status code to retry: exact (`503`) or a whole class (`"5XX"`).
    public enum StatusCodePattern: Hashable, Sendable, ExpressibleByIntegerLiteral, ExpressibleByStringLiteral,
        CustomStringConvertible
    {
        /// One status code.
        case exact(Int)
        /// A class of status codes: `range(5)` is 500...599.
        case range(Int)

        /// Creates an exact pattern.
        public init(integerLiteral value: Int) {
            self = .exact(value)
        }

        /// Parses `"503"` or `"5XX"` (any case). Anything else matches no status.
        public init(stringLiteral value: String) {
            self = Self(parsing: value) ?? .exact(-1)
        }

        /// Parses `"503"` or `"5XX"` (any case); `nil` for anything else.
        public init?(parsing text: String) {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if let code = Int(trimmed), (100...999).contains(code) {
                self = .exact(code)
                return
            }
            let upper = trimmed.uppercased()
            if upper.count == 3, upper.hasSuffix("XX"), let first = upper.first, let digit = first.wholeNumberValue,
                (1...9).contains(digit)
            {
                self = .range(digit)
                return
            }
            return nil
        }

        /// Whether `status` matches.
        public func matches(_ status: Int) -> Bool {
            switch self {
            case let .exact(code):
                return status == code
            case let .range(digit):
                return status >= digit * 100 && status < (digit + 1) * 100
            }
        }

        /// `503` or `5XX`.
        public var description: String {
            switch self {
            case let .exact(code): return String(code)
            case let .range(digit): return "\(digit)XX"
            }
        }
    }

    /// Whether non-idempotent requests (`POST`, `PATCH`) are retried.
    public enum NonIdempotentRetries: Sendable, Hashable {
        /// Retried like any other request.
        case always
        /// Retried only when the server certainly did not process them: the connection failed
        /// before anything was sent, the status is 429, or it is 503 with a `Retry-After` or
        /// `retry-after-ms` header. A request with an idempotency key (the operation declares one) is
        /// retried like an idempotent one, since the server deduplicates it.
        case onlyWhenNotProcessed
    }

    /// Whether to retry at all.
    public var strategy: Strategy
    /// The backoff schedule.
    public var backoff: Backoff
    /// The response statuses that are retried.
    public var statusCodes: [StatusCodePattern]
    /// Whether connection failures, lost connections and timeouts are retried.
    public var retryConnectionErrors: Bool
    /// Whether non-idempotent requests are retried.
    public var nonIdempotentRetries: NonIdempotentRetries

    /// Creates a policy; the defaults retry `5XX` and connection errors with the default backoff.
    public init(
        strategy: Strategy = .backoff,
        backoff: Backoff = Backoff(),
        statusCodes: [StatusCodePattern] = ["5XX"],
        retryConnectionErrors: Bool = true,
        nonIdempotentRetries: NonIdempotentRetries = .onlyWhenNotProcessed
    ) {
        self.strategy = strategy
        self.backoff = backoff
        self.statusCodes = statusCodes
        self.retryConnectionErrors = retryConnectionErrors
        self.nonIdempotentRetries = nonIdempotentRetries
    }

    /// A policy that never retries.
    public static let none = RetryPolicy(strategy: .none, statusCodes: [], retryConnectionErrors: false)

    /// This policy with another list of retried statuses.
    public func replacingStatusCodes(_ statusCodes: [StatusCodePattern]) -> RetryPolicy {
        var copy = self
        copy.statusCodes = statusCodes
        return copy
    }

    /// Whether a response with `status` and `headers` to a `method` request may be retried
    /// (the elapsed-time budget aside). A request with an idempotency key is retried like an idempotent one:
    /// the server deduplicates.
    func shouldRetry(status: Int, headers: HTTPHeaders, method: String, idempotencyKey: Bool = false) -> Bool {
        guard strategy == .backoff, statusCodes.contains(where: { $0.matches(status) }) else { return false }
        guard Self.isNonIdempotent(method), !idempotencyKey, nonIdempotentRetries == .onlyWhenNotProcessed else {
            return true
        }
        if status == 429 { return true }
        return status == 503 && (headers.contains("Retry-After") || headers.contains("retry-after-ms"))
    }

    /// Whether a transport failure of a `method` request may be retried (the elapsed-time budget aside);
    /// with an idempotency key, a lost connection or timeout is retried for any method.
    func shouldRetry(error: TransportError, method: String, idempotencyKey: Bool = false) -> Bool {
        guard strategy == .backoff, retryConnectionErrors else { return false }
        switch error.kind {
        case .connectionFailed:
            return true
        case .connectionLost, .timedOut:
            return !Self.isNonIdempotent(method) || idempotencyKey || nonIdempotentRetries == .always
        case .cancelled, .other:
            return false
        }
    }

    /// Whether `method` is `POST` or `PATCH`.
    static func isNonIdempotent(_ method: String) -> Bool {
        let upper = method.uppercased()
        return upper == "POST" || upper == "PATCH"
    }
}

extension Duration {
    /// The duration in seconds, fractions included.
    var fractionalSeconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
