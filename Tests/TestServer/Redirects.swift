import Foundation

extension Fault {
    /// A redirect: `status` (`301`, `302`, `303`, `307`, `308`...) with `Location: location` and an empty body.
    public static func redirect(_ status: Int, to location: String) -> Fault {
        .status(status, headers: [("Location", location)], body: Data(), contentType: nil)
    }
}

extension Response {
    /// A redirect response: `status` with `Location: location` and an empty body (for custom routes).
    public static func redirect(_ status: Int, to location: String) -> Response {
        Response(status: status, headers: [("Location", location)])
    }
}

extension FilesTestServer {
    /// `http://127.0.0.1:<port>` followed by `path` (absolute on this server, outside the base path unless it
    /// starts with it): a URL of this server's origin, for `Location` headers.
    public func absoluteURL(_ path: String) -> String {
        "http://127.0.0.1:\(port)\(path)"
    }

    /// The recorded requests whose header values, target or kept body contain `secret` anywhere.
    public func requests(containing secret: String) -> [RecordedRequest] {
        requests().filter { request in
            request.uri.contains(secret)
                || request.headers.contains { $0.value.contains(secret) }
                || String(decoding: request.body, as: UTF8.self).contains(secret)
        }
    }
}
