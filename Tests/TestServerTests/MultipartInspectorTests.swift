import Foundation
import TestServer
import XCTest

/// The incremental multipart parser, fed in every chunk size from 1 byte up, so that delimiters,
/// CRLFs and header blocks fall across chunk borders at every position.
final class MultipartInspectorTests: XCTestCase {
    private let boundary = "XyZ-boundary-42"
    private var contentType: String { "multipart/form-data; boundary=\"\(boundary)\"" }

    func testMalformedDelimiterIsReported() {
        // A delimiter must be followed by CRLF (after optional padding) or by "--".
        let body = Data(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n--\(boundary)X\r\n".utf8)
        let result = MultipartInspector.parse(body: body, contentType: contentType)
        XCTAssertEqual(result.error, "boundary delimiter not followed by CRLF or --")
    }

    func testEveryChunkSizeGivesTheSameParts() throws {
        // The valid body: the second part's content ends right before a real delimiter.
        var text = "preamble to ignore\r\n--\(boundary)\r\n"
        text += "Content-Disposition: form-data; name=\"purpose\"\r\n\r\nassistants\r\n"
        text += "--\(boundary)  \r\n"
        text += "Content-Disposition: form-data; name=\"file\"; filename=\"we\\\"ird;name.txt\"\r\n"
        text += "Content-Type: text/plain\r\nX-Extra: folded\r\n  continuation\r\n\r\n"
        text += "a\r\n--\(String(boundary.dropLast()))\r\n\r\n\r-\r\n--\r\n\r\n"
        text += "\r\n--\(boundary)\r\n"
        text += "Content-Disposition: form-data; name=\"empty\"\r\n\r\n"
        text += "\r\n--\(boundary)\r\n"
        text += "Content-Disposition: form-data; name=\"utf\"; filename*=UTF-8''na%C3%AFve.bin\r\n\r\n"
        text += "\r\n--\(boundary)--\r\nepilogue"
        let body = Data(text.utf8)
        let expectedFile = "a\r\n--\(String(boundary.dropLast()))\r\n\r\n\r-\r\n--\r\n\r\n"
        for chunkSize in Array(1...80) + [97, 128, 1000, body.count] {
            let result = MultipartInspector.parse(body: body, contentType: contentType, chunkSize: chunkSize)
            XCTAssertNil(result.error, "chunk size \(chunkSize)")
            let parts = try XCTUnwrap(result.parts, "chunk size \(chunkSize)")
            XCTAssertEqual(
                parts.map { $0.name ?? "-" }, ["purpose", "file", "empty", "utf"], "chunk size \(chunkSize)")
            guard parts.count == 4 else { continue }
            XCTAssertEqual(parts[0].text, "assistants")
            XCTAssertEqual(parts[1].filename, "we\"ird;name.txt")
            XCTAssertEqual(parts[1].contentType, "text/plain")
            XCTAssertEqual(parts[1].headers["x-extra"], "folded continuation")
            XCTAssertEqual(parts[1].text, expectedFile, "chunk size \(chunkSize)")
            XCTAssertEqual(parts[1].size, expectedFile.utf8.count)
            XCTAssertEqual(parts[1].checksum, FNV1a64.hash(Data(expectedFile.utf8)))
            XCTAssertEqual(parts[2].size, 0)
            XCTAssertEqual(parts[3].filename, "naïve.bin")
            XCTAssertEqual(parts[3].size, 0)
        }
    }

    func testLargePartKeepsOnlyAPrefix() throws {
        let content = GeneratedPattern.bytes(count: 3 * 1024 * 1024 + 5)
        var body = Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x\"\r\n\r\n".utf8)
        body.append(content)
        body.append(Data("\r\n--\(boundary)--".utf8))
        let result = MultipartInspector.parse(body: body, contentType: contentType, chunkSize: 65_537)
        let part = try XCTUnwrap(result.parts?.first)
        XCTAssertNil(result.error)
        XCTAssertEqual(part.size, content.count)
        XCTAssertEqual(part.content, content.prefix(FilesTestServer.keptBytesLimit))
        XCTAssertEqual(part.checksum, FNV1a64.hash(content))
    }

    func testTruncatedAndNonMultipartBodies() {
        let truncated = Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nabc".utf8)
        let result = MultipartInspector.parse(body: truncated, contentType: contentType, chunkSize: 3)
        XCTAssertEqual(result.error, "body ended before the closing boundary")
        XCTAssertEqual(result.parts?.count, 0)
        XCTAssertNil(MultipartInspector.parse(body: Data("{}".utf8), contentType: "application/json").parts)
        XCTAssertNotNil(MultipartInspector.parse(body: Data(), contentType: "multipart/form-data").error)
    }
}
