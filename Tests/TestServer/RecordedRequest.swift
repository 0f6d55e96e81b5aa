import Foundation

/// One decoded query item, in the order it appeared; repeated names are kept.
public struct QueryItem: Sendable, Equatable, CustomStringConvertible {
    /// The percent-decoded name (`+` read as a space).
    public var name: String
    /// The percent-decoded value, or nil when the item had no `=`.
    public var value: String?

    /// Creates a query item.
    public init(name: String, value: String?) {
        self.name = name
        self.value = value
    }

    /// `name=value` (decoded).
    public var description: String { value.map { "\(name)=\($0)" } ?? name }
}

/// One part of a `multipart/form-data` request body as the server saw it.
public struct RecordedPart: Sendable {
    /// The `name` parameter of the part's `Content-Disposition`, if any.
    public var name: String?
    /// The `filename` (or decoded `filename*`) parameter of `Content-Disposition`, if any.
    public var filename: String?
    /// The part's `Content-Type` header, if any.
    public var contentType: String?
    /// All headers of the part, in order.
    public var headers: HeaderFields
    /// The first ``FilesTestServer/keptBytesLimit`` bytes of the part's content.
    public var content: Data
    /// The full size of the part's content in bytes.
    public var size: Int
    /// FNV-1a 64 of the part's full content (see ``FNV1a64``).
    public var checksum: UInt64

    /// The kept content as UTF-8 text (nil if it is not valid UTF-8).
    public var text: String? { String(data: content, encoding: .utf8) }
}

/// A request received by the server, recorded after its body ended.
public struct RecordedRequest: Sendable {
    /// Position in arrival order (0-based), counted from the last ``FilesTestServer/reset()``.
    public var sequence: Int
    /// The method, e.g. `GET`.
    public var method: String
    /// The request target as sent: path and query, e.g. `/api/v1/files?limit=2`.
    public var uri: String
    /// The path without the query, e.g. `/api/v1/files`.
    public var path: String
    /// ``path`` with the server's base path removed (e.g. `/files`); equal to ``path`` when the
    /// request was outside the base path.
    public var relativePath: String
    /// The raw query string (without `?`), or nil when the target had no `?`.
    public var rawQuery: String?
    /// The decoded query items in order, repeated names kept.
    public var queryItems: [QueryItem]
    /// The request headers, in order.
    public var headers: HeaderFields
    /// The first ``FilesTestServer/keptBytesLimit`` bytes of the body.
    public var body: Data
    /// The full body length in bytes.
    public var bodyLength: Int
    /// FNV-1a 64 of the full body.
    public var bodyChecksum: UInt64
    /// For `multipart/form-data` requests, the parts parsed (nil for other bodies).
    public var parts: [RecordedPart]?
    /// For `multipart/form-data` requests whose body could not be parsed, why.
    public var multipartError: String?
    /// Which request of its connection this was: 1 on a new connection, 2 and up on a kept-alive (reused) one.
    public var connectionRequestNumber: Int = 1

    /// The first value of query item `name`, or nil.
    public func query(_ name: String) -> String? {
        queryItems.first { $0.name == name }?.value
    }

    /// All values of query item `name`, in order (items without a value give `""`).
    public func queryValues(_ name: String) -> [String] {
        queryItems.filter { $0.name == name }.map { $0.value ?? "" }
    }

    /// The first multipart part called `name`, or nil.
    public func part(named name: String) -> RecordedPart? {
        parts?.first { $0.name == name }
    }

    /// The kept body as UTF-8 text (nil if it is not valid UTF-8).
    public var bodyText: String? { String(data: body, encoding: .utf8) }

    /// The kept body decoded with `JSONSerialization` (nil when it is not JSON).
    public var jsonBody: Any? { try? JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed]) }
}

enum QueryParser {
    /// Splits a raw query into decoded items; `+` is read as a space, like form decoding.
    static func parse(_ raw: String?) -> [QueryItem] {
        guard let raw, !raw.isEmpty else { return [] }
        return raw.split(separator: "&", omittingEmptySubsequences: true).map { piece in
            if let equals = piece.firstIndex(of: "=") {
                return QueryItem(
                    name: decode(piece[..<equals]),
                    value: decode(piece[piece.index(after: equals)...])
                )
            }
            return QueryItem(name: decode(piece), value: nil)
        }
    }

    static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
