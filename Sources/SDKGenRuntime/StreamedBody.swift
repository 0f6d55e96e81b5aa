import Foundation

/// A request body of known length produced piece by piece while it is sent: bytes in memory and whole files,
/// read from disk as the transport asks for them, without a temporary copy.
///
/// It is a description, not a stream: every attempt asks for a new ``StreamedBodyReader``, so a retried
/// request sends the whole body again, re-reading each file from its start. Each file must still have the
/// size it had when the body was made; a file that changed fails the attempt with ``StreamedBodyError``
/// instead of sending a truncated or overlong body.
public struct StreamedBody: Sendable, Hashable {
    /// One piece of the body.
    public enum Segment: Sendable, Hashable {
        /// Bytes in memory (shared, not copied).
        case data(Data)
        /// The whole file at the URL, which must be `size` bytes long when it is read.
        case file(URL, size: Int64)
    }

    /// The pieces, in order.
    public let segments: [Segment]

    /// Creates a body from its pieces.
    public init(segments: [Segment]) {
        self.segments = segments
    }

    /// The body's length in bytes.
    public var length: Int64 {
        segments.reduce(Int64(0)) { total, segment in
            switch segment {
            case let .data(data): return total + Int64(data.count)
            case let .file(_, size): return total + size
            }
        }
    }

    /// A reader positioned at the start of the body, for one attempt.
    public func makeReader() -> StreamedBodyReader {
        StreamedBodyReader(self)
    }

    /// Fails when a file is missing, unreadable or no longer has its recorded size.
    public func checkFiles() throws(StreamedBodyError) {
        for case let .file(url, size) in segments {
            let actual: Int64
            do {
                actual = try TemporaryFiles.size(of: url)
            } catch {
                throw StreamedBodyError(file: url, expectedSize: size, actualSize: nil)
            }
            if actual != size {
                throw StreamedBodyError(file: url, expectedSize: size, actualSize: actual)
            }
        }
    }

    /// The whole body in memory, for transports that cannot stream (costs the body's length in memory).
    public func collect() throws -> Data {
        var result = Data(capacity: Int(length))
        try forEachChunk { result.append($0) }
        return result
    }

    /// Writes the whole body to a new file at `url` (readable by the owner only), 64 KiB at a time.
    public func write(to url: URL) throws {
        let ownerOnly: [FileAttributeKey: Any] = [.posixPermissions: 0o600]
        guard FileManager.default.createFile(atPath: url.path, contents: nil, attributes: ownerOnly) else {
            throw CocoaError(.fileWriteUnknown)
        }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try forEachChunk { try handle.write(contentsOf: $0) }
    }

    /// Reads the body from its start and hands it to `body` in chunks of up to 64 KiB.
    private func forEachChunk(_ body: (Data) throws -> Void) throws {
        let reader = makeReader()
        defer { reader.close() }
        var buffer = Data(count: 64 * 1024)
        while true {
            let count = try buffer.withUnsafeMutableBytes { (pointer: UnsafeMutableRawBufferPointer) in
                try reader.read(into: pointer.bindMemory(to: UInt8.self).baseAddress!, maxLength: pointer.count)
            }
            if count == 0 { return }
            try body(buffer.prefix(count))
        }
    }
}

/// A file of a ``StreamedBody`` that is missing, unreadable, or whose size changed since the body was made.
public struct StreamedBodyError: Error, Sendable, CustomStringConvertible {
    /// The file.
    public let file: URL
    /// The size recorded when the body was made.
    public let expectedSize: Int64
    /// The size found when it was read; `nil` when the file could not be read at all.
    public let actualSize: Int64?

    /// Creates the error.
    public init(file: URL, expectedSize: Int64, actualSize: Int64?) {
        self.file = file
        self.expectedSize = expectedSize
        self.actualSize = actualSize
    }

    /// What changed, in one sentence.
    public var description: String {
        guard let actualSize else {
            return "the upload file \(file.path.debugDescription) can no longer be read"
        }
        return "the upload file \(file.path.debugDescription) changed size while being sent "
            + "(\(expectedSize) bytes expected, \(actualSize) found)"
    }
}
