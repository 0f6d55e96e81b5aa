import Foundation

/// One server-sent event.
public struct ServerSentEvent: Sendable, Hashable {
    /// The `event:` field (the event type), if any.
    public var event: String?
    /// The `data:` lines, joined with newlines.
    public var data: String
    /// The last `id:` seen in the stream so far, if any.
    public var id: String?
    /// The `retry:` field (reconnection time in milliseconds), if any.
    public var retry: Int?

    /// Creates an event.
    public init(event: String? = nil, data: String, id: String? = nil, retry: Int? = nil) {
        self.event = event
        self.data = data
        self.id = id
        self.retry = retry
    }
}

/// Splits a byte stream into server-sent events (WHATWG HTML "event stream interpretation"):
/// lines end with CRLF, LF or CR; `:` lines are comments; a blank line dispatches the event.
/// Unlike the specification, an event left without its blank line at the end of the stream is dispatched.
struct ServerSentEventParser {
    /// Bytes of the current, unfinished line.
    private var line: [UInt8] = []
    /// Whether the previous chunk ended with CR (so a leading LF belongs to it).
    private var pendingCR = false
    /// Whether the start of the stream (for the byte order mark) is still ahead.
    private var atStart = true
    /// The data buffer of the event being read.
    private var data = ""
    /// Whether any data line was read for the event.
    private var hasData = false
    /// The event type being read.
    private var eventType: String?
    /// The retry field being read.
    private var retry: Int?
    /// The last event ID (kept across events).
    private var lastEventID: String?

    /// Feeds bytes, returning the events they complete.
    mutating func push(_ bytes: Data) -> [ServerSentEvent] {
        var events: [ServerSentEvent] = []
        for byte in bytes {
            if pendingCR {
                pendingCR = false
                if byte == 0x0A { continue }
            }
            switch byte {
            case 0x0D:
                pendingCR = true
                finishLine(into: &events)
            case 0x0A:
                finishLine(into: &events)
            default:
                line.append(byte)
            }
        }
        return events
    }

    /// Ends the stream, returning the event left pending, if any.
    mutating func finish() -> [ServerSentEvent] {
        var events: [ServerSentEvent] = []
        if !line.isEmpty {
            finishLine(into: &events)
        }
        finishLine(into: &events)
        return events
    }

    /// Processes the current line.
    private mutating func finishLine(into events: inout [ServerSentEvent]) {
        var bytes = line[...]
        line.removeAll(keepingCapacity: true)
        if atStart {
            atStart = false
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
                bytes = bytes.dropFirst(3)
            }
        }
        if bytes.isEmpty {
            dispatch(into: &events)
            return
        }
        let text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix(":") { return }
        let field: Substring
        var value: Substring
        if let colon = text.firstIndex(of: ":") {
            field = text[..<colon]
            value = text[text.index(after: colon)...]
            if value.hasPrefix(" ") { value = value.dropFirst() }
        } else {
            field = text[...]
            value = ""
        }
        switch field {
        case "event":
            eventType = String(value)
        case "data":
            data += value + "\n"
            hasData = true
        case "id":
            if !value.contains("\u{0}") { lastEventID = String(value) }
        case "retry":
            if !value.isEmpty, value.allSatisfy({ $0.isASCII && $0.isNumber }) { retry = Int(value) }
        default:
            break
        }
    }

    /// Emits the event being read (if it has data) and resets for the next one.
    private mutating func dispatch(into events: inout [ServerSentEvent]) {
        defer {
            data = ""
            hasData = false
            eventType = nil
            retry = nil
        }
        guard hasData else { return }
        if data.hasSuffix("\n") { data.removeLast() }
        events.append(ServerSentEvent(event: eventType, data: data, id: lastEventID, retry: retry))
    }
}

/// Decodes a `text/event-stream` body into `Event` values: each event's data is decoded as JSON.
/// Events without data are skipped; the stream ends at `data: [DONE]` (or the configured terminator).
public struct ServerSentEventSequence<Event: Decodable & Sendable, Failure: Error>: AsyncSequence, Sendable {
    /// An event.
    public typealias Element = Event

    /// The raw body.
    private let bytes: AsyncThrowingStream<Data, any Error>
    /// Maps a stream or decoding failure to `Failure`.
    private let mapError: @Sendable (any Error) -> Failure
    /// The data that ends the stream.
    private let terminator: String?
    /// Each event's data is the element itself (text events), not JSON to decode.
    private let yieldsText: Bool

    /// Creates the sequence over a body stream. `mapError` receives ``TransportError``s from the
    /// stream and `DecodingError`s from events whose data is not a valid `Event`.
    public init(
        bytes: AsyncThrowingStream<Data, any Error>,
        terminator: String? = "[DONE]",
        mapError: @escaping @Sendable (any Error) -> Failure
    ) {
        self.bytes = bytes
        self.terminator = terminator
        self.mapError = mapError
        self.yieldsText = false
    }

    /// A sequence of each event's data as text, for streams whose data is not JSON.
    public init(
        textOf bytes: AsyncThrowingStream<Data, any Error>,
        terminator: String? = "[DONE]",
        mapError: @escaping @Sendable (any Error) -> Failure
    ) where Event == String {
        self.bytes = bytes
        self.terminator = terminator
        self.mapError = mapError
        self.yieldsText = true
    }

    /// Iterates the events.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(
            bytes: bytes.makeAsyncIterator(), terminator: terminator, yieldsText: yieldsText, mapError: mapError)
    }

    /// Reads and decodes events on demand.
    public struct AsyncIterator: AsyncIteratorProtocol {
        /// The body iterator.
        private var bytes: AsyncThrowingStream<Data, any Error>.AsyncIterator
        /// The data that ends the stream.
        private let terminator: String?
        /// Each event's data is the element itself.
        private let yieldsText: Bool
        /// Maps failures.
        private let mapError: @Sendable (any Error) -> Failure
        /// Splits bytes into events.
        private var parser = ServerSentEventParser()
        /// Parsed events not yet returned.
        private var pending: [ServerSentEvent] = []
        /// Whether the stream is over.
        private var finished = false
        /// Decodes event data.
        private let decoder = JSONCoding.makeDecoder()

        /// Starts reading `bytes`.
        init(
            bytes: AsyncThrowingStream<Data, any Error>.AsyncIterator,
            terminator: String?,
            yieldsText: Bool,
            mapError: @escaping @Sendable (any Error) -> Failure
        ) {
            self.bytes = bytes
            self.terminator = terminator
            self.yieldsText = yieldsText
            self.mapError = mapError
        }

        /// The next event, or `nil` at the end of the stream.
        public mutating func next() async throws(Failure) -> Event? {
            try await next(isolation: nil)
        }

        /// The next event, or `nil` at the end of the stream.
        public mutating func next(isolation actor: isolated (any Actor)?) async throws(Failure) -> Event? {
            while true {
                if !pending.isEmpty {
                    let event = pending.removeFirst()
                    if let terminator, event.data == terminator {
                        finished = true
                        pending = []
                        return nil
                    }
                    if yieldsText, let text = event.data as? Event { return text }
                    if event.data.allSatisfy(\.isWhitespace) { continue }
                    do {
                        return try decoder.decode(Event.self, from: Data(event.data.utf8))
                    } catch {
                        throw mapError(error)
                    }
                }
                if finished { return nil }
                let chunk: Data?
                do {
                    chunk = try await bytes.next(isolation: actor)
                } catch {
                    finished = true
                    throw mapError(error)
                }
                if let chunk {
                    pending = parser.push(chunk)
                } else {
                    finished = true
                    pending = parser.finish()
                }
            }
        }
    }
}
