import Foundation

/// A scripted misbehaviour for one request, queued with ``FilesTestServer/enqueue(_:method:path:)``.
///
/// A fault is taken from the queue when a matching request's head arrives and acted on once its
/// body has been read in full (the request is recorded either way).
public enum Fault: Sendable {
    /// Respond with `status`, the given extra headers and body. `contentType`, when not nil and
    /// not already among `headers`, is sent as `Content-Type`; `Content-Length` is always set.
    case status(Int, headers: [(String, String)] = [], body: Data = Data(), contentType: String? = "application/json")
    /// Wait, then respond normally (custom route or Files emulation).
    case delay(Duration)
    /// Wait, then act on another fault.
    indirect case delayed(Duration, Fault)
    /// Close the connection without writing anything.
    ///
    /// Note: libcurl (URLSession on Linux) resends a request once, on a new connection, when a
    /// *reused* connection closes before any response; the server then records two requests and
    /// the client may see the second one's response. Start the server with `keepAlive: false`
    /// (or send the request on a new connection) to have the client see the error.
    case closeBeforeResponse
    /// Send a response head with `Content-Length: declaredLength`, then `sentBytes` (which should be
    /// shorter), then close the connection.
    case closeMidBody(status: Int, declaredLength: Int, sentBytes: Data)
    /// `200 application/json` whose body is JSON cut off in the middle (with a correct `Content-Length`).
    case truncatedJSON
    /// `200 application/json` whose body is not JSON at all.
    case invalidJSON
    /// Respond with a full ``Response`` (for instance a chunked stream) instead of the normal one.
    case response(Response)
    /// Write these bytes to the socket verbatim (no HTTP framing added), then close the connection.
    case rawResponse(Data)

    /// A JSON error body `{"error":{"code":status,"message":message}}` with that status.
    public static func jsonError(_ status: Int, message: String, headers: [(String, String)] = []) -> Fault {
        .status(status, headers: headers, body: JSONBodies.error(code: status, message: message))
    }

    /// The body sent for ``truncatedJSON``.
    public static let truncatedJSONBody = Data(
        #"{"data":[{"id":"file_trunc","type":"file","filename":"a.txt","mime_"#.utf8)
    /// The body sent for ``invalidJSON``.
    public static let invalidJSONBody = Data("<html><body>502 Bad Gateway</body></html> not json".utf8)
}

/// Matches requests by method and base-relative path; nil matches anything.
///
/// A `*` path segment matches any one segment, so `/files/*/content` matches every download.
struct RequestMatcher: Sendable {
    var method: String?
    var path: String?

    func matches(method requestMethod: String, relativePath: String) -> Bool {
        if let method, method.caseInsensitiveCompare(requestMethod) != .orderedSame { return false }
        guard let path else { return true }
        if !path.contains("*") { return path == relativePath }
        let want = path.split(separator: "/", omittingEmptySubsequences: false)
        let have = relativePath.split(separator: "/", omittingEmptySubsequences: false)
        guard want.count == have.count else { return false }
        return zip(want, have).allSatisfy { $0 == "*" || $0 == $1 }
    }
}

/// FIFO queue of faults, each with its matcher.
struct FaultQueue: Sendable {
    private var entries: [(matcher: RequestMatcher, fault: Fault)] = []

    mutating func append(_ fault: Fault, matcher: RequestMatcher) {
        entries.append((matcher, fault))
    }

    /// Removes and returns the first fault whose matcher accepts the request.
    mutating func take(method: String, relativePath: String) -> Fault? {
        guard
            let index = entries.firstIndex(where: {
                $0.matcher.matches(method: method, relativePath: relativePath)
            })
        else { return nil }
        return entries.remove(at: index).fault
    }

    var count: Int { entries.count }

    mutating func removeAll() { entries.removeAll() }
}
