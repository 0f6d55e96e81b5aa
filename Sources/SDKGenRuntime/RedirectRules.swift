import Foundation

/// The pure decision for one response of a redirect chain (RFC 9110 §15.4), under a ``RedirectPolicy``.
///
/// The request carried from hop to hop keeps its credentials; what is sent for each hop is
/// ``CredentialScope/restrict(_:toOriginOf:fields:)`` of it, so credentials reach only the server's origin.
struct RedirectRules: Sendable {
    /// What to do after a response.
    enum Step {
        /// Not a redirect to follow (not `301`/`302`/`303`/`307`/`308`, or no `Location`): the response is final.
        case final
        /// Follow: the next request (credentials intact; restrict it before sending).
        case follow(HTTPRequest)
        /// Do not follow: the call fails with this error.
        case refuse(RedirectError)
    }

    /// The statuses followed.
    static let redirectStatuses: Set<Int> = [301, 302, 303, 307, 308]

    /// The policy in force.
    let policy: RedirectPolicy
    /// The configured server of the call, whose origin alone gets credentials.
    let server: URL
    /// The fields that carry credentials.
    let fields: CredentialFields
    /// Secrets to mask in messages.
    let redaction: SecretRedaction

    /// The step after `current` (the carried request of the last hop, credentials intact) was answered with
    /// `statusCode` and `headers`; `chain` holds the URLs requested so far, the last one `current`'s.
    func step(after current: HTTPRequest, statusCode: Int, headers: HTTPHeaders, chain: [URL]) -> Step {
        guard Self.redirectStatuses.contains(statusCode),
            let location = headers["Location"]?.trimmingCharacters(in: .whitespaces), !location.isEmpty
        else {
            return .final
        }
        func refusal(_ kind: RedirectError.Kind, _ target: URL?) -> Step {
            let shown = target.map { CredentialScope.removingQueryItems(named: fields.queryNames, from: $0) }
            return .refuse(
                RedirectError(
                    kind: kind, statusCode: statusCode, headers: headers, location: shown, chain: chain,
                    redaction: redaction
                ))
        }
        guard let target = Self.resolve(location, against: current.url) else {
            return refusal(.invalidLocation, nil)
        }
        if current.url.scheme?.lowercased() == "https", target.scheme?.lowercased() == "http" {
            return refusal(.insecure, target)
        }
        if chain.count > policy.maxRedirects {
            return refusal(.tooManyRedirects, target)
        }
        if policy.crossOrigin == .refuse, !CredentialScope.isSameOrigin(target, server) {
            return refusal(.crossOrigin, target)
        }
        var next = current
        next.url = target
        if Self.becomesGet(statusCode: statusCode, method: current.method) {
            next.method = current.method == "HEAD" ? "HEAD" : "GET"
            next.body = .none
            let kept = current.headers.filter { !Self.isContentHeader($0.name) }
            next.headers = HTTPHeaders(kept.map { ($0.name, $0.value) })
        } else if !Self.isReplayable(current) {
            return refusal(.bodyNotReplayable, target)
        }
        return .follow(next)
    }

    /// `location` resolved against `base`, when it gives an absolute `http`/`https` URL with a host.
    /// A `Location` without a fragment keeps none (the client never sends fragments).
    static func resolve(_ location: String, against base: URL) -> URL? {
        guard let url = URL(string: location, relativeTo: base)?.absoluteURL,
            let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = url.host, !host.isEmpty
        else {
            return nil
        }
        return url
    }

    /// Whether the redirect turns the request into a `GET` (or `HEAD`) without a body: `303` always, `301` and
    /// `302` for methods other than `GET` and `HEAD` (as every browser and client does, RFC 9110 §15.4.2-3).
    static func becomesGet(statusCode: Int, method: String) -> Bool {
        switch statusCode {
        case 303: true
        case 301, 302: method != "GET" && method != "HEAD"
        default: false
        }
    }

    /// Whether `request`'s body can be sent again unchanged: none, in memory, or a file still holding exactly
    /// the `Content-Length` it was sent with.
    static func isReplayable(_ request: HTTPRequest) -> Bool {
        switch request.body {
        case .none, .data:
            return true
        case let .file(file):
            guard FileManager.default.isReadableFile(atPath: file.path),
                let size = try? TemporaryFiles.size(of: file)
            else {
                return false
            }
            guard let declared = request.headers["Content-Length"] else { return true }
            return Int64(declared) == size
        case let .stream(body):
            // Read anew from its parts; replayable while every file still has the size it was prepared with.
            do {
                try body.checkFiles()
                return true
            } catch {
                return false
            }
        }
    }

    /// Whether `name` describes the body (`Content-*`, `Transfer-Encoding`), dropped with the body.
    static func isContentHeader(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasPrefix("content-") || lower == "transfer-encoding"
    }
}
