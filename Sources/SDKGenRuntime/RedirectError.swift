import Foundation

/// A redirect the client would not follow. Nothing more was sent for the attempt.
///
/// ``statusCode``, ``headers`` and ``location`` are those of the redirect response; ``chain`` lists the URLs
/// requested in this attempt, the call's own first (with credential query parameters of other origins removed).
public struct RedirectError: Error, Sendable, CustomStringConvertible {
    /// Why the redirect was not followed.
    public enum Kind: Sendable, Hashable {
        /// It leads to another origin and the ``RedirectPolicy`` says ``RedirectPolicy/CrossOrigin/refuse``.
        case crossOrigin
        /// It leads from `https` to `http`: never followed.
        case insecure
        /// The ``RedirectPolicy/maxRedirects`` were followed already (a redirect loop ends here).
        case tooManyRedirects
        /// It keeps the method and body (`307`/`308`) and the body cannot be sent again unchanged (its file
        /// changed size or is gone).
        case bodyNotReplayable
        /// `Location` is not an `http` or `https` URL.
        case invalidLocation
    }

    /// Why the redirect was not followed.
    public let kind: Kind
    /// The status of the redirect response (`301`, `302`, `303`, `307` or `308`).
    public let statusCode: Int
    /// The redirect response's header fields.
    public let headers: HTTPHeaders
    /// The redirect's target, resolved against the URL that answered; `nil` when it could not be resolved.
    public let location: URL?
    /// The URLs requested in this attempt, in order; the last one answered with this redirect.
    public let chain: [URL]
    /// A human-readable explanation naming the chain.
    public let message: String

    /// Creates the error; the message is built from the other values, secrets in `redaction` masked.
    init(kind: Kind, statusCode: Int, headers: HTTPHeaders, location: URL?, chain: [URL], redaction: SecretRedaction) {
        self.kind = kind
        self.statusCode = statusCode
        self.headers = headers
        self.location = location
        self.chain = chain
        let target = location?.absoluteString ?? (headers["Location"].map { $0.debugDescription } ?? "nothing")
        let hops = chain.map(\.absoluteString).joined(separator: " -> ")
        message = redaction.apply("\(Self.reason(kind)): \(statusCode) to \(target) after \(hops)")
    }

    /// `Redirect not followed (kind): message`.
    public var description: String { "Redirect not followed (\(kind)): \(message)" }

    /// The first words of the message for `kind`.
    private static func reason(_ kind: Kind) -> String {
        switch kind {
        case .crossOrigin: "the redirect leaves the server's origin and the redirect policy refuses that"
        case .insecure: "the redirect goes from https to http"
        case .tooManyRedirects: "too many redirects"
        case .bodyNotReplayable: "the request body cannot be sent again for the redirect"
        case .invalidLocation: "the redirect's Location is not an http(s) URL"
        }
    }
}
