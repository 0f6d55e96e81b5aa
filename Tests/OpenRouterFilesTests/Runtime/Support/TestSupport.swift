import Foundation
@testable import OpenRouterFiles

/// The error type of a fake generated operation.
enum TestOperationError: OperationError {
    case undocumented(APIError)
    case responseValidation(ResponseValidationError)
    case transport(TransportError)
    case invalidRequest(InvalidRequestError)

    var transportKind: TransportError.Kind? {
        if case let .transport(error) = self { return error.kind }
        return nil
    }

    var isInvalidRequest: Bool {
        if case .invalidRequest = self { return true }
        return false
    }
}

/// A hook that records what it sees.
struct RecordingHook: ClientHook {
    let attempts = Recorder<Int>()
    let statuses = Recorder<Int>()
    let errors = Recorder<TransportError.Kind>()

    func beforeRequest(_ request: inout HTTPRequest, context: ClientHookContext) async throws {
        attempts.append(context.attempt)
    }

    func afterResponse(_ response: HTTPResponse, context: ClientHookContext) async {
        statuses.append(response.statusCode)
    }

    func onError(_ error: TransportError, context: ClientHookContext) async {
        errors.append(error.kind)
    }
}

/// A policy with tiny, deterministic pauses.
func fastPolicy(
    statusCodes: [RetryPolicy.StatusCodePattern] = ["5XX"],
    maxElapsed: Duration = .seconds(5),
    nonIdempotent: RetryPolicy.NonIdempotentRetries = .onlyWhenNotProcessed,
    retryConnectionErrors: Bool = true
) -> RetryPolicy {
    RetryPolicy(
        backoff: .init(initialInterval: .milliseconds(1), maxInterval: .milliseconds(5), exponent: 1.5, maxElapsedTime: maxElapsed, maxJitter: .zero),
        statusCodes: statusCodes,
        retryConnectionErrors: retryConnectionErrors,
        nonIdempotentRetries: nonIdempotent
    )
}

/// Makes a temporary directory for one test.
func makeTemporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("runtime-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// The runtime's temporary files currently present.
func runtimeTemporaryFiles(_ purpose: String) -> Set<String> {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path)) ?? []
    return Set(names.filter { $0.hasPrefix("sdk-\(purpose)-") })
}

/// Records the body files of the requests it sees.
struct BodyFileRecorder: ClientHook {
    let files = Recorder<URL>()

    func beforeRequest(_ request: inout HTTPRequest, context: ClientHookContext) async throws {
        if case let .file(url) = request.body { files.append(url) }
    }
}

/// A transport that records the temporary files its downloads produce.
struct RecordingTransport: HTTPTransport {
    let base = URLSessionTransport()
    let downloads = Recorder<URL>()

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        try await base.send(request)
    }

    func download(_ request: HTTPRequest) async throws -> HTTPDownloadResponse {
        let response = try await base.download(request)
        downloads.append(response.temporaryFile)
        return response
    }

    func stream(_ request: HTTPRequest) async throws -> HTTPStreamingResponse {
        try await base.stream(request)
    }
}

/// Whether a file exists.
func fileExists(_ url: URL) -> Bool {
    FileManager.default.fileExists(atPath: url.path)
}

/// A hook that ends the call (as an invalid request) when attempt `limit` is about to be sent,
/// so retry tests can stop after a known number of attempts whatever the machine's speed.
struct StopAtAttempt: ClientHook {
    struct Stop: Error {}
    let limit: Int

    func beforeRequest(_ request: inout HTTPRequest, context: ClientHookContext) async throws {
        if context.attempt >= limit { throw Stop() }
    }
}
