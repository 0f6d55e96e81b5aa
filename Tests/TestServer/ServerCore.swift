import Foundation
import Synchronization

/// Settings fixed when a server starts.
struct ServerConfiguration: Sendable {
    var basePath: String
    var defaultPageSize: Int
    var maxPageSize: Int
    var maxUploadBytes: Int
    var keptBytesLimit: Int
    var keepAlive: Bool
}

/// The state shared between the public API (any thread) and the connection handlers (event loop),
/// all behind one mutex. Every lock is held only for short, non-blocking work.
final class ServerCore: Sendable {
    typealias RouteHandler = @Sendable (RecordedRequest) async -> Response

    struct State: Sendable {
        var store = FileStore()
        var faults = FaultQueue()
        var drops = ConnectionDropSchedule()
        var routes: [(matcher: RequestMatcher, handler: RouteHandler)] = []
        var recorded: [RecordedRequest] = []
        var nextRequestSequence = 0
        var nextTaskID = 0
        var tasks: [Int: Task<Void, Never>] = [:]
        var shuttingDown = false
    }

    let configuration: ServerConfiguration
    let state = Mutex(State())

    init(configuration: ServerConfiguration) {
        self.configuration = configuration
    }

    /// `path` without the base path (`/api/v1/files` → `/files`), or `path` itself when outside it.
    func relativePath(_ path: String) -> String {
        let base = configuration.basePath
        if base.isEmpty || base == "/" { return path }
        if path == base { return "/" }
        if path.hasPrefix(base + "/") { return String(path.dropFirst(base.count)) }
        return path
    }

    func takeFault(method: String, relativePath: String) -> Fault? {
        state.withLock { state in
            let dropped = state.drops.count(method: method, relativePath: relativePath)
            let fault = state.faults.take(method: method, relativePath: relativePath)
            return dropped ? .closeBeforeResponse : fault
        }
    }

    /// The most recently set route that matches, if any.
    func route(method: String, relativePath: String) -> RouteHandler? {
        state.withLock { state in
            state.routes.last { $0.matcher.matches(method: method, relativePath: relativePath) }?.handler
        }
    }

    /// Stores a finished request, giving it the next sequence number.
    func record(_ build: (Int) -> RecordedRequest) -> RecordedRequest {
        state.withLock { state in
            let request = build(state.nextRequestSequence)
            state.nextRequestSequence += 1
            state.recorded.append(request)
            return request
        }
    }

    func withStore<Result>(_ body: (inout FileStore) -> Result) -> Result {
        state.withLock { body(&$0.store) }
    }

    /// Runs a route handler in a tracked task, so that shutdown can cancel and await it.
    /// Returns false (and runs nothing) once shutdown has begun.
    func startTask(_ operation: @escaping @Sendable () async -> Void) -> Bool {
        state.withLock { state in
            if state.shuttingDown { return false }
            let id = state.nextTaskID
            state.nextTaskID += 1
            state.tasks[id] = Task {
                await operation()
                self.state.withLock { _ = $0.tasks.removeValue(forKey: id) }
            }
            return true
        }
    }

    /// Refuses new route tasks, cancels the running ones and waits for them to end.
    func cancelAndAwaitTasks() async {
        state.withLock { $0.shuttingDown = true }
        while true {
            let tasks = state.withLock { Array($0.tasks.values) }
            if tasks.isEmpty { return }
            for task in tasks { task.cancel() }
            for task in tasks { await task.value }
        }
    }
}
