import Foundation
#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The request did not produce an HTTP response: the connection failed or was lost, the request
/// timed out or was cancelled.
public struct TransportError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Sendable, Hashable {
        /// The request never reached the server (connection refused, DNS failure, cannot connect):
        /// it is safe to send again, even for non-idempotent operations.
        case connectionFailed
        /// The connection broke after the request was (possibly) sent, before the whole response arrived.
        case connectionLost
        /// No data arrived within the timeout.
        case timedOut
        /// The calling task was cancelled. Never retried.
        case cancelled
        /// Anything else (TLS, malformed response, local file errors...). Not retried.
        case other
    }

    /// What went wrong.
    public let kind: Kind
    /// A human-readable explanation.
    public let message: String
    /// The error this one was mapped from, if any.
    public let underlying: (any Error)?

    /// Creates a transport error.
    public init(kind: Kind, message: String, underlying: (any Error)? = nil) {
        self.kind = kind
        self.message = message
        self.underlying = underlying
    }

    /// `Transport error (kind): message`.
    public var description: String {
        "Transport error (\(kind)): \(message)"
    }

    /// Maps any error thrown while sending a request: `URLError`s by code, `CancellationError`
    /// to ``Kind/cancelled``; a ``TransportError`` is returned unchanged; anything else is ``Kind/other``.
    public static func from(_ error: any Error) -> TransportError {
        if let error = error as? TransportError {
            return error
        }
        if error is CancellationError {
            return TransportError(kind: .cancelled, message: "The request was cancelled", underlying: error)
        }
        if let error = error as? URLError {
            return from(urlErrorCode: error.code.rawValue, description: error.localizedDescription, underlying: error)
        }
        let nsError = error as NSError
        if nsError.domain == NSURLErrorDomain {
            return from(urlErrorCode: nsError.code, description: nsError.localizedDescription, underlying: error)
        }
        return TransportError(kind: .other, message: String(describing: error), underlying: error)
    }

    /// Maps an error thrown while the calling task runs a request: like ``from(_:)``, except that
    /// anything thrown once the task is cancelled is reported as ``Kind/cancelled``.
    static func fromCurrentTask(_ error: any Error) -> TransportError {
        let mapped = from(error)
        if Task.isCancelled, mapped.kind != .cancelled {
            return TransportError(kind: .cancelled, message: "The request was cancelled", underlying: error)
        }
        return mapped
    }

    /// Maps an `NSURLErrorDomain` code.
    private static func from(urlErrorCode code: Int, description: String, underlying: any Error) -> TransportError {
        let kind: Kind
        let summary: String
        switch code {
        case NSURLErrorCancelled:
            kind = .cancelled
            summary = "The request was cancelled"
        case NSURLErrorTimedOut:
            kind = .timedOut
            summary = "The request timed out"
        case NSURLErrorCannotConnectToHost, NSURLErrorCannotFindHost, NSURLErrorDNSLookupFailed,
            NSURLErrorNotConnectedToInternet, NSURLErrorInternationalRoamingOff, NSURLErrorDataNotAllowed,
            NSURLErrorCallIsActive, NSURLErrorSecureConnectionFailed:
            kind = .connectionFailed
            summary = "Could not connect to the server"
        case NSURLErrorNetworkConnectionLost, NSURLErrorBadServerResponse, NSURLErrorUnknown:
            // On Linux a server closing the connection before responding surfaces as
            // -1011 ("Empty reply from server") and a close mid-body as -1005 or -1.
            kind = .connectionLost
            summary = "The connection was lost"
        default:
            kind = .other
            summary = "The request failed"
        }
        return TransportError(
            kind: kind, message: "\(summary) (URLError \(code): \(description))", underlying: underlying)
    }
}
