import AsyncTestSupport
import Foundation
import OpenRouterFiles
import TestServer
import XCTest

/// Redirects decided by the generated client (issue 13), on the wire: two listeners on 127.0.0.1 with different
/// ports are two origins; what the second one received is asserted, so the key can never reach it unseen.
final class RedirectTests: ServerTestCase {
    /// A page as the second origin answers it (its routes have no authorization check).
    static let emptyPage = #"{"data":[],"has_more":false,"first_id":null,"last_id":null,"cursor":null}"#
    /// File metadata as the second origin answers an upload.
    static let metadata =
        #"{"id":"file_elsewhere","type":"file","filename":"a.bin","#
        + #""mime_type":"application/octet-stream","size_bytes":1,"created_at":"2025-01-01T00:00:00Z","#
        + #""downloadable":true}"#

    /// The second origin: answers `/landing` with a page (any method).
    private func startOtherOrigin() async throws -> FilesTestServer {
        let other = try await startServer()
        other.setRoute(method: nil, path: "/landing") { request in
            request.method == "POST" ? .json(Self.metadata) : .json(Self.emptyPage)
        }
        XCTAssertNotEqual(other.port, server.port)
        return other
    }

    /// Asserts that `other` received no credential at all.
    private func assertNoCredentials(
        at other: FilesTestServer, file: StaticString = #filePath, line: UInt = #line
    ) {
        for request in other.requests() {
            XCTAssertNil(
                request.headers["Authorization"], "Authorization reached the other origin", file: file, line: line)
            XCTAssertNil(request.headers["Cookie"], file: file, line: line)
        }
        let leaks = other.requests(containing: Self.apiKey)
        XCTAssertEqual(leaks.count, 0, "the key reached the other origin", file: file, line: line)
    }

    func testSameOriginRedirectKeepsTheKey() async throws {
        server.enqueue(.redirect(302, to: server.absoluteURL("/api/v1/files?limit=5")), method: "GET", path: "/files")
        let page = try await makeClient(retryPolicy: .none).files.list()
        XCTAssertEqual(page.data.count, 0)
        let requests = server.requests()
        XCTAssertEqual(requests.count, 2)
        let expected = Array(repeating: "Bearer \(Self.apiKey)", count: 2)
        XCTAssertEqual(requests.map { $0.headers["Authorization"] }, expected)
        XCTAssertEqual(requests.last?.query("limit"), "5")
    }

    func testCrossOriginRedirectsOfAGetNeverDeliverTheKey() async throws {
        let other = try await startOtherOrigin()
        for status in [301, 302, 303, 307, 308] {
            server.enqueue(.redirect(status, to: other.absoluteURL("/api/v1/landing")), method: "GET", path: "/files")
            let page = try await makeClient(retryPolicy: .none).files.list()
            XCTAssertEqual(page.hasMore, false, "status \(status)")
        }
        XCTAssertEqual(server.requestCount(method: "GET", path: "/files"), 5)
        XCTAssertEqual(other.requests().map(\.method), Array(repeating: "GET", count: 5))
        assertNoCredentials(at: other)
        // The rest of the request travels on: the second origin still sees who is calling.
        XCTAssertEqual(other.requests().first?.headers["User-Agent"], OpenRouterClient.defaultUserAgent)
    }

