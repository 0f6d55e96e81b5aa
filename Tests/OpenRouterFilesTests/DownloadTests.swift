import Foundation
import OpenRouterFiles
import TestServer
import XCTest

/// `files.download` into memory and `files.download(fileId:to:)` streamed to a file.
final class DownloadTests: ServerTestCase {
    func testDownloadReturnsTheBytes() async throws {
        let payload = testBytes(300_000)
        let id = server.addDownloadableFile(name: "report.bin", content: payload)
        let client = makeClient()
        let data = try await client.files.download(fileId: id)
        XCTAssertEqual(data.count, payload.count)
        XCTAssertEqual(data, payload)
        let request = try XCTUnwrap(server.requests().first)
        XCTAssertEqual(request.relativePath, "/files/\(id)/content")
        XCTAssertEqual(request.headers["Accept"], "application/octet-stream")
    }

    func testDownloadOfAnEmptyFile() async throws {
        let id = server.addDownloadableFile(name: "empty.txt", content: Data())
        let client = makeClient()
        let data = try await client.files.download(fileId: id)
        XCTAssertEqual(data, Data())

        let destination = try temporaryDirectory().appendingPathComponent("empty.txt")
        try await client.files.download(fileId: id, to: destination)
        XCTAssertEqual(try Data(contentsOf: destination), Data())
    }

    func testDownloadToFileStreamsTheWholeBody() async throws {
        let size = 3 * 1024 * 1024 + 17
        let id = server.addGeneratedDownloadableFile(name: "generated.bin", size: size)
        let destination = try temporaryDirectory().appendingPathComponent("generated.bin")
        let client = makeClient()
        try await client.files.download(fileId: id, to: destination)
        let written = try Data(contentsOf: destination)
        XCTAssertEqual(written.count, size)
        XCTAssertEqual(FNV1a64.hash(written), GeneratedPattern.checksum(size: size))
    }

    func testDownloadToFileReplacesAnExistingFile() async throws {
        let payload = Data("fresh content".utf8)
        let id = server.addDownloadableFile(name: "a.txt", content: payload)
        let destination = try temporaryDirectory().appendingPathComponent("a.txt")
        try Data(String(repeating: "old and longer content ", count: 100).utf8).write(to: destination)
        try await makeClient().files.download(fileId: id, to: destination)
        XCTAssertEqual(try Data(contentsOf: destination), payload)
    }

    func testDestinationIsUntouchedOnNotFound() async throws {
        let directory = try temporaryDirectory()
        let destination = directory.appendingPathComponent("keep.txt")
        let original = Data("precious".utf8)
        try original.write(to: destination)
        let client = makeClient()
        let error = await expectFailure(DownloadFileContentError.self) {
            try await client.files.download(fileId: "file_missing", to: destination)
        }
        guard case let .notFound(notFound)? = error else {
            return XCTFail("expected .notFound, got \(String(describing: error))")
        }
        XCTAssertEqual(notFound.body.error.message, "Resource not found")
        XCTAssertEqual(try Data(contentsOf: destination), original)
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: directory.path), ["keep.txt"],
            "no partial files left behind")
    }

    func testNonDownloadableFileIsATypedBadRequest() async throws {
        let client = makeClient()
        let uploaded = try await client.files.upload(
            file: FileUpload(fileName: "up.txt", content: Data("uploaded".utf8)))
        XCTAssertFalse(uploaded.downloadable)

        let directory = try temporaryDirectory()
        let destination = directory.appendingPathComponent("never.txt")
        let toFile = await expectFailure(DownloadFileContentError.self) {
            try await client.files.download(fileId: uploaded.id, to: destination)
        }
        guard case let .badRequest(badRequest)? = toFile else {
            return XCTFail("expected .badRequest, got \(String(describing: toFile))")
        }
        XCTAssertEqual(badRequest.statusCode, 400)
        XCTAssertEqual(badRequest.body.error.message, "File \(uploaded.id) is not downloadable")
        XCTAssertFalse(FileManager.default.fileExists(atPath: destination.path))

        let inMemory = await expectFailure(DownloadFileContentError.self) {
            try await client.files.download(fileId: uploaded.id)
        }
        guard case .badRequest? = inMemory else {
            return XCTFail("expected .badRequest, got \(String(describing: inMemory))")
        }
    }

    func testDownloadToFileIsRetriedLikeAnyGet() async throws {
        let payload = testBytes(50_000)
        let id = server.addDownloadableFile(name: "r.bin", content: payload)
        server.enqueue(.status(503), method: "GET", path: "/files/*/content")
        let destination = try temporaryDirectory().appendingPathComponent("r.bin")
        try await makeClient().files.download(fileId: id, to: destination)
        XCTAssertEqual(try Data(contentsOf: destination), payload)
        XCTAssertEqual(server.requestCount(method: "GET", path: "/files/*/content"), 2)
    }

    func testDownloadToAMissingFolderIsAnInvalidRequest() async throws {
        let id = server.addDownloadableFile(name: "a.txt", content: Data("a".utf8))
        let destination = try temporaryDirectory().appendingPathComponent("no/such/folder/a.txt")
        let error = await expectFailure(DownloadFileContentError.self) {
            try await makeClient().files.download(fileId: id, to: destination)
        }
        XCTAssertNotNil(error?.invalidRequestError, "\(String(describing: error))")
        XCTAssertEqual(server.requestCount(), 0)
    }
}
