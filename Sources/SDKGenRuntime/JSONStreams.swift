import Foundation

/// How the values of a streamed JSON body are separated.
public enum JSONStreamFraming: Sendable, Hashable {
    /// JSON Lines and NDJSON (`application/jsonl`, `application/x-ndjson`): one value per line, lines ending with
    /// LF or CRLF; blank lines are skipped.
    case lines
    /// JSON text sequences (RFC 7464, `application/json-seq`): each value follows a record separator (0x1E);
    /// whitespace around it (its closing LF) is ignored, empty records are skipped.
    case recordSeparated
}

/// Splits a byte stream into the bytes of each JSON value, as they complete.
struct JSONStreamSplitter {
    /// The framing of the stream.
    let framing: JSONStreamFraming
    /// Bytes of the value not yet ended.
    private var pending: [UInt8] = []
    /// Whether the start of the stream (for the byte order mark) is still ahead.
    private var atStart = true

    /// A splitter for `framing`.
    init(framing: JSONStreamFraming) {
        self.framing = framing
    }

    /// The byte that ends a value: LF for lines, the record separator for sequences.
    private var separator: UInt8 { framing == .lines ? 0x0A : 0x1E }

    /// Feeds bytes, returning the values they complete.
    mutating func push(_ bytes: Data) -> [Data] {
        var values: [Data] = []
        for byte in bytes {
            if byte == separator {
                finishValue(into: &values)
            } else {
                pending.append(byte)
            }
        }
        return values
    }

    /// Ends the stream, returning the value left without its separator, if any.
    mutating func finish() -> [Data] {
        var values: [Data] = []
        finishValue(into: &values)
        return values
    }

    /// Ends the current value: trimmed of whitespace, skipped when nothing is left.
    private mutating func finishValue(into values: inout [Data]) {
        var bytes = pending[...]
        pending.removeAll(keepingCapacity: true)
        if atStart, !bytes.isEmpty || framing == .recordSeparated {
            atStart = false
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        }
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }),
            let last = bytes.lastIndex(where: { !isSpace($0) })
        else { return }
        values.append(Data(bytes[first...last]))
    }
}

/// Decodes a streamed JSON body (JSON Lines, NDJSON or a JSON text sequence) into `Element` values as they arrive.
public struct JSONStreamSequence<Element: Decodable & Sendable, Failure: Error>: AsyncSequence, Sendable {
    /// The raw body.
    private let bytes: AsyncThrowingStream<Data, any Error>
    /// How values are separated.
    private let framing: JSONStreamFraming
    /// Maps a stream or decoding failure to `Failure`.
    private let mapError: @Sendable (any Error) -> Failure

    /// Creates the sequence over a body stream. `mapError` receives ``TransportError``s from the stream and
    /// `DecodingError`s from values that are not a valid `Element`.
    public init(
        bytes: AsyncThrowingStream<Data, any Error>,
        framing: JSONStreamFraming,
        mapError: @escaping @Sendable (any Error) -> Failure
    ) {
        self.bytes = bytes
        self.framing = framing
        self.mapError = mapError
    }

    /// Iterates the values.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(bytes: bytes.makeAsyncIterator(), framing: framing, mapError: mapError)
    }

    /// Reads and decodes values on demand.
    public struct AsyncIterator: AsyncIteratorProtocol {
        /// The body iterator.
        private var bytes: AsyncThrowingStream<Data, any Error>.AsyncIterator
        /// Maps failures.
        private let mapError: @Sendable (any Error) -> Failure
        /// Splits bytes into values.
        private var splitter: JSONStreamSplitter
        /// Split values not yet returned.
        private var pending: [Data] = []
        /// Whether the body is over.
        private var finished = false
        /// Decodes values.
        private let decoder = JSONCoding.makeDecoder()

        /// Starts reading `bytes`.
        init(
            bytes: AsyncThrowingStream<Data, any Error>.AsyncIterator,
            framing: JSONStreamFraming,
            mapError: @escaping @Sendable (any Error) -> Failure
        ) {
            self.bytes = bytes
            self.splitter = JSONStreamSplitter(framing: framing)
            self.mapError = mapError
        }

        /// The next value, or `nil` at the end of the body.
        public mutating func next() async throws(Failure) -> Element? {
            try await next(isolation: nil)
        }

        /// The next value, or `nil` at the end of the body.
        public mutating func next(isolation actor: isolated (any Actor)?) async throws(Failure) -> Element? {
            while true {
                if !pending.isEmpty {
                    let value = pending.removeFirst()
                    do {
                        return try decoder.decode(Element.self, from: value)
                    } catch {
                        finished = true
                        pending = []
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
                    pending = splitter.push(chunk)
                } else {
                    finished = true
                    pending = splitter.finish()
                }
            }
        }
    }
}
