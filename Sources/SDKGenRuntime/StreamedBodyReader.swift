import Foundation

/// Reads a ``StreamedBody`` from its start, one buffer at a time: bytes in memory are copied out, files are
/// read straight into the caller's buffer with `read(2)`. One reader serves one attempt; it is not thread-safe.
///
/// A file is opened when the reader reaches it and closed when it is done; its size is checked when it is
/// opened and again at its end, so a file that shrank or grew fails with ``StreamedBodyError`` and the
/// body is never completed with the wrong bytes.
public final class StreamedBodyReader {
    /// The body being read.
    private let body: StreamedBody
    /// The index of the current segment.
    private var index = 0
    /// How many bytes of the current segment have been read.
    private var offset: Int64 = 0
    /// The open file of the current segment, or -1.
    private var descriptor: Int32 = -1
    /// The first failure; every later read repeats it.
    private var failure: StreamedBodyError?

    /// A reader at the start of `body`.
    init(_ body: StreamedBody) {
        self.body = body
    }

    deinit {
        close()
    }

    /// Whether every byte has been read.
    public var isAtEnd: Bool { failure == nil && index >= body.segments.count }

    /// The failure that stopped the reader, if any.
    public var error: StreamedBodyError? { failure }

    /// Copies up to `maxLength` next bytes into `buffer`; returns how many, 0 only at the end of the body.
    public func read(into buffer: UnsafeMutablePointer<UInt8>, maxLength: Int) throws(StreamedBodyError) -> Int {
        if let failure { throw failure }
        while index < body.segments.count, maxLength > 0 {
            let count: Int
            switch body.segments[index] {
            case let .data(data):
                count = copy(data, into: buffer, maxLength: maxLength)
            case let .file(url, size):
                count = try readFile(url, size: size, into: buffer, maxLength: maxLength)
            }
            if count > 0 { return count }
            closeFile()
            index += 1
            offset = 0
        }
        return 0
    }

    /// Closes the open file, if any. Further reads continue with a new file when the reader reaches one.
    public func close() {
        closeFile()
    }

    /// Copies the next bytes of an in-memory segment; 0 once it is exhausted.
    private func copy(_ data: Data, into buffer: UnsafeMutablePointer<UInt8>, maxLength: Int) -> Int {
        let start = Int(offset)
        let count = min(maxLength, data.count - start)
        guard count > 0 else { return 0 }
        data.withUnsafeBytes { bytes in
            UnsafeMutableRawPointer(buffer).copyMemory(from: bytes.baseAddress! + start, byteCount: count)
        }
        offset += Int64(count)
        return count
    }

    /// Reads the next bytes of a file segment; 0 once exactly `size` bytes were read and the file ends there.
    private func readFile(
        _ url: URL, size: Int64, into buffer: UnsafeMutablePointer<UInt8>, maxLength: Int
    ) throws(StreamedBodyError) -> Int {
        if descriptor < 0 {
            descriptor = url.withUnsafeFileSystemRepresentation { path in path.map { open($0, O_RDONLY) } ?? -1 }
            guard descriptor >= 0 else { return try fail(url, size, actual: nil) }
            guard currentFileSize() == size else { return try fail(url, size, actual: currentFileSize()) }
        }
        let wanted = Int(min(Int64(maxLength), size - offset))
        guard wanted > 0 else {
            // The recorded size is reached: the file must end here too.
            var probe: UInt8 = 0
            let extra = Foundation.read(descriptor, &probe, 1)
            if extra != 0 { return try fail(url, size, actual: extra < 0 ? nil : currentFileSize()) }
            return 0
        }
        var count: Int
        repeat {
            count = Foundation.read(descriptor, buffer, wanted)
        } while count < 0 && errno == EINTR
        guard count > 0 else { return try fail(url, size, actual: count < 0 ? nil : offset) }
        offset += Int64(count)
        return count
    }

    /// The size of the open file, or -1.
    private func currentFileSize() -> Int64 {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return -1 }
        return Int64(info.st_size)
    }

    /// Records and throws the failure of a file segment.
    private func fail(_ url: URL, _ size: Int64, actual: Int64?) throws(StreamedBodyError) -> Int {
        closeFile()
        let error = StreamedBodyError(file: url, expectedSize: size, actualSize: actual)
        failure = error
        throw error
    }

    /// Closes the current file, if open.
    private func closeFile() {
        if descriptor >= 0 {
            _ = Foundation.close(descriptor)
            descriptor = -1
        }
    }
}
