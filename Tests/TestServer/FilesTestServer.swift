import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// A real HTTP/1.1 server on `127.0.0.1` that emulates the OpenRouter Files API for tests.
///
/// Start one per test (or per test case) with ``start(basePath:defaultPageSize:maxPageSize:maxUploadBytes:keepAlive:)``,
/// point the client at ``baseURL``, and call ``shutdown()`` when done. Every request is recorded
/// (``requests()``); faults can be scripted per request (``enqueue(_:method:path:)``) and extra
/// endpoints added (``setRoute(method:path:handler:)``). Request bodies are parsed as they arrive
/// and large bodies are neither buffered on upload nor on download.
///
/// ```swift
/// let server = try await FilesTestServer.start()
/// server.enqueue(.status(503), method: "GET", path: "/files")
/// server.enqueue(.status(503), method: "GET", path: "/files")
/// // ... a client with baseURL server.baseURL retries GET /files and gets the page ...
/// XCTAssertEqual(server.requestCount(method: "GET", path: "/files"), 3)
/// try await server.shutdown()   // e.g. in tearDown
/// ```
///
/// Requests are served on one event-loop thread; shared state is behind a `Mutex`, so every
/// method here may be called from any thread or task.
public final class FilesTestServer: Sendable {
    /// How many bytes of each request body, multipart part and uploaded file are kept (1 MiB).
    public static let keptBytesLimit = 1024 * 1024

    /// A handler for a custom route.
    public typealias RouteHandler = @Sendable (RecordedRequest) async -> Response

    /// The port the server listens on (picked by the system).
    public let port: Int
    /// `http://127.0.0.1:<port><basePath>`, e.g. `http://127.0.0.1:41234/api/v1`.
    public let baseURL: URL

    let core: ServerCore
    private let group: MultiThreadedEventLoopGroup
    private let channel: any Channel

    private init(core: ServerCore, group: MultiThreadedEventLoopGroup, channel: any Channel, port: Int) {
        self.core = core
        self.group = group
        self.channel = channel
        self.port = port
        self.baseURL = URL(string: "http://127.0.0.1:\(port)\(core.configuration.basePath)")!
    }

