import Foundation
#if canImport(FoundationNetworking)
    import FoundationNetworking

    /// A ``StreamedBody`` as the `httpBodyStream` of a `URLRequest` (FoundationNetworking on Linux).
    ///
    /// FoundationNetworking pulls the body from its own queue, one buffer per libcurl read callback, and
    /// takes `hasBytesAvailable == false` (or a 0-byte read) for the end of the body. A bound stream pair fed by
    /// another task would therefore be cut short whenever the reader outruns the writer; this stream instead
    /// produces every byte synchronously when asked (files are read with `read(2)` straight into the buffer), so
    /// it only ends at the true end of the body. A failure (a file that changed size) makes `read` return -1,
    /// which aborts the transfer: the body is never sent short.
    final class StreamedBodyInputStream: InputStream {
        /// The reader of this attempt.
        let reader: StreamedBodyReader
        /// The stream's status.
        private var status: Stream.Status = .notOpen

        /// A stream over `body`, positioned at its start.
        init(_ body: StreamedBody) {
            reader = body.makeReader()
            super.init(data: Data())
        }

        /// Opens the stream.
        override func open() {
            status = .open
        }

        /// Closes the stream and its open file.
        override func close() {
            reader.close()
            status = .closed
        }

        /// The stream's status.
        override var streamStatus: Stream.Status { status }

        /// The reader's failure, if any.
        override var streamError: (any Error)? { reader.error }

        /// True until the end of the body has been read (and after a failure, so that `read` reports it).
        override var hasBytesAvailable: Bool { status == .open && !reader.isAtEnd }

        /// Copies the next bytes into `buffer`: their count, 0 at the end, -1 on a failure.
        override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength len: Int) -> Int {
            do {
                let count = try reader.read(into: buffer, maxLength: len)
                if count == 0 { status = .atEnd }
                return count
            } catch {
                status = .error
                return -1
            }
        }

        /// No internal buffer to expose.
        override func getBuffer(
            _ buffer: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>, length len: UnsafeMutablePointer<Int>
        ) -> Bool {
            false
        }
    }
#endif
