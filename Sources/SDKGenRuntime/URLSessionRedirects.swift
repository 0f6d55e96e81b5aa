import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The task delegate of every ``URLSessionTransport`` request: refuses each redirect, so that URLSession
/// returns the `3xx` response itself and ``ClientCore`` decides (``RedirectRules``), with its credential rules.
///
/// Without it URLSession would follow redirects below the client, sending `Authorization` to whatever
/// origin a `Location` names, with no trace in the debug log or the hooks.
final class RedirectRefusingDelegate: NSObject, URLSessionTaskDelegate, Sendable {
    /// The one instance (it has no state).
    static let shared = RedirectRefusingDelegate()

    /// Refuses the redirect: the task completes with the redirect response.
    func urlSession(
        _ session: URLSession,
        task: URLSessionTask,
        willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest,
        completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }
}

extension StreamingRequest {
    /// Refuses the redirect of a streamed request: the `3xx` response head is delivered to the caller.
    func urlSession(
        _ session: URLSession,
        task: URLSessionTask,
        willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest,
        completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }
}
