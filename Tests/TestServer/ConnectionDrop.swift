import Foundation

/// Scheduled connection drops: the server keeps connections alive across requests (unless started with
/// `keepAlive: false` or asked to close) and, on the Nth request matching a schedule entry, reads that
/// request whole and closes its connection without answering.
struct ConnectionDropSchedule: Sendable {
    /// Each entry's matcher and how many matching requests remain until (and including) the dropped one.
    private var entries: [(matcher: RequestMatcher, remaining: Int)] = []

    /// Drops the connection of the `number`-th (1-based) request that `matcher` accepts from now on.
    mutating func append(number: Int, matcher: RequestMatcher) {
        entries.append((matcher, max(number, 1)))
    }

    /// Counts a request against every entry; true when it is the one to drop (that entry is then used up).
    mutating func count(method: String, relativePath: String) -> Bool {
        var drop = false
        for index in entries.indices where entries[index].matcher.matches(method: method, relativePath: relativePath) {
            entries[index].remaining -= 1
            if entries[index].remaining == 0 { drop = true }
        }
        entries.removeAll { $0.remaining <= 0 }
        return drop
    }

    /// Forgets every entry.
    mutating func removeAll() { entries.removeAll() }
}

extension FilesTestServer {
    /// Closes the connection of the `number`-th request (1-based, counted from now) that matches `method` and
    /// `path`, once its head and body have been read, without writing a byte of response.
    ///
    /// Connections stay alive across requests, so when the client reuses one, that request is the first
    /// on it that finds it closed: the case in which libcurl silently resends a request. A queued
    /// ``Fault`` for the same request is used up but not acted on. ``RecordedRequest/connectionRequestNumber``
    /// tells whether the dropped request came on a reused connection.
    public func dropConnection(onRequest number: Int, method: String? = nil, path: String? = nil) {
        core.state.withLock { $0.drops.append(number: number, matcher: RequestMatcher(method: method, path: path)) }
    }
}