    func testCrossOriginRedirectsOfAnUploadKeepOrDropTheBodyAndNeverTheKey() async throws {
        let other = try await startOtherOrigin()
        // A redirected upload that became a GET still gets file metadata: this test checks what is sent.
        other.setRoute(method: nil, path: "/landing") { _ in .json(Self.metadata) }
        let directory = try temporaryDirectory()
        let file = directory.appendingPathComponent("upload.bin")
        let content = testBytes(3 * 1024 * 1024 + 17)
        try content.write(to: file)
        for status in [301, 302, 303, 307, 308] {
            server.enqueue(.redirect(status, to: other.absoluteURL("/api/v1/landing")), method: "POST", path: "/files")
            let metadata = try await makeClient(retryPolicy: .none).files.upload(file: FileUpload(fileURL: file))
            XCTAssertEqual(metadata.id, "file_elsewhere", "status \(status)")
        }
        let sent = server.requests()
        let received = other.requests()
        XCTAssertEqual(received.map(\.method), ["GET", "GET", "GET", "POST", "POST"])
        for (index, request) in received.enumerated() {
            if request.method == "GET" {
                XCTAssertEqual(request.bodyLength, 0, "a GET made of a redirected POST has no body")
                XCTAssertNil(request.headers["Content-Type"])
            } else {
                // 307/308: the whole multipart body again, byte for byte, never empty or truncated.
                XCTAssertEqual(request.bodyLength, sent[index].bodyLength)
                XCTAssertGreaterThan(request.bodyLength, content.count)
                XCTAssertEqual(request.bodyChecksum, sent[index].bodyChecksum)
                XCTAssertEqual(request.part(named: "file")?.checksum, FNV1a64.hash(content))
            }
        }
        assertNoCredentials(at: other)
    }

    func testSameOrigin307ReplaysTheUploadToTheServer() async throws {
        let content = testBytes(2 * 1024 * 1024)
        let file = try temporaryDirectory().appendingPathComponent("replayed.bin")
        try content.write(to: file)
        server.enqueue(.redirect(307, to: server.absoluteURL("/api/v1/files")), method: "POST", path: "/files")
        let metadata = try await makeClient(retryPolicy: .none).files.upload(file: FileUpload(fileURL: file))
        XCTAssertEqual(metadata.sizeBytes, content.count)
        XCTAssertEqual(server.storedFile(id: metadata.id)?.checksum, FNV1a64.hash(content))
        XCTAssertEqual(server.requests().map(\.bodyChecksum).count, 2)
        XCTAssertEqual(Set(server.requests().map(\.bodyChecksum)).count, 1, "the same body twice")
    }

    func testA307WhoseFileBodyChangedIsRefusedAndNothingIsSent() async throws {
        let other = try await startOtherOrigin()
        let file = try temporaryDirectory().appendingPathComponent("shrinking.bin")
        try testBytes(64 * 1024).write(to: file)
        // The server truncates the body file before answering 307: it can no longer be sent again as it was.
        server.setRoute(method: "POST", path: "/files") { _ in
            try? Data("short".utf8).write(to: file)
            return .redirect(307, to: other.absoluteURL("/api/v1/landing"))
        }
        let client = makeClient(retryPolicy: .none, hooks: [FileBodyHook(file: file, size: 64 * 1024)])
        let error = await expectFailure(UploadFileError.self) {
            try await client.files.upload(file: FileUpload(fileName: "x.bin", content: Data("x".utf8)))
        }
        guard case let .redirect(redirect)? = error else {
            return XCTFail("expected .redirect, got \(String(describing: error))")
        }
        XCTAssertEqual(redirect.kind, .bodyNotReplayable)
        XCTAssertEqual(redirect.statusCode, 307)
        XCTAssertEqual(other.requests().count, 0, "no empty or truncated body was sent")
    }

    func testCrossOriginRedirectIsAnErrorCaseWhenThePolicyRefusesIt() async throws {
        let other = try await startOtherOrigin()
        let target = other.absoluteURL("/api/v1/landing")
        server.enqueue(.redirect(302, to: target), method: "GET", path: "/files")
        let client = makeClient(retryPolicy: .quick(statusCodes: ["3XX", "5XX"]))
        let error = await expectFailure(ListFilesError.self) {
            try await client.files.list(options: RequestOptions(redirects: .sameOriginOnly))
        }
        guard case let .redirect(redirect)? = error else {
            return XCTFail("expected .redirect, got \(String(describing: error))")
        }
        XCTAssertEqual(redirect.kind, .crossOrigin)
        XCTAssertEqual(redirect.statusCode, 302)
        XCTAssertEqual(redirect.location?.absoluteString, target)
        XCTAssertEqual(redirect.chain.map(\.path), ["/api/v1/files"])
        XCTAssertEqual(other.requests().count, 0)
        XCTAssertEqual(server.requests().count, 1, "a refused redirect is not retried")
    }

