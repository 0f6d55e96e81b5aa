import AsyncTestSupport
import Foundation
import Testing
@testable import SDKGenRuntime

@Suite("Multipart bodies")
struct MultipartTests {
    /// A writer whose boundaries come from a list (then random).
    private func writer(_ boundaries: [String], chunkSize: Int = 64 * 1024) -> MultipartWriter {
        let queue = Recorder<String>()
        var writer = MultipartWriter()
        writer.makeBoundary = {
            let used = queue.values.count
            queue.append("x")
            return used < boundaries.count ? boundaries[used] : "fallback-\(UUID().uuidString)"
        }
        writer.chunkSize = chunkSize
        return writer
    }

    @Test func inMemoryBodyBytes() throws {
        var form = MultipartForm()
        form.addField("purpose", "assistants")
        form.addFile("file", FileUpload(fileName: "notes \"v2\"\r\n.txt", content: Data("hello".utf8)))
        form.addJSON("meta", ["k": "v"])
        let output = try writer(["B0"]).write(form)
        guard case let .data(body) = output.body else {
            Issue.record("expected data")
            return
        }
        let expected =
            "--B0\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nassistants\r\n"
            + "--B0\r\nContent-Disposition: form-data; name=\"file\"; filename=\"notes %22v2%22%0D%0A.txt\"\r\nContent-Type: text/plain\r\n\r\nhello\r\n"
            + "--B0\r\nContent-Disposition: form-data; name=\"meta\"\r\nContent-Type: application/json\r\n\r\n{\"k\":\"v\"}\r\n"
            + "--B0--\r\n"
        #expect(String(decoding: body, as: UTF8.self) == expected)
        #expect(output.contentType == "multipart/form-data; boundary=B0")
        #expect(output.contentLength == Int64(body.count))
    }

    @Test func boundaryCollidingWithInMemoryContentIsReplaced() throws {
        var form = MultipartForm()
        form.addField("text", "this mentions XYZ inside")
        let output = try writer(["XYZ", "SAFE"]).write(form)
        #expect(output.contentType.hasSuffix("boundary=SAFE"))
    }

    @Test func defaultBoundariesAreUniqueAndValid() {
        let writer = MultipartWriter()
        let first = writer.makeBoundary()
        let second = writer.makeBoundary()
        #expect(first != second)
        #expect(first.count <= 70)
        #expect(first.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" })
    }

    @Test func fileBackedBodyIsStreamedFromTheFileWithoutACopy() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let source = directory.appendingPathComponent("big.bin")
        var content = Data()
        for index in 0..<300_000 { content.append(UInt8(truncatingIfNeeded: index &* 31)) }
        try content.write(to: source)

        var form = MultipartForm()
        form.addField("purpose", "batch")
        form.addFile("file", FileUpload(fileURL: source))
        let output = try writer(["B1"], chunkSize: 4096).write(form)
        guard case let .stream(body) = output.body else {
            Issue.record("expected a stream")
            return
        }
        #expect(body.segments.contains(.file(source, size: Int64(content.count))))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["big.bin"])
        var expected = Data("--B1\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nbatch\r\n".utf8)
        expected += Data(
            ("--B1\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").utf8)
        expected += content + Data("\r\n--B1--\r\n".utf8)
        #expect(try body.collect() == expected)
        #expect(output.contentLength == Int64(expected.count))
        #expect(body.length == Int64(expected.count))
    }

    @Test func largeInMemoryBodyIsStreamedFromTheCallersBytes() throws {
        let content = Data(repeating: 7, count: 2_000)
        var form = MultipartForm()
        form.addFile("file", FileUpload(fileName: "a.bin", content: content))
        var small = writer(["B2"])
        small.inMemoryLimit = 1_000
        let output = try small.write(form)
        guard case let .stream(body) = output.body else {
            Issue.record("expected a stream")
            return
        }
        #expect(body.segments.count == 3, "header, the caller's bytes, closing delimiter")
        #expect(body.segments.contains(.data(content)))
        #expect(output.contentLength == body.length)
        let joined = try writer(["B2"]).write(form)
        guard case let .data(data) = joined.body else {
            Issue.record("expected data")
            return
        }
        #expect(try body.collect() == data)
    }

    @Test func boundaryCollidingInsideAFileIsDetectedAcrossChunksAndReplaced() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let source = directory.appendingPathComponent("data.txt")
        // The marker straddles the 8-byte chunk edge.
        try Data("1234567COLLIDE-ME end".utf8).write(to: source)
        var form = MultipartForm()
        form.addFile("file", FileUpload(fileURL: source))
        let output = try writer(["COLLIDE-ME", "OK-BOUNDARY"], chunkSize: 8).write(form)
        guard case let .stream(body) = output.body else {
            Issue.record("expected a stream")
            return
        }
        #expect(output.contentType.hasSuffix("boundary=OK-BOUNDARY"))
        let text = String(decoding: try body.collect(), as: UTF8.self)
        #expect(text.hasPrefix("--OK-BOUNDARY\r\n"))
        #expect(text.contains("1234567COLLIDE-ME end\r\n--OK-BOUNDARY--\r\n"))
    }

    @Test func unreadableFileFailsAsInvalidRequest() {
        var form = MultipartForm()
        form.addFile("file", FileUpload(fileURL: URL(fileURLWithPath: "/nonexistent/\(UUID().uuidString).pdf")))
        #expect(throws: InvalidRequestError.self) { try writer([]).write(form) }
    }

    @Test func partContentTypeWithLineBreakIsRejected() {
        var form = MultipartForm()
        form.addFile("file", FileUpload(fileName: "a.txt", content: Data(), contentType: "text/plain\r\nX-Evil: 1"))
        #expect(throws: InvalidRequestError.self) { try MultipartWriter().write(form) }
    }

    @Test func contentTypeGuessing() {
        #expect(FileUpload(fileName: "a.PDF", content: Data()).contentType == "application/pdf")
        #expect(FileUpload(fileName: "data.jsonl", content: Data()).contentType == "application/jsonl")
        #expect(FileUpload(fileName: "noext", content: Data()).contentType == "application/octet-stream")
        #expect(FileUpload(fileName: ".hidden", content: Data()).contentType == "application/octet-stream")
        #expect(
            FileUpload(fileName: "a.png", content: Data(), contentType: "image/x-custom").contentType
                == "image/x-custom")
        let upload = FileUpload(fileURL: URL(fileURLWithPath: "/tmp/report.csv"))
        #expect(upload.fileName == "report.csv" && upload.contentType == "text/csv")
    }
}
