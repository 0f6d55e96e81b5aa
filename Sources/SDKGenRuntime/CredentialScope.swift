import Foundation

/// The one rule for credentials on a URL the client did not get from the caller (a redirect's `Location`,
/// a next-page URL, the `Location` of a created resource...): they are sent only to the configured server's
/// origin. Every code path that requests such a URL must send ``restrict(_:toOriginOf:fields:)``'s result.
public enum CredentialScope {
    /// Whether `url` and `server` have the same origin (scheme, host and port); `false` if either has none.
    public static func isSameOrigin(_ url: URL, _ server: URL) -> Bool {
        guard let origin = URLOrigin(url), let serverOrigin = URLOrigin(server) else { return false }
        return origin == serverOrigin
    }

    /// `request` unchanged when its URL has the origin of `server`; otherwise without any credential header
    /// of `fields` and without any credential query parameter of `fields` in its URL.
    public static func restrict(
        _ request: HTTPRequest,
        toOriginOf server: URL,
        fields: CredentialFields
    ) -> HTTPRequest {
        if isSameOrigin(request.url, server) {
            return request
        }
        var restricted = request
        let kept = request.headers.filter { !fields.isCredentialHeader($0.name) }
        restricted.headers = HTTPHeaders(kept.map { ($0.name, $0.value) })
        restricted.url = removingQueryItems(named: fields.queryNames, from: request.url)
        return restricted
    }

    /// `url` without the query items called one of `names` (the rest kept as they were encoded).
    static func removingQueryItems(named names: [String], from url: URL) -> URL {
        guard !names.isEmpty,
            var components = URLComponents(url: url, resolvingAgainstBaseURL: true),
            let items = components.percentEncodedQueryItems
        else {
            return url
        }
        let kept = items.filter { item in
            let name = item.name.removingPercentEncoding ?? item.name
            return !names.contains(name)
        }
        guard kept.count != items.count else { return url }
        components.percentEncodedQueryItems = kept.isEmpty ? nil : kept
        return components.url ?? url
    }
}
