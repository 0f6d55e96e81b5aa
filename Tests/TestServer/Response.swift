import Foundation

/// One piece of a chunked response body, sent after waiting `delayBefore`.
public struct StreamChunk: Sendable {
    /// The bytes of the chunk (an empty chunk is skipped: it would end a chunked body).
    public var data: Data
    /// How long to wait before sending this chunk.
    public var delayBefore: Duration

    /// Creates a chunk from bytes.
    public init(_ data: Data, delayBefore: Duration = .zero) {
        self.data = data
        self.delayBefore = delayBefore
    }

    /// Creates a chunk from UTF-8 text.
    public init(_ text: String, delayBefore: Duration = .zero) {
        self.init(Data(text.utf8), delayBefore: delayBefore)
    }
}

/// A response produced by a custom route (``FilesTestServer/setRoute(method:path:handler:)``),
/// by a ``Fault/response(_:)`` or by the Files emulation.
public struct Response: Sendable {
    /// What is sent after the head.
    public struct Body: Sendable {
        enum Storage: Sendable {
            case data(Data)
            case chunks([StreamChunk])
            case pattern(size: Int)
        }

        let storage: Storage

        /// No body (`Content-Length: 0`).
        public static let empty = Body(storage: .data(Data()))
        /// A full body sent with `Content-Length`; large bodies are written in chunks as the
        /// connection drains.
        public static func data(_ data: Data) -> Body { Body(storage: .data(data)) }
        /// A `Transfer-Encoding: chunked` body, one HTTP chunk per element, each sent after its delay.
        public static func chunks(_ chunks: [StreamChunk]) -> Body { Body(storage: .chunks(chunks)) }
        /// `size` bytes of ``GeneratedPattern``, produced on the fly with `Content-Length`.
        public static func pattern(size: Int) -> Body { Body(storage: .pattern(size: size)) }
    }

    /// The status code.
    public var status: Int
    /// Extra headers, in order. `Content-Length` is added for sized bodies unless present.
    public var headers: [(String, String)]
    /// The body.
    public var body: Body

    /// Creates a response.
    public init(status: Int = 200, headers: [(String, String)] = [], body: Body = .empty) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A JSON response from ready-made JSON bytes.
    public static func json(_ json: Data, status: Int = 200, headers: [(String, String)] = []) -> Response {
        Response(status: status, headers: [("Content-Type", "application/json")] + headers, body: .data(json))
    }

    /// A JSON response from JSON text.
    public static func json(_ json: String, status: Int = 200, headers: [(String, String)] = []) -> Response {
        .json(Data(json.utf8), status: status, headers: headers)
    }

    /// A JSON response encoding `value` with `JSONEncoder` (sorted keys).
    public static func json<Value: Encodable>(
        encoding value: Value, status: Int = 200, headers: [(String, String)] = []
    ) -> Response {
        .json(JSONBodies.encode(value), status: status, headers: headers)
    }

    /// A plain-text response.
    public static func text(
        _ text: String, status: Int = 200, contentType: String = "text/plain; charset=utf-8"
    ) -> Response {
        Response(status: status, headers: [("Content-Type", contentType)], body: .data(Data(text.utf8)))
    }

    /// A `{"error":{"code":status,"message":message}}` response.
    public static func error(_ status: Int, message: String) -> Response {
        .json(JSONBodies.error(code: status, message: message), status: status)
    }

    /// A chunked response of the given content type.
    public static func stream(
        _ chunks: [StreamChunk], status: Int = 200, contentType: String, headers: [(String, String)] = []
    ) -> Response {
        Response(status: status, headers: [("Content-Type", contentType)] + headers, body: .chunks(chunks))
    }

    /// A chunked `text/event-stream` response built with ``sseChunks(events:done:delay:)``.
    public static func sse(events: [String], done: Bool = true, delay: Duration = .zero) -> Response {
        .stream(
            sseChunks(events: events, done: done, delay: delay),
            contentType: "text/event-stream",
            headers: [("Cache-Control", "no-cache")]
        )
    }
}

/// Server-sent-event chunks: one chunk per event, `data: <line>` for each line of the event
/// followed by a blank line, then `data: [DONE]` when `done` is true. Each chunk waits `delay`
/// before it is sent.
public func sseChunks(events: [String], done: Bool, delay: Duration = .zero) -> [StreamChunk] {
    var chunks = events.map { event in
        let lines = event.split(separator: "\n", omittingEmptySubsequences: false)
        return StreamChunk(lines.map { "data: \($0)\n" }.joined() + "\n", delayBefore: delay)
    }
    if done { chunks.append(StreamChunk("data: [DONE]\n\n", delayBefore: delay)) }
    return chunks
}