    func testARedirectLoopEndsWithTheTypedErrorNamingTheChain() async throws {
        let other = try await startOtherOrigin()
        let home = server.absoluteURL("/api/v1/files")
        server.setRoute(method: "GET", path: "/files") { _ in .redirect(302, to: other.absoluteURL("/api/v1/bounce")) }
        other.setRoute(method: "GET", path: "/bounce") { _ in .redirect(307, to: home) }
        let error = await expectFailure(ListFilesError.self) {
            try await self.makeClient(retryPolicy: .none).files.list()
        }
        guard case let .redirect(redirect)? = error else {
            return XCTFail("expected .redirect, got \(String(describing: error))")
        }
        XCTAssertEqual(redirect.kind, .tooManyRedirects)
        XCTAssertEqual(redirect.chain.count, 11, "the call's request and 10 redirects")
        XCTAssertTrue(redirect.message.contains("-> http://127.0.0.1:\(other.port)/api/v1/bounce"), redirect.message)
        XCTAssertEqual(server.requests().count + other.requests().count, 11)
        // Back on the configured server, the key is sent again; never to the other origin.
        XCTAssertEqual(server.requests().compactMap { $0.headers["Authorization"] }.count, 6)
        assertNoCredentials(at: other)
    }

    func testTheDebugLogNamesEachHopAndHooksSeeTheFinalURL() async throws {
        let other = try await startOtherOrigin()
        let lines = Recorder<String>()
        let hook = URLRecordingHook()
        server.enqueue(.redirect(301, to: "/api/v1/moved"), method: "GET", path: "/files")
        server.enqueue(.redirect(303, to: other.absoluteURL("/api/v1/landing")), method: "GET", path: "/moved")
        let client = makeClient(retryPolicy: .none, hooks: [hook], debugLog: { lines.append($0) })
        _ = try await client.files.list()
        let log = lines.values
        let base = "http://127.0.0.1:\(server.port)/api/v1"
        let elsewhere = other.absoluteURL("/api/v1/landing")
        func logged(_ prefix: String, _ suffix: String = "", containing part: String = "") -> Bool {
            log.contains { $0.hasPrefix(prefix) && $0.hasSuffix(suffix) && (part.isEmpty || $0.contains(part)) }
        }
        XCTAssertTrue(logged("<-- 301 GET \(base)/files ", "attempt 1 redirect 1 Location \(base)/moved"), "\(log)")
        XCTAssertTrue(logged("--> GET \(base)/moved attempt 1 redirect 1 headers", containing: "Bearer ***"), "\(log)")
        XCTAssertTrue(logged("<-- 303 GET \(base)/moved ", "attempt 1 redirect 2 Location \(elsewhere)"), "\(log)")
        let hop = log.first { $0.hasPrefix("--> GET \(elsewhere) attempt 1 redirect 2 headers") }
        XCTAssertNotNil(hop, "\(log)")
        XCTAssertFalse(hop?.contains("Authorization") ?? true, "the hop to the other origin has no Authorization")
        XCTAssertTrue(log.contains { $0.hasPrefix("<-- 200 GET \(elsewhere) ") }, "\(log)")
        XCTAssertFalse(log.contains { $0.contains(Self.apiKey) })
        XCTAssertEqual(hook.urls.values, [elsewhere], "hooks see one response, from the final URL")
        XCTAssertEqual(hook.attempts.values, [1])
    }

