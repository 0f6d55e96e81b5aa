import Foundation

/// Per-call overrides of the client's configuration.
public struct RequestOptions: Sendable {
    /// The retry policy for this call (``RetryPolicy/none`` disables retries); `nil` keeps the client's.
    public var retries: RetryPolicy?
    /// The timeout of each attempt of this call: the longest one attempt may take (until the whole response
    /// has arrived; for a streamed response, until its head), enforced by the runtime; `nil` keeps the client's.
    public var timeout: Duration?
    /// The server for this call; `nil` keeps the client's.
    public var serverURL: URL?
    /// Header fields to set, replacing any the call would otherwise send under the same name.
    public var headers: [String: String]
    /// The redirect policy for this call; `nil` keeps the client's.
    public var redirects: RedirectPolicy?
    /// The URL a page sequence asks for instead of the operation's (a next-page URL a page named), absolute or
    /// relative to the operation's URL; credentials go with it only to the server's origin (``CredentialScope``).
    private(set) var pageURL: String?

    /// Creates options; every default keeps the client's behaviour.
    public init(
        retries: RetryPolicy? = nil,
        timeout: Duration? = nil,
        serverURL: URL? = nil,
        headers: [String: String] = [:],
        redirects: RedirectPolicy? = nil
    ) {
        self.retries = retries
        self.timeout = timeout
        self.serverURL = serverURL
        self.headers = headers
        self.redirects = redirects
    }
}

extension RequestOptions {
    /// These options, asking for `url` (the next page's URL from a page) instead of the operation's own URL.
    @_spi(Generated) public func fetchingPage(at url: String) -> RequestOptions {
        var options = self
        options.pageURL = url
        return options
    }
}
