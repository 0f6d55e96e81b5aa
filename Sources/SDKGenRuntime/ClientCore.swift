import Foundation

/// Sends the requests of a generated client: builds URLs and headers, runs hooks, retries,
/// logs, and decodes responses. Immutable and safe to share between tasks.
public final class ClientCore: Sendable {
    /// The configuration every call uses (per-call ``RequestOptions`` override parts of it).
    public let configuration: CoreConfiguration
    /// Returns a retry jitter fraction in `0..<1`.
    private let jitter: @Sendable () -> Double

    /// Creates a core. `jitter` returns the random fraction of ``RetryPolicy/Backoff/maxJitter`` added
    /// to each computed backoff (inject a constant for deterministic tests).
    public init(
        configuration: CoreConfiguration,
        jitter: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) }
    ) {
        self.configuration = configuration
        self.jitter = jitter
    }

    /// Sends the request (with retries) and returns the final response, whatever its status.
    public func execute<E: OperationError>(
        _ request: RequestBuilder,
        options: RequestOptions = RequestOptions(),
        as errorType: E.Type
    ) async throws(E) -> HTTPResponse {
        do {
            let prepared = try PreparedRequest.make(request, configuration: configuration, options: options)
            let transport = configuration.transport
            let response = try await perform(
                prepared,
                send: { request in try await transport.send(request) },
                head: { $0 },
                discard: { _ in }
            )
            return HTTPResponse(
                statusCode: response.statusCode, headers: response.headers, body: response.body,
                redaction: prepared.redaction)
        } catch {
            throw error.operationError(E.self)
        }
    }

    /// Sends the request (with retries), streaming the body to a temporary file. On a status in
    /// `successStatuses` the file is moved to `destination` (replacing it) and the returned response
    /// has an empty body; otherwise the returned response holds the (error) body, the file is deleted,
    /// and `destination` is left untouched.
    public func executeDownload<E: OperationError>(
        _ request: RequestBuilder,
        to destination: URL,
        successStatuses: ClosedRange<Int> = 200...299,
        options: RequestOptions = RequestOptions(),
        as errorType: E.Type
    ) async throws(E) -> HTTPResponse {
        do throws(CoreFailure) {
            try DownloadDestination.check(destination)
            let prepared = try PreparedRequest.make(request, configuration: configuration, options: options)
            let transport = configuration.transport
            let download = try await perform(
                prepared,
                send: { request in try await transport.download(request) },
                head: { HTTPResponse(statusCode: $0.statusCode, headers: $0.headers) },
                discard: { TemporaryFiles.remove($0.temporaryFile) }
            )
            defer { TemporaryFiles.remove(download.temporaryFile) }
            if successStatuses.contains(download.statusCode) {
                do {
                    try DownloadDestination.moveReplacing(download.temporaryFile, to: destination)
                } catch {
                    throw CoreFailure.invalidRequest(
                        InvalidRequestError(
                            message: "could not save the download to \(destination.path.debugDescription)",
                            underlying: error)
                    )
                }
                return HTTPResponse(
                    statusCode: download.statusCode, headers: download.headers, body: Data(),
                    redaction: prepared.redaction)
            }
            let body: Data
            do {
                body = try Data(contentsOf: download.temporaryFile)
            } catch {
                throw CoreFailure.transport(
                    TransportError(kind: .other, message: "Could not read the downloaded error body", underlying: error)
                )
            }
            return HTTPResponse(
                statusCode: download.statusCode, headers: download.headers, body: body, redaction: prepared.redaction)
        } catch {
            throw error.operationError(E.self)
        }
    }

    /// Sends the request and returns once the response head arrives (retries apply until then).
    /// The body streams as it arrives; cancelling the iterating task, or releasing the response before
    /// the body ends, cancels the request.
    public func executeStream<E: OperationError>(
        _ request: RequestBuilder,
        options: RequestOptions = RequestOptions(),
        as errorType: E.Type
    ) async throws(E) -> HTTPStreamingResponse {
        do {
            let prepared = try PreparedRequest.make(request, configuration: configuration, options: options)
            let transport = configuration.transport
            // A retried attempt's stream is dropped, which cancels its request.
            return try await perform(
                prepared,
                send: { request in try await transport.stream(request) },
                head: { HTTPResponse(statusCode: $0.statusCode, headers: $0.headers) },
                discard: { _ in }
            )
        } catch {
            throw error.operationError(E.self)
        }
    }

    /// Runs the attempts of one call: hooks, header checks, logging, transport, redirects, retry decisions.
    ///
    /// Redirects are followed within an attempt (``RedirectFollower``): hooks run once per attempt and see the
    /// final response, whose ``HTTPResponse/url`` is the URL that answered; a redirect is never a retry.
    private func perform<Outcome: Sendable>(
        _ prepared: PreparedRequest,
        send: @escaping @Sendable (HTTPRequest) async throws -> Outcome,
        head: (Outcome) -> HTTPResponse,
        discard: (Outcome) -> Void
    ) async throws(CoreFailure) -> Outcome {
        let loop = RetryLoop(
            policy: prepared.policy, method: prepared.request.method, jitter: jitter,
            hasIdempotencyKey: prepared.hasIdempotencyKey
        )
        let clock = ContinuousClock()
        let redaction = prepared.redaction
        let follower = RedirectFollower(
            rules: RedirectRules(
                policy: prepared.redirectPolicy, server: prepared.serverURL,
                fields: configuration.scopedCredentialFields, redaction: redaction
            ))
        return try await loop.run(
            attempt: { (number: Int) async throws(CoreFailure) -> RetryLoop.Attempt<Outcome> in
                let context = ClientHookContext(operationID: prepared.operationID, attempt: number)
                var request = prepared.request
                for hook in configuration.hooks {
                    do {
                        try await hook.beforeRequest(&request, context: context)
                    } catch {
                        if error is CancellationError || Task.isCancelled {
                            throw CoreFailure.cancelled
                        }
                        let reason = redaction.apply(String(describing: error))
                        throw CoreFailure.invalidRequest(
                            InvalidRequestError(
                                message: "a request hook refused the request: \(reason)", underlying: error))
                    }
                }
                if prepared.urlFromResponse {
                    // A URL from a response may name another origin: no credential goes there, whoever added it.
                    request = CredentialScope.restrict(
                        request, toOriginOf: prepared.serverURL, fields: configuration.scopedCredentialFields)
                }
                if let problem = request.headers.firstInvalidField() {
                    throw CoreFailure.invalidRequest(InvalidRequestError(message: problem))
                }
                try Self.checkStreamedBody(of: request, after: nil)
                log(
                    redaction,
                    "--> \(request.method) \(request.url.absoluteString) attempt \(number) headers \(request.headers)")
                let started = clock.now
                let result: RedirectFollower.Result<Outcome>
                do {
                    // Each hop of the attempt gets the per-call deadline (`AttemptDeadline`).
                    result = try await follower.run(
                        request, attempt: number,
                        send: { hop in
                            try await AttemptDeadline.run(timeout: hop.timeout, discard: discard) {
                                try await send(hop)
                            }
                        },
                        head: head, discard: discard,
                        log: { line in log(redaction, line) }
                    )
                } catch {
                    let failure = TransportError.fromCurrentTask(error)
                    try Self.checkStreamedBody(of: request, after: failure)
                    log(
                        redaction,
                        "<-- failed (\(failure.kind)) \(request.method) \(request.url.absoluteString) \(Self.milliseconds(clock.now - started)) ms attempt \(number)"
                    )
                    for hook in configuration.hooks {
                        await hook.onError(failure, context: context)
                    }
                    if failure.kind == .cancelled {
                        throw CoreFailure.transport(failure)
                    }
                    return .failure(failure)
                }
                switch result {
                case let .final(outcome, response, sent):
                    let elapsed = Self.milliseconds(clock.now - started)
                    log(
                        redaction,
                        "<-- \(response.statusCode) \(sent.method) \(sent.url.absoluteString) \(elapsed) ms attempt \(number)"
                    )
                    for hook in configuration.hooks {
                        await hook.afterResponse(response, context: context)
                    }
                    return .response(outcome, head: response)
                case let .refused(error, response, _):
                    for hook in configuration.hooks {
                        await hook.afterResponse(response, context: context)
                    }
                    throw CoreFailure.redirect(error)
                }
            },
            discard: discard
        )
    }

    /// Ends the call with an invalid request when the files of a streamed body changed (before an attempt, or
    /// after one failed because of it), so a changed file is never sent, retried or reported as a network error.
    private static func checkStreamedBody(of request: HTTPRequest, after failure: TransportError?) throws(CoreFailure) {
        guard case let .stream(body) = request.body else { return }
        do throws(StreamedBodyError) {
            if let changed = failure?.underlying as? StreamedBodyError { throw changed }
            try body.checkFiles()
        } catch {
            throw CoreFailure.invalidRequest(InvalidRequestError(message: error.description, underlying: error))
        }
    }

    /// Sends one debug log line, if logging is on.
    private func log(_ redaction: SecretRedaction, _ line: @autoclosure () -> String) {
        guard let debugLog = configuration.debugLog else { return }
        debugLog(redaction.apply(line()))
    }

    /// Whole milliseconds in `duration`.
    private static func milliseconds(_ duration: Duration) -> Int {
        let parts = duration.components
        return Int(parts.seconds) * 1000 + Int(parts.attoseconds / 1_000_000_000_000_000)
    }
}
