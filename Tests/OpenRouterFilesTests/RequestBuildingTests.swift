import Foundation
import OpenRouterFiles
import TestServer
import XCTest

/// The exact request each Files operation puts on the wire, as the server recorded it.
final class RequestBuildingTests: ServerTestCase {
    /// Headers the HTTP stack (libcurl) may add on its own.
    private static let transportHeaders: Set<String> = [
        "host", "accept-encoding", "accept-language", "connection", "content-length",
    ]

    /// Checks the headers every call sends, and that no header beyond `expected` (and the
    /// transport's own) was sent.
    private func assertCommonHeaders(
        _ request: RecordedRequest,
        accept: String,
        expected extra: Set<String> = [],
        file: StaticString = #filePath,
        line: UInt = #line
    ) {
        let headers = request.headers
        XCTAssertEqual(headers.values(for: "Authorization"), ["Bearer \(Self.apiKey)"], file: file, line: line)
        XCTAssertEqual(headers.values(for: "Accept"), [accept], file: file, line: line)
        XCTAssertEqual(headers.values(for: "User-Agent"), [OpenRouterClient.defaultUserAgent], file: file, line: line)
        XCTAssertEqual(headers.values(for: "HTTP-Referer"), ["https://app.example"], file: file, line: line)
        XCTAssertEqual(headers.values(for: "X-OpenRouter-Title"), ["Request Tests"], file: file, line: line)
        let names = Set(headers.fields.map { $0.name.lowercased() })
        let allowed = Self.transportHeaders
            .union(["authorization", "accept", "user-agent", "http-referer", "x-openrouter-title"])
            .union(extra.map { $0.lowercased() })
        XCTAssertTrue(
            names.isSubset(of: allowed), "unexpected headers: \(names.subtracting(allowed).sorted())", file: file,
            line: line)
        // One of each: nothing duplicated.
        XCTAssertEqual(names.count, headers.count, "\(headers)", file: file, line: line)
    }

    private func client() -> OpenRouterClient {
        makeClient(globals: .init(httpReferer: "https://app.example", appTitle: "Request Tests"))
    }

    func testList() async throws {
        _ = try? await client().files.list(limit: 7, cursor: "c/ur+sor= &#", workspaceId: "ws 1")
        let request = try XCTUnwrap(server.requests().first)
        XCTAssertEqual(request.method, "GET")
        XCTAssertEqual(request.path, "/api/v1/files")
        XCTAssertEqual(request.rawQuery, "limit=7&cursor=c%2Fur%2Bsor%3D%20%26%23&workspace_id=ws%201")
        XCTAssertEqual(
            request.queryItems,
            [
                QueryItem(name: "limit", value: "7"), QueryItem(name: "cursor", value: "c/ur+sor= &#"),
                QueryItem(name: "workspace_id", value: "ws 1"),
            ])
        XCTAssertEqual(request.bodyLength, 0)
        assertCommonHeaders(request, accept: "application/json")

        // Optional parameters left out are not sent at all.
        server.reset()
        _ = try await client().files.list()
        XCTAssertNil(try XCTUnwrap(server.requests().first).rawQuery)
        XCTAssertEqual(server.requests().first?.uri, "/api/v1/files")
    }

    func testUploadFromData() async throws {
        _ = try await client().files.upload(
            file: FileUpload(fileName: "a b.txt", content: Data("hello\r\n".utf8)), workspaceId: "ws_up"
        )
        let request = try XCTUnwrap(server.requests().first)
        XCTAssertEqual(request.method, "POST")
        XCTAssertEqual(request.uri, "/api/v1/files?workspace_id=ws_up")
        assertCommonHeaders(request, accept: "application/json", expected: ["content-type"])
        let contentType = try XCTUnwrap(request.headers["Content-Type"])
        XCTAssertTrue(contentType.hasPrefix("multipart/form-data; boundary="), contentType)
        let boundary = String(contentType.dropFirst("multipart/form-data; boundary=".count))
        XCTAssertEqual(request.headers["Content-Length"], String(request.bodyLength))
        XCTAssertNil(request.headers["Transfer-Encoding"])
        // The exact body.
        let expected =
            "--\(boundary)\r\n"
            + "Content-Disposition: form-data; name=\"file\"; filename=\"a b.txt\"\r\n"
            + "Content-Type: text/plain\r\n"
            + "\r\n"
            + "hello\r\n"
            + "\r\n"
            + "--\(boundary)--\r\n"
        XCTAssertEqual(request.bodyText, expected)
        let part = try XCTUnwrap(request.parts?.first)
        XCTAssertEqual(request.parts?.count, 1)
        XCTAssertEqual(part.name, "file")
        XCTAssertEqual(part.filename, "a b.txt")
        XCTAssertEqual(part.contentType, "text/plain")
        XCTAssertEqual(part.headers.count, 2)
    }

