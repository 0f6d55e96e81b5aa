import Foundation

/// Where the client's credential (``CoreConfiguration/bearerToken``) goes on every request, as the document's
/// security scheme says.
public enum CredentialPlacement: Sendable, Hashable, CustomStringConvertible {
    /// `Authorization: Bearer <credential>` (an HTTP bearer scheme, OAuth 2 or OpenID Connect access token).
    case bearer
    /// `Authorization: Basic <Base64 of the credential>`; the credential is `user-id:password`.
    case basic
    /// A header of this name with the credential as its value (an API-key scheme `in: header`).
    case header(String)
    /// A query parameter of this name (an API-key scheme `in: query`).
    case query(String)
    /// A cookie of this name (an API-key scheme `in: cookie`).
    case cookie(String)

    /// `bearer`, `basic`, `header(X-API-Key)`, `query(api_key)` or `cookie(session)`.
    public var description: String {
        switch self {
        case .bearer: "bearer"
        case .basic: "basic"
        case .header(let name): "header(\(name))"
        case .query(let name): "query(\(name))"
        case .cookie(let name): "cookie(\(name))"
        }
    }

    /// The texts that reveal `credential` once it is placed: the credential itself and its encoded form on the
    /// wire, all masked in logs and error descriptions.
    func secrets(of credential: String) -> [String] {
        switch self {
        case .bearer, .header: [credential]
        case .basic: [credential, Self.basicValue(credential)]
        case .query: [credential, PercentEncoding.queryComponent(credential)]
        case .cookie: [credential, PercentEncoding.cookie(credential)]
        }
    }

    /// `headers` and `url` with `credential` placed; a query parameter of the same name is replaced.
    func place(_ credential: String, headers: inout HTTPHeaders, url: inout URL) {
        switch self {
        case .bearer:
            headers["Authorization"] = "Bearer \(credential)"
        case .basic:
            headers["Authorization"] = "Basic \(Self.basicValue(credential))"
        case .header(let name):
            headers[name] = credential
        case .cookie(let name):
            let pair = "\(PercentEncoding.cookie(name))=\(PercentEncoding.cookie(credential))"
            if let existing = headers["Cookie"], !existing.isEmpty {
                headers["Cookie"] = "\(existing); \(pair)"
            } else {
                headers["Cookie"] = pair
            }
        case .query(let name):
            url = Self.replacingQueryItem(named: name, with: credential, in: url)
        }
    }

    /// The Base64 form of `credential` that `Authorization: Basic` carries.
    private static func basicValue(_ credential: String) -> String {
        Data(credential.utf8).base64EncodedString()
    }

    /// `url` whose query parameters named `name` are replaced by one with `value`, last.
    private static func replacingQueryItem(named name: String, with value: String, in url: URL) -> URL {
        let kept = CredentialScope.removingQueryItems(named: [name], from: url)
        guard var components = URLComponents(url: kept, resolvingAgainstBaseURL: true) else { return url }
        let piece = "\(PercentEncoding.queryComponent(name))=\(PercentEncoding.queryComponent(value))"
        let existing = components.percentEncodedQuery ?? ""
        components.percentEncodedQuery = existing.isEmpty ? piece : existing + "&" + piece
        return components.url ?? url
    }
}
