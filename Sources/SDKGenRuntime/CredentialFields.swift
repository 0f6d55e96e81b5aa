import Foundation

/// The request fields that carry credentials: removed from every request to an origin other than the
/// configured server's (see ``CredentialScope``).
///
/// Always includes `Authorization`, `Proxy-Authorization`, `Cookie` and `Cookie2`; a generated client adds the
/// header and query parameter names of the API-key security schemes its document declares.
public struct CredentialFields: Sendable, Hashable, CustomStringConvertible {
    /// The header names that always carry credentials.
    public static let standardHeaderNames = ["Authorization", "Proxy-Authorization", "Cookie", "Cookie2"]

    /// The credential header names (compared case-insensitively), the standard ones first.
    public let headerNames: [String]
    /// The credential query parameter names (compared exactly, as query names are case-sensitive).
    public let queryNames: [String]

    /// Creates the fields: the standard headers, plus `headerNames` and `queryNames`.
    public init(headerNames: [String] = [], queryNames: [String] = []) {
        var headers = Self.standardHeaderNames
        for name in headerNames where !headers.contains(where: { $0.caseInsensitiveCompare(name) == .orderedSame }) {
            headers.append(name)
        }
        self.headerNames = headers
        var queries: [String] = []
        for name in queryNames where !queries.contains(name) {
            queries.append(name)
        }
        self.queryNames = queries
    }

    /// Whether the header `name` carries credentials.
    public func isCredentialHeader(_ name: String) -> Bool {
        headerNames.contains { $0.caseInsensitiveCompare(name) == .orderedSame }
    }

    /// `CredentialFields(headers: [...], query: [...])`.
    public var description: String { "CredentialFields(headers: \(headerNames), query: \(queryNames))" }
}
