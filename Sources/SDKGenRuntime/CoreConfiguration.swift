import Foundation

/// Everything a ``ClientCore`` needs: server, credentials, headers, timeouts, retries, transport, hooks.
///
/// Its description, debug description and reflection (`dump`) never show the bearer token.
public struct CoreConfiguration: Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The default server; ``RequestOptions/serverURL`` overrides it per call.
    public var serverURL: URL
    /// The credential (an API key or access token), sent where ``credentialPlacement`` says; `nil` sends none.
    public var bearerToken: String?
    /// Where ``bearerToken`` goes: `Authorization: Bearer` unless the document's security scheme says otherwise.
    public var credentialPlacement: CredentialPlacement
    /// Global header fields, sent only when the request does not already set a field of that name.
    public var defaultHeaders: HTTPHeaders
    /// The `User-Agent` sent with every request (left out when empty).
    public var userAgent: String
    /// The timeout of every attempt: the longest one attempt may take (until the whole response has arrived;
    /// for a streamed response, until its head), enforced by the runtime; `nil` keeps the transport's default.
    public var timeout: Duration?
    /// The retry policy; ``RequestOptions/retries`` overrides it per call.
    public var retryPolicy: RetryPolicy
    /// Sends the requests.
    public var transport: any HTTPTransport
    /// Called around every attempt, in order.
    public var hooks: [any ClientHook]
    /// Which redirects are followed, and how (``RequestOptions/redirects`` overrides it per call).
    public var redirectPolicy: RedirectPolicy
    /// The request fields that carry credentials, sent only to the origin of ``serverURL``.
    public var credentialFields: CredentialFields
    /// Receives one line per request (method, URL, attempt, headers with credentials masked), one per
    /// redirect (status, `Location`) and hop sent, and one per response or failure (status, elapsed
    /// milliseconds, attempt). Off when `nil`.
    public var debugLog: (@Sendable (String) -> Void)?

    /// Creates a configuration.
    public init(
        serverURL: URL,
        bearerToken: String? = nil,
        credentialPlacement: CredentialPlacement = .bearer,
        defaultHeaders: HTTPHeaders = HTTPHeaders(),
        userAgent: String = "swift-sdk",
        timeout: Duration? = nil,
        retryPolicy: RetryPolicy = RetryPolicy(),
        transport: any HTTPTransport = URLSessionTransport(),
        hooks: [any ClientHook] = [],
        debugLog: (@Sendable (String) -> Void)? = nil,
        redirectPolicy: RedirectPolicy = .standard,
        credentialFields: CredentialFields = CredentialFields()
    ) {
        self.serverURL = serverURL
        self.bearerToken = bearerToken
        self.credentialPlacement = credentialPlacement
        self.defaultHeaders = defaultHeaders
        self.userAgent = userAgent
        self.timeout = timeout
        self.retryPolicy = retryPolicy
        self.transport = transport
        self.hooks = hooks
        self.debugLog = debugLog
        self.redirectPolicy = redirectPolicy
        self.credentialFields = credentialFields
    }

    /// ``credentialFields`` and the field ``credentialPlacement`` puts the credential in: what is removed from a
    /// request to another origin.
    var scopedCredentialFields: CredentialFields {
        switch credentialPlacement {
        case .bearer, .basic, .cookie: credentialFields
        case .header(let name):
            CredentialFields(
                headerNames: credentialFields.headerNames + [name], queryNames: credentialFields.queryNames)
        case .query(let name):
            CredentialFields(
                headerNames: credentialFields.headerNames, queryNames: credentialFields.queryNames + [name])
        }
    }

    /// Masks the credential, as given and as placed on the wire, in logs and error descriptions.
    var redaction: SecretRedaction {
        SecretRedaction(bearerToken.map(credentialPlacement.secrets(of:)) ?? [])
    }

    /// A summary with the bearer token shown as `***`.
    public var description: String {
        let token = bearerToken == nil ? "nil" : "***"
        let timeoutText = timeout.map { "\($0)" } ?? "nil"
        return "CoreConfiguration(serverURL: \(serverURL.absoluteString), bearerToken: \(token), "
            + "credentialPlacement: \(credentialPlacement), defaultHeaders: \(defaultHeaders), userAgent: \(userAgent.debugDescription), timeout: \(timeoutText), "
            + "retryPolicy: \(retryPolicy), transport: \(type(of: transport)), hooks: \(hooks.count), "
            + "debugLog: \(debugLog == nil ? "off" : "on"), redirectPolicy: \(redirectPolicy), "
            + "credentialFields: \(credentialFields))"
    }

    /// Same as ``description``: the token is never shown.
    public var debugDescription: String { description }

    /// A mirror with the bearer token shown as `***`.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "serverURL": serverURL,
                "bearerToken": bearerToken == nil ? "nil" : "***",
                "credentialPlacement": credentialPlacement,
                "defaultHeaders": defaultHeaders,
                "userAgent": userAgent,
                "timeout": timeout as Any,
                "retryPolicy": retryPolicy,
                "transport": String(describing: type(of: transport)),
                "hooks": hooks.count,
                "debugLog": debugLog == nil ? "off" : "on",
                "redirectPolicy": redirectPolicy,
                "credentialFields": credentialFields,
            ],
            displayStyle: .struct
        )
    }
}