    /// Starts a server bound to `127.0.0.1` on a free port.
    ///
    /// - Parameters:
    ///   - basePath: Where the Files API lives (`/files` is under it); paths given to
    ///     ``enqueue(_:method:path:)``, ``setRoute(method:path:handler:)`` and
    ///     ``requestCount(method:path:)`` are relative to it.
    ///   - defaultPageSize: The page size of `GET /files` without `limit`.
    ///   - maxPageSize: The largest accepted `limit` (larger values get 400).
    ///   - maxUploadBytes: Uploads with a larger `file` part get 413 (default 100 MiB).
    ///   - keepAlive: When false, every response says `Connection: close` and its connection is
    ///     closed after it, so each request arrives on a fresh connection. Use this when testing
    ///     ``Fault/closeBeforeResponse``: libcurl (URLSession on Linux) silently resends a request
    ///     whose *reused* connection closed before any response, so the client never sees that error.
    public static func start(
        basePath: String = "/api/v1",
        defaultPageSize: Int = 100,
        maxPageSize: Int = 1000,
        maxUploadBytes: Int = 100 * 1024 * 1024,
        keepAlive: Bool = true
    ) async throws -> FilesTestServer {
        var base = basePath
        while base.hasSuffix("/") { base.removeLast() }
        if !base.isEmpty, !base.hasPrefix("/") { base = "/" + base }
        let core = ServerCore(
            configuration: ServerConfiguration(
                basePath: base, defaultPageSize: defaultPageSize, maxPageSize: maxPageSize,
                maxUploadBytes: maxUploadBytes, keptBytesLimit: keptBytesLimit, keepAlive: keepAlive
            ))
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        do {
            let channel = try await ServerBootstrap(group: group)
                .serverChannelOption(.backlog, value: 256)
                .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
                .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
                .childChannelOption(.writeBufferWaterMark, value: .init(low: 256 * 1024, high: 512 * 1024))
                .childChannelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        let tap = RawOutboundTap()
                        let operations = channel.pipeline.syncOperations
                        try operations.addHandler(tap)
                        try operations.configureHTTPServerPipeline(withErrorHandling: true)
                        try operations.addHandler(HTTPConnectionHandler(core: core, rawTap: tap))
                    }
                }
                .bind(host: "127.0.0.1", port: 0)
                .get()
            guard let port = channel.localAddress?.port else {
                try? await channel.close()
                throw ServerError.noPort
            }
            return FilesTestServer(core: core, group: group, channel: channel, port: port)
        } catch {
            try? await group.shutdownGracefully()
            throw error
        }
    }

    /// Errors of ``start(basePath:defaultPageSize:maxPageSize:maxUploadBytes:keepAlive:)``.
    public enum ServerError: Error {
        /// The bound socket reported no port.
        case noPort
    }

    /// Stops listening, cancels running route handlers, closes all connections and stops the
    /// server's thread. Call it once, at the end of the test.
    public func shutdown() async throws {
        try? await channel.close()
        await core.cancelAndAwaitTasks()
        try await group.shutdownGracefully()
    }

    // MARK: Fault scripting and routes

    /// Queues `fault` for the next request matching `method` and `path` (relative to the base
    /// path, without query; a `*` segment matches any one segment; nil matches anything).
    /// Faults are used once each, first queued first used, before custom routes and emulation.
    public func enqueue(_ fault: Fault, method: String? = nil, path: String? = nil) {
        core.state.withLock { $0.faults.append(fault, matcher: RequestMatcher(method: method, path: path)) }
    }

    /// The number of queued faults not yet used.
    public var pendingFaultCount: Int {
        core.state.withLock { $0.faults.count }
    }

    /// Adds an endpoint (path relative to the base path, `*` matching one segment; method nil
    /// for any). It takes precedence over the Files emulation and over earlier routes, and gets
    /// no authorization check. The handler runs in a task; the response is written when it returns.
    public func setRoute(method: String?, path: String, handler: @escaping RouteHandler) {
        core.state.withLock { $0.routes.append((RequestMatcher(method: method, path: path), handler)) }
    }

    // MARK: Recording

    /// All requests received since start (or the last ``reset()``), in arrival order.
    public func requests() -> [RecordedRequest] {
        core.state.withLock { $0.recorded }
    }

    /// How many recorded requests match `method` and `path` (same matching as ``enqueue(_:method:path:)``).
    public func requestCount(method: String? = nil, path: String? = nil) -> Int {
        let matcher = RequestMatcher(method: method, path: path)
        return core.state.withLock { state in
            state.recorded.count { matcher.matches(method: $0.method, relativePath: $0.relativePath) }
        }
    }

    /// Forgets recorded requests, queued faults, custom routes and stored files. New file ids
    /// keep counting up, so they never repeat within one server.
    public func reset() {
        core.state.withLock { state in
            state.recorded.removeAll()
            state.nextRequestSequence = 0
            state.faults.removeAll()
            state.drops.removeAll()
            state.routes.removeAll()
            state.store.removeAll()
        }
    }

    // MARK: Files

    /// Adds a downloadable file with the given content (as if created server-side); returns its id.
    @discardableResult
    public func addDownloadableFile(
        name: String, content: Data, mimeType: String = "application/octet-stream", workspaceID: String? = nil
    ) -> String {
        core.withStore { store in
            store.add(
                filename: name, mimeType: mimeType, size: content.count, checksum: FNV1a64.hash(content),
                prefix: content.prefix(Self.keptBytesLimit), content: .data(content), downloadable: true,
                workspaceID: workspaceID
            ).id
        }
    }

    /// Adds a downloadable file of `size` bytes of ``GeneratedPattern``, produced on the fly when
    /// downloaded (nothing of that size is held in memory); returns its id.
    @discardableResult
    public func addGeneratedDownloadableFile(
        name: String, size: Int, mimeType: String = "application/octet-stream", workspaceID: String? = nil
    ) -> String {
        let prefix = GeneratedPattern.bytes(count: min(size, Self.keptBytesLimit))
        return core.withStore { store in
            store.add(
                filename: name, mimeType: mimeType, size: size, checksum: nil, prefix: prefix,
                content: .pattern, downloadable: true, workspaceID: workspaceID
            ).id
        }
    }

    /// All stored files of every workspace, in creation order.
    public func storedFiles() -> [StoredFile] {
        core.withStore { $0.files }
    }

    /// The stored file with this id, if any (any workspace).
    public func storedFile(id: String) -> StoredFile? {
        core.withStore { store in store.files.first { $0.id == id } }
    }
}
