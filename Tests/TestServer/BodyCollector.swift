import Foundation
import NIOCore

/// Keeps the first `limit` bytes of a stream plus its total size and FNV-1a 64 checksum.
struct BoundedAccumulator {
    let limit: Int
    private(set) var kept = Data()
    private(set) var size = 0
    private var hasher = FNV1a64()

    init(limit: Int) {
        self.limit = limit
    }

    mutating func append(_ buffer: ByteBuffer) {
        buffer.withUnsafeReadableBytes { bytes in
            hasher.update(bytes)
            if kept.count < limit {
                kept.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes.prefix(limit - kept.count)))
            }
        }
        size += buffer.readableBytes
    }

    var checksum: UInt64 { hasher.value }
}

/// Consumes one request body chunk by chunk: keeps a bounded prefix, size and checksum of the
/// whole body and, for `multipart/form-data`, the same for every part, without buffering the body.
struct BodyCollector {
    private var body: BoundedAccumulator
    private var parser: MultipartParser?
    private var parts: [RecordedPart] = []
    private var currentHeaders: HeaderFields?
    private var currentContent: BoundedAccumulator
    private var multipartError: String?
    private let limit: Int

    init(contentType: String?, limit: Int) {
        self.limit = limit
        body = BoundedAccumulator(limit: limit)
        currentContent = BoundedAccumulator(limit: limit)
        if let contentType, HeaderParameters.mainValue(contentType) == "multipart/form-data" {
            if let boundary = HeaderParameters.parameters(contentType)["boundary"], !boundary.isEmpty {
                parser = MultipartParser(boundary: boundary)
            } else {
                multipartError = "multipart/form-data without a boundary"
            }
        }
    }

    /// Whether the request announced a multipart body.
    var isMultipart: Bool { parser != nil || multipartError != nil }

    mutating func append(_ chunk: ByteBuffer) {
        body.append(chunk)
        guard multipartError == nil, parser != nil else { return }
        do {
            for event in try parser!.feed(chunk) { handle(event) }
        } catch {
            multipartError = error.description
        }
    }

    private mutating func handle(_ event: MultipartParser.Event) {
        switch event {
        case .partStart(let headers):
            currentHeaders = headers
            currentContent = BoundedAccumulator(limit: limit)
        case .partData(let data):
            currentContent.append(data)
        case .partEnd:
            guard let headers = currentHeaders else { return }
            let disposition = headers["Content-Disposition"] ?? ""
            let parameters = HeaderParameters.parameters(disposition)
            parts.append(
                RecordedPart(
                    name: parameters["name"], filename: parameters["filename"],
                    contentType: headers["Content-Type"], headers: headers,
                    content: currentContent.kept, size: currentContent.size, checksum: currentContent.checksum
                ))
            currentHeaders = nil
        case .end:
            break
        }
    }

    /// Ends the body and returns what was seen.
    mutating func finish() -> (body: Data, length: Int, checksum: UInt64, parts: [RecordedPart]?, error: String?) {
        if multipartError == nil, let parser {
            do { try parser.finish() } catch { multipartError = error.description }
        }
        return (body.kept, body.size, body.checksum, isMultipart ? parts : nil, multipartError)
    }
}

/// Runs the server's incremental multipart parser over a body held in memory, for checking what
/// a client's multipart encoder produces without a server.
public enum MultipartInspector {
    /// Parses `body` as the server would, feeding it in pieces of `chunkSize` bytes (all at once
    /// when nil). Returns the parts (nil when `contentType` is not `multipart/form-data`) and the
    /// parse error, if any.
    public static func parse(
        body: Data, contentType: String, chunkSize: Int? = nil
    ) -> (parts: [RecordedPart]?, error: String?) {
        var collector = BodyCollector(contentType: contentType, limit: FilesTestServer.keptBytesLimit)
        let step = max(1, chunkSize ?? body.count)
        var offset = 0
        while offset < body.count {
            let end = min(offset + step, body.count)
            collector.append(ByteBuffer(bytes: body[(body.startIndex + offset)..<(body.startIndex + end)]))
            offset = end
        }
        let result = collector.finish()
        return (result.parts, result.error)
    }
}