    func testARedirectIsNotARetryAndARetryStartsAgainAtTheServer() async throws {
        let other = try await startOtherOrigin()
        let answered = Recorder<Int>()
        other.setRoute(method: "GET", path: "/flaky") { _ in
            answered.append(1)
            return answered.values.count == 1 ? .error(503, message: "busy") : .json(Self.emptyPage)
        }
        server.enqueue(.redirect(302, to: other.absoluteURL("/api/v1/flaky")), method: "GET", path: "/files")
        server.enqueue(.redirect(302, to: other.absoluteURL("/api/v1/flaky")), method: "GET", path: "/files")
        let hook = URLRecordingHook()
        _ = try await makeClient(retryPolicy: .quick(), hooks: [hook]).files.list()
        XCTAssertEqual(hook.attempts.values, [1, 2], "two attempts, each with its redirect")
        XCTAssertEqual(server.requestCount(method: "GET", path: "/files"), 2)
        XCTAssertEqual(other.requestCount(method: "GET", path: "/flaky"), 2)
        assertNoCredentials(at: other)
    }

    func testADownloadFollowsACrossOriginRedirectWithoutTheKey() async throws {
        let other = try await startServer()
        let content = testBytes(300_000, seed: 7)
        other.setRoute(method: "GET", path: "/blob") { _ in Response(status: 200, body: .data(content)) }
        server.enqueue(.redirect(302, to: other.absoluteURL("/api/v1/blob")), method: "GET", path: "/files/*/content")
        let destination = try temporaryDirectory().appendingPathComponent("out.bin")
        let client = makeClient(retryPolicy: .none)
        try await client.files.download(fileId: "file_x", to: destination)
        XCTAssertEqual(try Data(contentsOf: destination), content)
        server.enqueue(.redirect(308, to: other.absoluteURL("/api/v1/blob")), method: "GET", path: "/files/*/content")
        let inMemory = try await client.files.download(fileId: "file_y")
        XCTAssertEqual(inMemory, content)
        XCTAssertEqual(other.requests().count, 2)
        assertNoCredentials(at: other)
    }
}

extension RedirectTests {
    func testTheURLSessionTransportReturnsRedirectsInsteadOfFollowingThem() async throws {
        let other = try await startOtherOrigin()
        let target = other.absoluteURL("/api/v1/landing")
        let transport = URLSessionTransport()
        let file = try temporaryDirectory().appendingPathComponent("body.bin")
        try testBytes(4096).write(to: file)
        let url = server.baseURL.appendingPathComponent("files")
        let get = HTTPRequest(method: "GET", url: url, headers: ["Authorization": "Bearer \(Self.apiKey)"])
        var upload = get
        upload.method = "POST"
        upload.body = .file(file)
        for status in [302, 307] {
            for _ in 0..<4 { server.enqueue(.redirect(status, to: target)) }
            let sent = try await transport.send(get)
            let uploaded = try await transport.send(upload)
            let downloaded = try await transport.download(get)
            try? FileManager.default.removeItem(at: downloaded.temporaryFile)
            let streamed = try await transport.stream(get)
            XCTAssertEqual(
                [sent.statusCode, uploaded.statusCode, downloaded.statusCode, streamed.statusCode],
                Array(repeating: status, count: 4))
            XCTAssertEqual(streamed.headers["Location"], target)
        }
        XCTAssertEqual(other.requests().count, 0, "the transport itself never follows a redirect")
    }
}

/// Records the attempt and the URL of every response a hook is shown.
private struct URLRecordingHook: ClientHook {
    /// The URL of each response.
    let urls = Recorder<String>()
    /// The attempt number of each request.
    let attempts = Recorder<Int>()

    /// Records the attempt.
    func beforeRequest(_ request: inout HTTPRequest, context: ClientHookContext) async throws {
        attempts.append(context.attempt)
    }

    /// Records the response's URL.
    func afterResponse(_ response: HTTPResponse, context: ClientHookContext) async {
        urls.append(response.url?.absoluteString ?? "nil")
    }
}

/// Replaces the request body with a file of `size` bytes (a body the client must read again for a 307).
private struct FileBodyHook: ClientHook {
    /// The body file.
    let file: URL
    /// Its size when the request is sent.
    let size: Int

    /// Sets the file body and its headers.
    func beforeRequest(_ request: inout HTTPRequest, context: ClientHookContext) async throws {
        request.body = .file(file)
        request.headers["Content-Type"] = "application/octet-stream"
        request.headers["Content-Length"] = String(size)
    }
}