    func testUploadFromFile() async throws {
        let file = try temporaryDirectory().appendingPathComponent("data.json")
        let content = Data(#"{"k":[1,2,3]}"#.utf8)
        try content.write(to: file)
        _ = try await client().files.upload(file: FileUpload(fileURL: file))
        let request = try XCTUnwrap(server.requests().first)
        XCTAssertEqual(request.method, "POST")
        XCTAssertEqual(request.uri, "/api/v1/files")
        // Streamed from the file as it is sent: FoundationNetworking sends a stream chunked, without a length.
        assertCommonHeaders(request, accept: "application/json", expected: ["content-type", "transfer-encoding"])
        XCTAssertEqual(request.headers["Transfer-Encoding"], "chunked")
        XCTAssertNil(request.headers["Content-Length"])
        let part = try XCTUnwrap(request.part(named: "file"))
        XCTAssertEqual(part.filename, "data.json")
        XCTAssertEqual(part.contentType, "application/json")
        XCTAssertEqual(part.content, content)
    }

    func testRetrieve() async throws {
        let id = server.addDownloadableFile(name: "x.txt", content: Data("x".utf8), workspaceID: "ws_r")
        _ = try await client().files.retrieve(fileId: id, workspaceId: "ws_r")
        let request = try XCTUnwrap(server.requests().first)
        XCTAssertEqual(request.method, "GET")
        XCTAssertEqual(request.uri, "/api/v1/files/\(id)?workspace_id=ws_r")
        XCTAssertEqual(request.bodyLength, 0)
        assertCommonHeaders(request, accept: "application/json")
    }

    func testDelete() async throws {
        let id = server.addDownloadableFile(name: "x.txt", content: Data("x".utf8))
        let deleted = try await client().files.delete(fileId: id)
        XCTAssertEqual(deleted.id, id)
        let request = try XCTUnwrap(server.requests().first)
        XCTAssertEqual(request.method, "DELETE")
        XCTAssertEqual(request.uri, "/api/v1/files/\(id)")
        XCTAssertEqual(request.bodyLength, 0)
        assertCommonHeaders(request, accept: "application/json")
    }

    func testDownloadBothWays() async throws {
        let id = server.addDownloadableFile(name: "x.bin", content: Data([1, 2, 3]), workspaceID: "ws_d")
        _ = try await client().files.download(fileId: id, workspaceId: "ws_d")
        let destination = try temporaryDirectory().appendingPathComponent("x.bin")
        try await client().files.download(fileId: id, workspaceId: "ws_d", to: destination)
        let requests = server.requests()
        XCTAssertEqual(requests.count, 2)
        for request in requests {
            XCTAssertEqual(request.method, "GET")
            XCTAssertEqual(request.uri, "/api/v1/files/\(id)/content?workspace_id=ws_d")
            XCTAssertEqual(request.bodyLength, 0)
            assertCommonHeaders(request, accept: "application/octet-stream")
        }
    }

    func testServerURLWithTrailingSlashAndBasePath() async throws {
        let withSlash = try XCTUnwrap(URL(string: server.baseURL.absoluteString + "/"))
        _ = try await client().files.list(options: RequestOptions(serverURL: withSlash))
        XCTAssertEqual(server.requests().first?.uri, "/api/v1/files")
    }
}
