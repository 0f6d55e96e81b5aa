import Foundation
@testable import SDKGenRuntime

/// The error type of a fake generated operation.
enum TestOperationError: OperationError {
    case undocumented(APIError)
    case responseValidation(ResponseValidationError)
    case transport(TransportError)
    case invalidRequest(InvalidRequestError)
    case redirect(RedirectError)

    var redirectError: RedirectError? {
        if case let .redirect(error) = self { return error }
        return nil
    }

    var transportKind: TransportError.Kind? {
        if case let .transport(error) = self { return error.kind }
        return nil
    }

    var isInvalidRequest: Bool {
        if case .invalidRequest = self { return true }
        return false
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
        backoff: .init(
            initialInterval: .milliseconds(1), maxInterval: .milliseconds(5), exponent: 1.5, maxElapsedTime: maxElapsed,
            maxJitter: .zero),
        statusCodes: statusCodes,
        retryConnectionErrors: retryConnectionErrors,
        nonIdempotentRetries: nonIdempotent
    )
}

/// Makes a temporary directory for one test.
func makeTemporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
        "runtime-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
