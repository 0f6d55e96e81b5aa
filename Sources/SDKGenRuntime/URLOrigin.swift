import Foundation

/// The origin of a URL (RFC 6454): scheme, host and port, compared case-insensitively, with the scheme's
/// default port filled in (`http://a` and `http://A:80/x` have the same origin).
struct URLOrigin: Sendable, Hashable, CustomStringConvertible {
    /// The scheme, lower-case (`https`).
    let scheme: String
    /// The host, lower-case (`api.example.com`, `127.0.0.1`).
    let host: String
    /// The port, the scheme's default when the URL names none (`nil` for a scheme without a known default).
    let port: Int?

    /// The origin of `url`, or `nil` when it has no scheme or no host.
    init?(_ url: URL) {
        guard let components = URLComponents(url: url, resolvingAgainstBaseURL: true),
            let scheme = components.scheme?.lowercased(), !scheme.isEmpty,
            let host = components.host?.lowercased(), !host.isEmpty
        else {
            return nil
        }
        self.scheme = scheme
        self.host = host
        self.port = components.port ?? Self.defaultPort(of: scheme)
    }

    /// `scheme://host:port`.
    var description: String {
        "\(scheme)://\(host)" + (port.map { ":\($0)" } ?? "")
    }

    /// The default port of `scheme` (80 for `http`, 443 for `https`), if known.
    static func defaultPort(of scheme: String) -> Int? {
        switch scheme {
        case "http", "ws": 80
        case "https", "wss": 443
        default: nil
        }
    }
}
