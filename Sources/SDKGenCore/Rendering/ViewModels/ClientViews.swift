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
    let apiVersionLiteral: SwiftLiteral
    let userAgentLiteral: SwiftLiteral
    let apiKeyEnvironmentName: CommentText
    let apiKeyEnvironmentLiteral: SwiftLiteral
    let retry: RetryView
    /// The header names of the document's API-key security schemes, as Swift literals (`"X-Api-Key"`).
    let credentialHeaderNames: String
    /// The query parameter names of the document's API-key security schemes, as Swift literals.
    let credentialQueryNames: String
    /// Where the API key goes, as a `CredentialPlacement` expression (`.bearer`, `.header("X-API-Key")`).
    let credentialPlacementCode: String
    /// What the `apiKey` argument is and how it is sent (`The API key, sent in the `X-API-Key` header`).
    let apiKeyDocText: CommentText
}

/// `client.files` of type `FilesAPI`.
struct GroupReferenceView {
    let property: String
    let typeName: String
    let docText: CommentText
}

/// `static let production = URL(string: "...")!`.
struct ServerView {
    let name: String
    let urlLiteral: SwiftLiteral
    let docText: CommentText
    /// The URL has variables: `static func name(region: ... = .us) -> URL` instead of a constant.
    let isTemplated: Bool
    /// `region: ProductionRegion = .us, version: String = "v1"`.
    let parametersText: String
    /// `["region": region.rawValue, "version": version]`.
    let valuesText: String
    /// The enums of the variables whose values the document lists.
    let enums: [ServerEnumView]
}

/// The allowed values of a server variable, nested in `Servers`.
struct ServerEnumView {
    let name: String
    let variableName: CommentText
    let cases: [EnumCaseView]
}

/// One global header value.
struct GlobalView {
    let name: String
    let wireName: CommentText
    let wireLiteral: SwiftLiteral
    let environmentName: CommentText
    let environmentLiteral: SwiftLiteral
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
