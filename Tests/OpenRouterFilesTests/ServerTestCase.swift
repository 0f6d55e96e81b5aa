import AsyncTestSupport
import Foundation
import OpenRouterFiles
import TestServer
import XCTest

/// A test case with a fresh loopback ``FilesTestServer`` per test (no tests of its own).
///
/// Every test talks to a real HTTP/1.1 server on `127.0.0.1` through the generated client and its
/// default `URLSessionTransport`; nothing is mocked. Extra servers (another base URL, or
/// `keepAlive: false` for connection-failure tests) come from ``startServer(keepAlive:maxUploadBytes:)`` and are
/// shut down with the main one.
class ServerTestCase: XCTestCase {
    /// The API key every client sends unless a test says otherwise.
    static let apiKey = "sk-or-v1-issue3-SECRET-0123456789abcdef"

    /// The server of the current test.
    var server: FilesTestServer!
    /// Servers started by the test itself, shut down in `tearDown`.
    private var extraServers: [FilesTestServer] = []

    override func setUp() async throws {
        try await super.setUp()
        server = try await FilesTestServer.start()
    }

    override func tearDown() async throws {
        for extra in extraServers {
            try await extra.shutdown()
        }
        extraServers = []
        try await server.shutdown()
        server = nil
        try await super.tearDown()
    }

    /// Starts another server for this test (for instance with `keepAlive: false`, so that a
    /// connection closed before the response reaches the client instead of being silently resent
    /// by libcurl on a fresh connection).
    func startServer(keepAlive: Bool = true, maxUploadBytes: Int = 100 * 1024 * 1024) async throws -> FilesTestServer {
        let extra = try await FilesTestServer.start(maxUploadBytes: maxUploadBytes, keepAlive: keepAlive)
        extraServers.append(extra)
        return extra
    }

    /// A client of `target` (the test's server by default) with quick retries, no environment
    /// (so the test process's variables never leak in) and the test API key.
    func makeClient(
        _ target: FilesTestServer? = nil,
        apiKey: String? = ServerTestCase.apiKey,
        globals: OpenRouterClient.Globals = OpenRouterClient.Globals(),
        timeout: Duration? = nil,
        retryPolicy: RetryPolicy = .quick(),
        transport: any HTTPTransport = URLSessionTransport(),
        hooks: [any ClientHook] = [],
        debugLog: (@Sendable (String) -> Void)? = nil,
        environment: [String: String] = [:]
    ) -> OpenRouterClient {
        OpenRouterClient(
            apiKey: apiKey,
            serverURL: (target ?? server).baseURL,
            globals: globals,
            timeout: timeout,
            retryPolicy: retryPolicy,
            transport: transport,
            hooks: hooks,
            debugLog: debugLog,
            environment: environment
        )
    }

