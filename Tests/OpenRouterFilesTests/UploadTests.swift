import Foundation
import OpenRouterFiles
import TestServer
import XCTest

/// `files.upload` as `multipart/form-data`, from memory and from disk, checked against the parts
/// the server parsed.
final class UploadTests: ServerTestCase {
    func testUploadFromDataSendsFilenameContentTypeAndBytes() async throws {
        let client = makeClient()
        let content = Data("hello, files\r\nsecond line\n".utf8)
        let metadata = try await client.files.upload(file: FileUpload(fileName: "notes.txt", content: content))
        XCTAssertEqual(metadata.filename, "notes.txt")
        XCTAssertEqual(metadata.mimeType, "text/plain", "guessed from the extension")
        XCTAssertEqual(metadata.sizeBytes, content.count)
        XCTAssertEqual(metadata.type, .file)
        XCTAssertFalse(metadata.downloadable)

        let request = try XCTUnwrap(server.requests().first)
        XCTAssertNil(request.multipartError)
        XCTAssertEqual(request.parts?.count, 1)
        let part = try XCTUnwrap(request.part(named: "file"))
        XCTAssertEqual(part.filename, "notes.txt")
        XCTAssertEqual(part.contentType, "text/plain")
        XCTAssertEqual(part.headers["Content-Disposition"], #"form-data; name="file"; filename="notes.txt""#)
        XCTAssertEqual(part.content, content)
        XCTAssertEqual(server.storedFile(id: metadata.id)?.checksum, FNV1a64.hash(content))
    }

    func testExplicitContentTypeAndUnknownExtensions() async throws {
        let client = makeClient()
        _ = try await client.files.upload(
            file: FileUpload(fileName: "data.bin", content: Data([0, 1, 2, 255]), contentType: "application/x-custom"))
        _ = try await client.files.upload(file: FileUpload(fileName: "README", content: Data("x".utf8)))
        let parts = server.requests().compactMap { $0.part(named: "file") }
        XCTAssertEqual(parts.map(\.contentType), ["application/x-custom", "application/octet-stream"])
        XCTAssertEqual(parts.first?.content, Data([0, 1, 2, 255]))
    }

    func testFilenamesWithQuotesAndLineBreaksCannotBreakThePartHeaders() async throws {
        let client = makeClient()
        let metadata = try await client.files.upload(
            file: FileUpload(
                fileName: "evil\"; name=\"other\r\nX-Injected: 1.txt", content: Data("payload".utf8)
            ))
        let request = try XCTUnwrap(server.requests().first)
        XCTAssertNil(request.multipartError)
        XCTAssertEqual(request.parts?.count, 1)
        let part = try XCTUnwrap(request.part(named: "file"), "the part keeps its name")
        XCTAssertFalse(part.headers.contains("X-Injected"))
        XCTAssertEqual(part.content, Data("payload".utf8))
        XCTAssertEqual(metadata.filename, part.filename)
        XCTAssertFalse(try XCTUnwrap(part.filename).contains("\r"))
    }

    func testUploadFromFileURLStreamsTheFileWithItsNameAndGuessedType() async throws {
        let directory = try temporaryDirectory()
        let file = directory.appendingPathComponent("batch.jsonl")
        let content = Data((0..<200).map { #"{"line":\#($0)}"# + "\n" }.joined().utf8)
        try content.write(to: file)
        let client = makeClient()

        let metadata = try await client.files.upload(file: FileUpload(fileURL: file))
        XCTAssertEqual(metadata.filename, "batch.jsonl")
        XCTAssertEqual(metadata.mimeType, "application/jsonl")
        XCTAssertEqual(metadata.sizeBytes, content.count)
        let request = try XCTUnwrap(server.requests().first)
        XCTAssertNil(request.headers["Content-Length"], "streamed from the file: chunked on Linux")
        XCTAssertEqual(request.headers["Transfer-Encoding"], "chunked")
        let part = try XCTUnwrap(request.part(named: "file"))
        XCTAssertEqual(part.filename, "batch.jsonl")
        XCTAssertEqual(part.contentType, "application/jsonl")
        XCTAssertEqual(part.content, content)
        XCTAssertTrue(FileManager.default.fileExists(atPath: file.path), "the caller's file is left alone")

        // A file name and type given explicitly win.
        _ = try await client.files.upload(
            file: FileUpload(fileURL: file, fileName: "renamed.csv", contentType: "text/csv; charset=utf-8"))
        let renamed = try XCTUnwrap(server.requests().last?.part(named: "file"))
        XCTAssertEqual(renamed.filename, "renamed.csv")
        XCTAssertEqual(renamed.contentType, "text/csv; charset=utf-8")
    }

    func testContentThatLooksLikeABoundaryArrivesIntact() async throws {
        // Delimiter-like lines, CRLFs and the runtime's own boundary prefix inside the content.
        let tricky = Data(
            ("--Boundary-\r\n" + "\r\n--Boundary-0123456789ABCDEF0123456789ABCDEF\r\n"
                + "Content-Disposition: form-data; name=\"file\"\r\n\r\n"
                + "--Boundary-0123456789ABCDEF0123456789ABCDEF--\r\n" + "\r\n--\r\n").utf8)
        let client = makeClient()
        let directory = try temporaryDirectory()
        let file = directory.appendingPathComponent("tricky.txt")
        try tricky.write(to: file)

        for upload in [FileUpload(fileName: "tricky.txt", content: tricky), FileUpload(fileURL: file)] {
            server.reset()
            _ = try await client.files.upload(file: upload)
            let request = try XCTUnwrap(server.requests().first)
            XCTAssertNil(request.multipartError)
            XCTAssertEqual(request.parts?.count, 1)
            XCTAssertEqual(request.part(named: "file")?.content, tricky)
            let contentType = try XCTUnwrap(request.headers["Content-Type"])
            let boundary = try XCTUnwrap(contentType.components(separatedBy: "boundary=").last)
            XCTAssertFalse(boundary.isEmpty)
            XCTAssertNil(tricky.range(of: Data(boundary.utf8)), "the boundary must not occur in the content")
        }
    }

    func testMultiMegabyteFileUploadArrivesWithTheSameChecksum() async throws {
        let size = 4 * 1024 * 1024 + 123
        let content = GeneratedPattern.bytes(count: size)
        let directory = try temporaryDirectory()
        let file = directory.appendingPathComponent("big.bin")
        try content.write(to: file)
        let client = makeClient()

        let metadata = try await client.files.upload(file: FileUpload(fileURL: file))
        XCTAssertEqual(metadata.sizeBytes, size)
        XCTAssertEqual(metadata.mimeType, "application/octet-stream")
        let part = try XCTUnwrap(server.requests().first?.part(named: "file"))
        XCTAssertEqual(part.size, size)
        XCTAssertEqual(part.checksum, FNV1a64.hash(content))
        XCTAssertEqual(server.storedFile(id: metadata.id)?.checksum, FNV1a64.hash(content))
    }

    func testUnreadableFileIsAnInvalidRequestAndNothingIsSent() async throws {
        let directory = try temporaryDirectory()
        let client = makeClient()
        let error = await expectFailure(UploadFileError.self) {
            try await client.files.upload(file: FileUpload(fileURL: directory.appendingPathComponent("missing.txt")))
        }
        XCTAssertNotNil(error?.invalidRequestError, "\(String(describing: error))")
        _ = try await client.files.list()
        XCTAssertEqual(server.requests().map(\.method), ["GET"])
    }

    func testTooLargeUploadGivesTheTypedPayloadTooLargeError() async throws {
        let small = try await startServer(maxUploadBytes: 1_000)
        let client = makeClient(small)
        let error = await expectFailure(UploadFileError.self) {
            try await client.files.upload(file: FileUpload(fileName: "big.bin", content: Data(count: 1_001)))
        }
        guard case let .payloadTooLarge(documented)? = error else {
            return XCTFail("expected .payloadTooLarge, got \(String(describing: error))")
        }
        XCTAssertEqual(documented.statusCode, 413)
        XCTAssertEqual(documented.body.error.code, 413)
    }
}
