import Foundation

/// Follows the redirects of one attempt under ``RedirectRules``: sends each hop through the transport (which
/// never follows redirects itself), logs each redirect, and returns the final response or the refused one.
struct RedirectFollower: Sendable {
    /// How an attempt's redirects ended.
    enum Result<Value> {
        /// A response that is not a redirect to follow; `request` is what was sent for it.
        case final(Value, head: HTTPResponse, request: HTTPRequest)
        /// A redirect that is not followed (its outcome already discarded); `request` is what was sent for it.
        case refused(RedirectError, head: HTTPResponse, request: HTTPRequest)
    }

    /// The rules in force.
    let rules: RedirectRules

    /// Sends `first`, then every redirect hop the rules allow. `send` errors (transport failures) are rethrown;
    /// `discard` releases the outcome of a redirect response; `log` gets one line per redirect and per hop sent.
    func run<Value>(
        _ first: HTTPRequest,
        attempt: Int,
        send: (HTTPRequest) async throws -> Value,
        head: (Value) -> HTTPResponse,
        discard: (Value) -> Void,
        log: (String) -> Void
    ) async throws -> Result<Value> {
        let clock = ContinuousClock()
        var carried = first
        var sent = first
        var chain = [first.url]
        while true {
            let started = clock.now
            let value = try await send(sent)
            let received = head(value)
            let response = HTTPResponse(
                statusCode: received.statusCode, headers: received.headers, body: received.body,
                redaction: rules.redaction, url: sent.url
            )
            let elapsed = Self.milliseconds(clock.now - started)
            let line =
                "<-- \(response.statusCode) \(sent.method) \(sent.url.absoluteString) \(elapsed) ms"
                + " attempt \(attempt)"
            switch rules.step(
                after: carried, statusCode: response.statusCode, headers: response.headers,
                chain: chain)
            {
            case .final:
                return .final(value, head: response, request: sent)
            case let .refuse(error):
                discard(value)
                log("\(line) redirect not followed (\(error.kind)) Location \(Self.location(error.location, response))")
                return .refused(error, head: response, request: sent)
            case let .follow(next):
                discard(value)
                log("\(line) redirect \(chain.count) Location \(next.url.absoluteString)")
                if Task.isCancelled {
                    throw CancellationError()
                }
                carried = next
                sent = CredentialScope.restrict(next, toOriginOf: rules.server, fields: rules.fields)
                chain.append(sent.url)
                log(
                    "--> \(sent.method) \(sent.url.absoluteString) attempt \(attempt) redirect \(chain.count - 1)"
                        + " headers \(sent.headers)")
            }
        }
    }

    /// The target shown for a refused redirect: the resolved URL, else the raw `Location`.
    private static func location(_ resolved: URL?, _ response: HTTPResponse) -> String {
        resolved?.absoluteString ?? (response.headers["Location"] ?? "").debugDescription
    }

    /// Whole milliseconds in `duration`.
    static func milliseconds(_ duration: Duration) -> Int {
        let parts = duration.components
        return Int(parts.seconds) * 1000 + Int(parts.attoseconds / 1_000_000_000_000_000)
    }
}
