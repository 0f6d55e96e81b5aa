import Foundation
#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Streamed requests run on their own session whose delegate is the ``StreamingRequest``: it refuses redirects
/// too, so that the client decides them (see ``RedirectRefusingSession`` for the other requests).
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
