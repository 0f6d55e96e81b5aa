import Foundation
import NIOCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// An incremental `multipart/form-data` parser (RFC 7578 / RFC 2046).
///
/// Feed the body in chunks of any size; delimiters may span chunk borders and part content may
/// contain CRLF. Part content is handed out as it arrives (slices of the input, no copies) while
/// only a delimiter's length of bytes is held back.
struct MultipartParser {
    enum Event {
        case partStart(HeaderFields)
        case partData(ByteBuffer)
        case partEnd
        case end
    }

    enum ParseError: Error, CustomStringConvertible {
        case headersTooLarge
        case malformedDelimiter
        case truncated

        var description: String {
            switch self {
            case .headersTooLarge: "part headers larger than 16 KiB"
            case .malformedDelimiter: "boundary delimiter not followed by CRLF or --"
            case .truncated: "body ended before the closing boundary"
            }
        }
    }

    private enum State { case preamble, afterDelimiter, headers, content, epilogue }

    private static let maxHeaderBytes = 16 * 1024
    private static let crlfcrlf: [UInt8] = Array("\r\n\r\n".utf8)
    private let delimiter: [UInt8]
    private var buffer: ByteBuffer
    private var state = State.preamble

    /// Creates a parser for `boundary` (the `boundary` parameter of the Content-Type).
    init(boundary: String) {
        delimiter = Array("\r\n--\(boundary)".utf8)
        buffer = ByteBufferAllocator().buffer(capacity: 4096)
        // A virtual CRLF lets the first delimiter (at the very start of the body) be found like the others.
        buffer.writeStaticString("\r\n")
    }

    /// Parses as much of `chunk` (appended to what is held back) as possible.
    mutating func feed(_ chunk: ByteBuffer) throws(ParseError) -> [Event] {
        if state == .epilogue { return [] }
        var chunk = chunk
        buffer.writeBuffer(&chunk)
        var events: [Event] = []
        while try step(&events) {}
        if buffer.readerIndex > 64 * 1024 { buffer.discardReadBytes() }
        return events
    }

    /// Call at the end of the body: throws unless the closing delimiter was seen.
    func finish() throws(ParseError) {
        if state != .epilogue { throw .truncated }
    }

    /// One parsing step; returns false when more input is needed.
    private mutating func step(_ events: inout [Event]) throws(ParseError) -> Bool {
        switch state {
        case .preamble, .content:
            if let index = Self.find(delimiter, in: buffer) {
                if state == .content {
                    if index > 0 { events.append(.partData(buffer.readSlice(length: index)!)) }
                    events.append(.partEnd)
                } else {
                    buffer.moveReaderIndex(forwardBy: index)
                }
                buffer.moveReaderIndex(forwardBy: delimiter.count)
                state = .afterDelimiter
                return true
            }
            // Everything but a possible delimiter prefix at the end is content (or preamble).
            let safe = buffer.readableBytes - (delimiter.count - 1)
            if safe > 0 {
                if state == .content {
                    events.append(.partData(buffer.readSlice(length: safe)!))
                } else {
                    buffer.moveReaderIndex(forwardBy: safe)
                }
            }
            return false
        case .afterDelimiter:
            let bytes = buffer.readableBytesView
            guard bytes.count >= 2 else { return false }
            if bytes.first == UInt8(ascii: "-"), bytes[bytes.startIndex + 1] == UInt8(ascii: "-") {
                state = .epilogue
                buffer.moveReaderIndex(to: buffer.writerIndex)
                events.append(.end)
                return false
            }
            // Optional transport padding (spaces, tabs), then CRLF.
            var index = bytes.startIndex
            while index < bytes.endIndex, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
            guard bytes.endIndex - index >= 2 else {
                if bytes.count > 1024 { throw .malformedDelimiter }
                return false
            }
            guard bytes[index] == 0x0D, bytes[index + 1] == 0x0A else { throw .malformedDelimiter }
            // Keep the CRLF: the header block is then found as the text before the next CRLFCRLF.
            buffer.moveReaderIndex(forwardBy: index - bytes.startIndex)
            state = .headers
            return true
        case .headers:
            guard let index = Self.find(Self.crlfcrlf, in: buffer) else {
                if buffer.readableBytes > Self.maxHeaderBytes { throw .headersTooLarge }
                return false
            }
            let block = index > 2 ? buffer.getString(at: buffer.readerIndex + 2, length: index - 2) ?? "" : ""
            buffer.moveReaderIndex(forwardBy: index + Self.crlfcrlf.count)
            events.append(.partStart(Self.parseHeaders(block)))
            state = .content
            return true
        case .epilogue:
            buffer.moveReaderIndex(to: buffer.writerIndex)
            return false
        }
    }

    /// The offset of the first occurrence of `needle` in the readable bytes of `buffer`.
    static func find(_ needle: [UInt8], in buffer: ByteBuffer) -> Int? {
        buffer.withUnsafeReadableBytes { haystack -> Int? in
            guard let base = haystack.baseAddress, haystack.count >= needle.count else { return nil }
            return needle.withUnsafeBytes { pattern -> Int? in
                let first = Int32(pattern[0])
                var offset = 0
                let lastStart = haystack.count - needle.count
                while offset <= lastStart {
                    guard let hit = memchr(base + offset, first, lastStart - offset + 1) else { return nil }
                    let position = base.distance(to: UnsafeRawPointer(hit))
                    if memcmp(base + position, pattern.baseAddress!, needle.count) == 0 { return position }
                    offset = position + 1
                }
                return nil
            }
        }
    }

    /// Parses `Name: value` lines (folded continuation lines are joined).
    static func parseHeaders(_ block: String) -> HeaderFields {
        var pairs: [(String, String)] = []
        for line in block.components(separatedBy: "\r\n") where !line.isEmpty {
            if let first = line.first, first == " " || first == "\t", !pairs.isEmpty {
                pairs[pairs.count - 1].1 += " " + line.trimmingCharacters(in: .whitespaces)
                continue
            }
            guard let colon = line.firstIndex(of: ":") else { continue }
            pairs.append(
                (
                    String(line[..<colon]).trimmingCharacters(in: .whitespaces),
                    String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
                ))
        }
        return HeaderFields(pairs)
    }
}
