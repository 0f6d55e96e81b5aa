import AsyncTestSupport
import Foundation
import OpenRouterFiles
import TestServer
import XCTest

/// Records, before each attempt, the request body and the runtime's temporary files (`sdk-*` in the
/// temporary directory) that exist at that moment.
private struct UploadObserver: ClientHook {
    let bodies = Recorder<HTTPRequestBody>()
    let temporaryFiles = Recorder<[String]>()

    func beforeRequest(_ request: inout HTTPRequest, context: ClientHookContext) async throws {
        bodies.append(request.body)
        temporaryFiles.append(runtimeTemporaryFiles())
    }
}

/// Calls `change` after every response with status 503.
private struct AfterServiceUnavailable: ClientHook {
    let change: @Sendable () -> Void

    func afterResponse(_ response: HTTPResponse, context: ClientHookContext) async {
        if response.statusCode == 503 { change() }
    }
}

/// The runtime's temporary files: `sdk-*` entries of the temporary directory, sorted.
private func runtimeTemporaryFiles() -> [String] {
    let folder = FileManager.default.temporaryDirectory.path
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { $0.hasPrefix("sdk-") }.sorted()
}

/// Uploads are streamed from the caller's file or bytes as they are sent: no temporary copy, the whole body on
/// every attempt, and a typed error when a file changes between attempts.
final class StreamedUploadTests: ServerTestCase {
    private let size = 3 * 1024 * 1024 + 17

    /// A file of `size` bytes of the server's pattern.
    private func patternFile(named name: String = "big.bin") throws -> URL {
        let file = try temporaryDirectory().appendingPathComponent(name)
        try GeneratedPattern.bytes(count: size).write(to: file)
        return file
    }

    func testAFileUploadIsStreamedFromTheFileWithoutATemporaryCopy() async throws {
        let file = try patternFile()
        let observer = UploadObserver()
        let before = runtimeTemporaryFiles()
        let metadata = try await makeClient(hooks: [observer]).files.upload(file: FileUpload(fileURL: file))

        XCTAssertEqual(observer.temporaryFiles.values, [before], "no temporary file while the body is sent")
        guard case let .stream(body)? = observer.bodies.values.first else {
            return XCTFail("expected a streamed body, got \(observer.bodies.values)")
        }
        XCTAssertTrue(body.segments.contains(.file(file, size: Int64(size))), "the caller's file itself is sent")
        let request = try XCTUnwrap(server.requests().first)
        XCTAssertNil(request.multipartError)
        XCTAssertEqual(request.bodyLength, Int(body.length))
        let part = try XCTUnwrap(request.part(named: "file"))
        XCTAssertEqual(part.size, size)
        XCTAssertEqual(part.checksum, GeneratedPattern.checksum(size: size))
        XCTAssertEqual(server.storedFile(id: metadata.id)?.checksum, GeneratedPattern.checksum(size: size))
    }

    func testALargeDataUploadIsStreamedFromTheCallersBytes() async throws {
        let content = GeneratedPattern.bytes(count: size)
        let observer = UploadObserver()
        let metadata = try await makeClient(hooks: [observer]).files.upload(
            file: FileUpload(fileName: "big.bin", content: content)
        )
        guard case let .stream(body)? = observer.bodies.values.first else {
            return XCTFail("expected a streamed body, got \(observer.bodies.values)")
        }
        XCTAssertTrue(body.segments.contains(.data(content)), "the bytes are one segment, not a joined copy")
        let part = try XCTUnwrap(server.requests().first?.part(named: "file"))
        XCTAssertEqual(part.size, size)
        XCTAssertEqual(part.checksum, FNV1a64.hash(content))
        XCTAssertEqual(metadata.sizeBytes, size)
    }

    func testARetryAfter503SendsTheWholeFileAgain() async throws {
        let file = try patternFile()
        server.enqueue(.status(503, headers: [("Retry-After", "0")]), method: "POST", path: "/files")
        let client = makeClient(retryPolicy: .quick(statusCodes: [503], nonIdempotent: .always))
        let metadata = try await client.files.upload(file: FileUpload(fileURL: file))

        let requests = server.requests()
        XCTAssertEqual(requests.count, 2)
        for request in requests {
            XCTAssertNil(request.multipartError)
            XCTAssertEqual(request.part(named: "file")?.size, size)
            XCTAssertEqual(request.part(named: "file")?.checksum, GeneratedPattern.checksum(size: size))
        }
        XCTAssertEqual(requests[0].bodyLength, requests[1].bodyLength)
        XCTAssertEqual(server.storedFile(id: metadata.id)?.checksum, GeneratedPattern.checksum(size: size))
    }

    func testAFileThatChangesSizeBetweenAttemptsFailsWithATypedError() async throws {
        let file = try patternFile()
        server.enqueue(.status(503, headers: [("Retry-After", "0")]), method: "POST", path: "/files")
        let grow = AfterServiceUnavailable {
            guard let handle = try? FileHandle(forWritingTo: file) else { return }
            _ = try? handle.seekToEnd()
            try? handle.write(contentsOf: Data("more".utf8))
            try? handle.close()
        }
        let client = makeClient(retryPolicy: .quick(statusCodes: [503], nonIdempotent: .always), hooks: [grow])
        let error = await expectFailure(UploadFileError.self) {
            try await client.files.upload(file: FileUpload(fileURL: file))
        }
        let invalid = try XCTUnwrap(error?.invalidRequestError, "\(String(describing: error))")
        let changed = try XCTUnwrap(invalid.underlying as? StreamedBodyError)
        XCTAssertEqual(changed.file, file)
        XCTAssertEqual(changed.expectedSize, Int64(size))
        XCTAssertEqual(changed.actualSize, Int64(size + 4))
        XCTAssertEqual(server.requests().count, 1, "the changed file is not sent")
        XCTAssertEqual(server.requests().first?.part(named: "file")?.size, size, "the first attempt was whole")
    }
}
