import Foundation

/// What a hook is told about the call in progress.
public struct ClientHookContext: Sendable {
    /// The operation's identifier (such as `listFiles`).
    public let operationID: String
    /// The attempt number, starting at 1 (retries count up).
    public let attempt: Int

    /// Creates a context.
    public init(operationID: String, attempt: Int) {
        self.operationID = operationID
        self.attempt = attempt
    }
}

/// Observes or adjusts every request the client sends. Every method has a no-op default.
public protocol ClientHook: Sendable {
    /// Called before each attempt is sent; may change the request. Throwing aborts the call
    /// with ``InvalidRequestError`` (nothing is sent).
    func beforeRequest(_ request: inout HTTPRequest, context: ClientHookContext) async throws

    /// Called for each response received (any status, before retry decisions): once per attempt, with the
    /// response after the redirects the client followed (``HTTPResponse/url`` names the URL that answered),
    /// or with the redirect it did not follow.
    func afterResponse(_ response: HTTPResponse, context: ClientHookContext) async

    /// Called for each attempt that got no response.
    func onError(_ error: TransportError, context: ClientHookContext) async
}

extension ClientHook {
    /// Does nothing.
    public func beforeRequest(_ request: inout HTTPRequest, context: ClientHookContext) async throws {}

    /// Does nothing.
    public func afterResponse(_ response: HTTPResponse, context: ClientHookContext) async {}

    /// Does nothing.
    public func onError(_ error: TransportError, context: ClientHookContext) async {}
}
