import Foundation

/// How the client treats `301`, `302`, `303`, `307` and `308` redirects.
///
/// The transport never follows a redirect itself: it returns the `3xx` response and the client decides,
/// hop by hop (RFC 9110 §15.4). A redirect within the configured server's origin (scheme, host and port) is
/// followed with every header; one to another origin is followed without the ``CredentialFields`` (or not
/// at all, with ``CrossOrigin/refuse``); one from `https` to `http` is never followed. `301`/`302` of a
/// method other than `GET`/`HEAD`, and `303`, become a `GET` without a body; `307`/`308` keep the method and
/// replay the body. A redirect is part of one attempt: it is never counted as a retry.
public struct RedirectPolicy: Sendable, Hashable, CustomStringConvertible {
    /// What to do with a redirect to an origin other than the configured server's.
    public enum CrossOrigin: Sendable, Hashable {
        /// Follow it, without `Authorization`, cookies or any other credential field.
        case followWithoutCredentials
        /// Do not follow it: the call fails with a ``RedirectError`` of kind ``RedirectError/Kind/crossOrigin``.
        case refuse
    }

    /// The most redirects one attempt follows; the next one fails with ``RedirectError/Kind/tooManyRedirects``.
    /// `0` follows none: every redirect fails that way.
    public var maxRedirects: Int
    /// What to do with a redirect to another origin.
    public var crossOrigin: CrossOrigin

    /// Creates a policy; the defaults follow up to 10 redirects, cross-origin ones without credentials.
    public init(maxRedirects: Int = 10, crossOrigin: CrossOrigin = .followWithoutCredentials) {
        self.maxRedirects = max(0, maxRedirects)
        self.crossOrigin = crossOrigin
    }

    /// Up to 10 redirects; cross-origin ones followed without credentials.
    public static let standard = RedirectPolicy()
    /// Up to 10 redirects within the configured server's origin; a redirect anywhere else is an error.
    public static let sameOriginOnly = RedirectPolicy(crossOrigin: .refuse)
    /// No redirect is followed: each one is a ``RedirectError`` (of kind ``RedirectError/Kind/tooManyRedirects``).
    public static let never = RedirectPolicy(maxRedirects: 0, crossOrigin: .refuse)

    /// `RedirectPolicy(maxRedirects: 10, crossOrigin: followWithoutCredentials)`.
    public var description: String { "RedirectPolicy(maxRedirects: \(maxRedirects), crossOrigin: \(crossOrigin))" }
}