    /// A new empty temporary directory, removed when the test ends.
    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("openrouter-files-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    /// Runs `operation`, which must fail with an `E`; returns the error (nil, after recording a
    /// failure, when it succeeded or threw something else).
    ///
    /// Closures cannot infer a typed `throws` yet, so `operation` is untyped and the error is checked
    /// at run time; the generated methods' typed throws are checked at compile time elsewhere
    /// (`do throws(E)` blocks).
    func expectFailure<T, E: Error>(
        _ expected: E.Type,
        file: StaticString = #filePath,
        line: UInt = #line,
        _ operation: () async throws -> T
    ) async -> E? {
        do {
            let value = try await operation()
            XCTFail("expected \(E.self), got \(value)", file: file, line: line)
            return nil
        } catch let error as E {
            return error
        } catch {
            XCTFail("expected \(E.self), got \(type(of: error)): \(error)", file: file, line: line)
            return nil
        }
    }

    /// Waits for `signal` (bounded), recording a failure when it does not fire in time.
    func waitFor(
        _ signal: AsyncSignal,
        timeout: Duration = .seconds(10),
        _ what: String,
        file: StaticString = #filePath,
        line: UInt = #line
    ) async {
        let fired = await signal.wait(timeout: timeout)
        XCTAssertTrue(fired, "timed out waiting for \(what)", file: file, line: line)
    }
}

extension RetryPolicy {
    /// A policy with millisecond pauses and no jitter, for tests.
    static func quick(
        statusCodes: [StatusCodePattern] = ["5XX"],
        initial: Duration = .milliseconds(2),
        maxInterval: Duration = .milliseconds(20),
        exponent: Double = 1.5,
        maxElapsed: Duration = .seconds(20),
        maxJitter: Duration = .zero,
        retryConnectionErrors: Bool = true,
        nonIdempotent: NonIdempotentRetries = .onlyWhenNotProcessed
    ) -> RetryPolicy {
        RetryPolicy(
            strategy: .backoff,
            backoff: Backoff(
                initialInterval: initial,
                maxInterval: maxInterval,
                exponent: exponent,
                maxElapsedTime: maxElapsed,
                maxJitter: maxJitter
            ),
            statusCodes: statusCodes,
            retryConnectionErrors: retryConnectionErrors,
            nonIdempotentRetries: nonIdempotent
        )
    }
}

extension OperationError {
    /// The payload of the error's case (every case of a generated error enum has exactly one).
    private var payload: Any? { Mirror(reflecting: self).children.first?.value }
    /// The name of the error's case (`notFound`, `transport`, ...).
    var caseName: String? { Mirror(reflecting: self).children.first?.label }

    /// The transport failure, when the case is `.transport`.
    var transportError: TransportError? { payload as? TransportError }
    /// The default error, when the case is `.undocumented`.
    var apiError: APIError? { payload as? APIError }
    /// The validation failure, when the case is `.responseValidation`.
    var validationError: ResponseValidationError? { payload as? ResponseValidationError }
    /// The refusal, when the case is `.invalidRequest`.
    var invalidRequestError: InvalidRequestError? { payload as? InvalidRequestError }
}

/// A hook that records every attempt, response status and transport failure it sees, and fires
/// signals so that tests can wait for them without sleeping.
struct ObservingHook: ClientHook {
    /// `(attempt, time)` of every request about to be sent.
    let attempts = Recorder<(attempt: Int, at: ContinuousClock.Instant)>()
    /// The status of every response.
    let statuses = Recorder<Int>()
    /// The kind of every transport failure.
    let failures = Recorder<TransportError.Kind>()
    /// The operation ids seen.
    let operations = Recorder<String>()
    /// Fires on the first response.
    let firstResponse = AsyncSignal()
    /// Fires on the first request.
    let firstRequest = AsyncSignal()

    func beforeRequest(_ request: inout HTTPRequest, context: ClientHookContext) async throws {
        attempts.append((context.attempt, ContinuousClock.now))
        operations.append(context.operationID)
        firstRequest.fire()
    }

    func afterResponse(_ response: HTTPResponse, context: ClientHookContext) async {
        statuses.append(response.statusCode)
        firstResponse.fire()
    }

    func onError(_ error: TransportError, context: ClientHookContext) async {
        failures.append(error.kind)
    }

    /// The pauses between consecutive attempts.
    var gaps: [Duration] {
        let times = attempts.values.map(\.at)
        return zip(times, times.dropFirst()).map { $1 - $0 }
    }
}

/// Deterministic, non-repeating-looking bytes.
func testBytes(_ count: Int, seed: UInt8 = 0) -> Data {
    Data((0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ ($0 >> 9) &+ Int(seed)) })
}

/// A JSON error body as the API sends it.
func errorJSON(_ code: Int, _ message: String, userID: String? = nil) -> Data {
    var object: [String: Any] = ["error": ["code": code, "message": message]]
    if let userID { object["user_id"] = userID }
    return (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
}

/// An RFC 9110 IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`).
func httpDate(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "GMT")
    formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
    return formatter.string(from: date)
}
