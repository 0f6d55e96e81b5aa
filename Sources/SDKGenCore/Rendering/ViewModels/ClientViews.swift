/// View data for the client file.
struct ClientView: FileView {
    /// Rendered with `Client.swift`.
    var templateName: String { "Client.swift" }
    let header: HeaderView
    let access: String
    let clientName: String
    let docLines: [DocLine]
    let groups: [GroupReferenceView]
    let servers: [ServerView]
    let defaultServerName: String
    let globals: [GlobalView]
    let apiVersionLiteral: String
    let userAgentLiteral: String
    let apiKeyEnvironmentName: String
    let apiKeyEnvironmentLiteral: String
    let retry: RetryView
}

/// `client.files` of type `FilesAPI`.
struct GroupReferenceView {
    let property: String
    let typeName: String
    let docText: String
}

/// `static let production = URL(string: "...")!`.
struct ServerView {
    let name: String
    let urlLiteral: String
    let docText: String
}

/// One global header value.
struct GlobalView {
    let name: String
    let wireName: String
    let wireLiteral: String
    let environmentName: String
    let environmentLiteral: String
    let docLines: [DocLine]
    let isLast: Bool
}

/// The document's retry policy as Swift literals.
struct RetryView {
    /// `backoff` or `none`.
    let strategy: String
    let initialMilliseconds: Int
    let maxMilliseconds: Int
    let exponent: String
    let maxElapsedMilliseconds: Int
    /// `"5XX", 429`.
    let statusCodes: String
    let retryConnectionErrors: Bool
}
