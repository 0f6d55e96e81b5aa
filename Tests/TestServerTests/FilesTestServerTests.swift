import Foundation
#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif
import TestServer
import XCTest

/// Upload, paging, download, delete, scripted statuses, closed connections, SSE and large
/// transfers, driven with plain `URLSession`.
final class FilesTestServerTests: ServerTestCase {
    func testBaseURLIsLoopback() {
        XCTAssertEqual(server.baseURL.host, "127.0.0.1")
        XCTAssertEqual(server.baseURL.port, server.port)
        XCTAssertEqual(server.baseURL.path, "/api/v1")
    }

    func testUploadListRetrieveDownloadDelete() async throws {
        // Upload three files; the content holds CRLFs and a near-miss of a delimiter.
        var uploadedIDs: [String] = []
        for index in 0..<3 {
            let content = Data("line one\r\n--not-the-boundary\r\n\r\nfile \(index)\r\n".utf8)
            let (status, body) = try await HTTPTestClient.uploadMultipart(
                to: url("/files"), filename: "doc \(index).txt", contentType: "text/plain", content: content,
                session: session
            )
            XCTAssertEqual(status, 200, String(decoding: body, as: UTF8.self))
            let metadata = try HTTPTestClient.json(body)
            XCTAssertEqual(metadata["type"] as? String, "file")
            XCTAssertEqual(metadata["filename"] as? String, "doc \(index).txt")
            XCTAssertEqual(metadata["mime_type"] as? String, "text/plain")
            XCTAssertEqual(metadata["size_bytes"] as? Int, content.count)
            XCTAssertEqual(metadata["downloadable"] as? Bool, false)
            XCTAssertNotNil(metadata["created_at"] as? String)
            let id = try XCTUnwrap(metadata["id"] as? String)
            uploadedIDs.append(id)
            let stored = try XCTUnwrap(server.storedFile(id: id))
            XCTAssertEqual(stored.checksum, FNV1a64.hash(content))
            XCTAssertEqual(stored.prefix, content)
        }
        let uploadRequest = try XCTUnwrap(server.requests().first)
        let part = try XCTUnwrap(uploadRequest.part(named: "file"))
        XCTAssertEqual(part.filename, "doc 0.txt")
        XCTAssertEqual(part.contentType, "text/plain")
        XCTAssertEqual(part.text, "line one\r\n--not-the-boundary\r\n\r\nfile 0\r\n")

        let payload = Data((0..<5000).map { UInt8(truncatingIfNeeded: $0 * 7) })
        let downloadableID = server.addDownloadableFile(name: "report.bin", content: payload)
        XCTAssertEqual(server.storedFiles().count, 4)

        // Page through with limit=3: the cursor leads to the last file, then it is null.
        let first = try await get("/files?limit=3")
        XCTAssertEqual(first.status, 200)
        let page1 = try HTTPTestClient.json(first.body)
        let data1 = try XCTUnwrap(page1["data"] as? [[String: Any]])
        XCTAssertEqual(data1.compactMap { $0["id"] as? String }, uploadedIDs)
        XCTAssertEqual(page1["has_more"] as? Bool, true)
        XCTAssertEqual(page1["first_id"] as? String, uploadedIDs[0])
        XCTAssertEqual(page1["last_id"] as? String, uploadedIDs[2])
        let cursor = try XCTUnwrap(page1["cursor"] as? String)
        let encodedCursor = cursor.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        let second = try await get("/files?limit=3&cursor=\(encodedCursor)")
        let page2 = try HTTPTestClient.json(second.body)
        let data2 = try XCTUnwrap(page2["data"] as? [[String: Any]])
        XCTAssertEqual(data2.compactMap { $0["id"] as? String }, [downloadableID])
        XCTAssertEqual(page2["has_more"] as? Bool, false)
        XCTAssertTrue(page2["cursor"] is NSNull, "cursor must be JSON null on the last page")
        let all = try await get("/files")
        XCTAssertEqual((try HTTPTestClient.json(all.body)["data"] as? [Any])?.count, 4)
        let tooLarge = try await get("/files?limit=1001")
        XCTAssertEqual(tooLarge.status, 400)

        // Retrieve and download.
        let retrieved = try await get("/files/\(downloadableID)")
        XCTAssertEqual(retrieved.status, 200)
        let metadata = try HTTPTestClient.json(retrieved.body)
        XCTAssertEqual(metadata["downloadable"] as? Bool, true)
        XCTAssertEqual(metadata["size_bytes"] as? Int, payload.count)
        let download = try await get("/files/\(downloadableID)/content")
        XCTAssertEqual(download.status, 200)
        XCTAssertEqual(download.response.value(forHTTPHeaderField: "Content-Type"), "application/octet-stream")
        XCTAssertEqual(download.body, payload)
        let notDownloadable = try await get("/files/\(uploadedIDs[0])/content")
        XCTAssertEqual(notDownloadable.status, 400)
        XCTAssertEqual(try errorCode(notDownloadable.body), 400)

        // Delete, then 404 everywhere.
        var deleteRequest = HTTPTestClient.request(url("/files/\(uploadedIDs[1])"), method: "DELETE")
        let deleted = try await HTTPTestClient.send(deleteRequest, session: session)
        XCTAssertEqual(deleted.status, 200)
        let deletedBody = try HTTPTestClient.json(deleted.body)
        XCTAssertEqual(deletedBody["id"] as? String, uploadedIDs[1])
        XCTAssertEqual(deletedBody["type"] as? String, "file_deleted")
        deleteRequest = HTTPTestClient.request(url("/files/\(uploadedIDs[1])"), method: "DELETE")
        let deletedAgain = try await HTTPTestClient.send(deleteRequest, session: session)
        XCTAssertEqual(deletedAgain.status, 404)
        for path in ["/files/\(uploadedIDs[1])", "/files/file_unknown", "/files/file_unknown/content"] {
            let missing = try await get(path)
            XCTAssertEqual(missing.status, 404, path)
            XCTAssertEqual(try errorCode(missing.body), 404, path)
        }
        XCTAssertEqual(server.storedFiles().count, 3)

        // No credentials: 401 with the documented body.
        let unauthorized = try await get("/files", token: nil)
        XCTAssertEqual(unauthorized.status, 401)
        let unauthorizedError = try HTTPTestClient.json(unauthorized.body)["error"] as? [String: Any]
        XCTAssertEqual(unauthorizedError?["message"] as? String, "Missing Authentication header")
        XCTAssertEqual(server.requestCount(method: "POST", path: "/files"), 3)
        XCTAssertEqual(server.requestCount(method: "GET", path: "/files/*/content"), 3)
    }

    func testScriptedStatusesThenSuccessAreCounted() async throws {
        let error = Data(#"{"error":{"code":503,"message":"Service Unavailable"}}"#.utf8)
        server.enqueue(.status(503, headers: [("Retry-After", "0")], body: error), method: "GET", path: "/files")
        server.enqueue(.status(503, body: error), method: "GET", path: "/files")
        XCTAssertEqual(server.pendingFaultCount, 2)

        let unmatched = try await get("/files/file_x")
        XCTAssertEqual(unmatched.status, 404, "a fault for GET /files must not hit another path")
        let statuses = try await [get("/files").status, get("/files").status, get("/files").status]
        XCTAssertEqual(statuses, [503, 503, 200])
        XCTAssertEqual(server.requestCount(method: "GET", path: "/files"), 3)
        XCTAssertEqual(server.requestCount(), 4)
        XCTAssertEqual(server.pendingFaultCount, 0)

        server.enqueue(
            .status(429, headers: [("Retry-After", "7")], body: Data("slow down".utf8), contentType: "text/plain"))
        let limited = try await get("/anything")
        XCTAssertEqual(limited.status, 429)
        XCTAssertEqual(limited.response.value(forHTTPHeaderField: "Retry-After"), "7")
        XCTAssertEqual(limited.response.value(forHTTPHeaderField: "Content-Type"), "text/plain")
        XCTAssertEqual(String(decoding: limited.body, as: UTF8.self), "slow down")

        server.reset()
        XCTAssertEqual(server.requests().count, 0)
    }

    func testCloseBeforeResponseFailsTheRequest() async throws {
        server.enqueue(.closeBeforeResponse, path: "/files")
        do {
            let result = try await get("/files")
            XCTFail("expected a connection error, got status \(result.status)")
        } catch {
            XCTAssertTrue(error is URLError, "\(error)")
        }
        XCTAssertEqual(server.requestCount(path: "/files"), 1)
        let after = try await get("/files")
        XCTAssertEqual(after.status, 200, "the server keeps serving after a closed connection")
    }

    func testServerSentEventsArriveAsChunks() async throws {
        let events = [#"{"n":1}"#, #"{"n":2}"#, #"{"n":3}"#]
        server.setRoute(method: "POST", path: "/chat/completions") { _ in
            .sse(events: events, done: true, delay: .milliseconds(200))
        }
        let clock = ContinuousClock()
        var arrivals: [(ContinuousClock.Instant, Data)] = []
        var response: HTTPURLResponse?
        for try await event in StreamingDelegate.stream(
            HTTPTestClient.request(url("/chat/completions"), method: "POST"))
        {
            switch event {
            case .response(let head): response = head
            case .data(let data): arrivals.append((clock.now, data))
            }
        }
        XCTAssertEqual(response?.statusCode, 200)
        XCTAssertEqual(response?.value(forHTTPHeaderField: "Content-Type"), "text/event-stream")
        XCTAssertEqual(response?.value(forHTTPHeaderField: "Transfer-Encoding")?.lowercased(), "chunked")
        let text = String(decoding: arrivals.reduce(Data()) { $0 + $1.1 }, as: UTF8.self)
        XCTAssertEqual(
            text, sseChunks(events: events, done: true).map { String(decoding: $0.data, as: UTF8.self) }.joined())
        XCTAssertTrue(text.hasSuffix("data: [DONE]\n\n"))
        // Streamed, not buffered: the first event arrived well before the last one was sent.
        let first = try XCTUnwrap(arrivals.first?.0)
        let last = try XCTUnwrap(arrivals.last?.0)
        XCTAssertGreaterThanOrEqual(arrivals.count, 2)
        XCTAssertGreaterThanOrEqual(last - first, .milliseconds(400))
    }

    func testGeneratedDownloadIsStreamed() async throws {
        let size = 20 * 1024 * 1024
        let id = server.addGeneratedDownloadableFile(name: "big.bin", size: size)
        var hasher = FNV1a64()
        var received = 0
        var chunks = 0
        var status: Int?
        var first = Data()
        for try await event in StreamingDelegate.stream(HTTPTestClient.request(url("/files/\(id)/content"))) {
            switch event {
            case .response(let head):
                status = head.statusCode
                XCTAssertEqual(head.value(forHTTPHeaderField: "Content-Length"), String(size))
            case .data(let data):
                hasher.update(data)
                received += data.count
                chunks += 1
                if first.count < 1000 { first.append(data.prefix(1000 - first.count)) }
            }
        }
        XCTAssertEqual(status, 200)
        XCTAssertEqual(received, size)
        XCTAssertGreaterThan(chunks, 1)
        XCTAssertEqual(first, GeneratedPattern.bytes(count: 1000))
        XCTAssertEqual(hasher.value, GeneratedPattern.checksum(size: size))
    }

    func testLargeUploadIsCountedAndChecksummed() async throws {
        let content = GeneratedPattern.bytes(offset: 12345, count: 24 * 1024 * 1024 + 17)
        let (status, body) = try await HTTPTestClient.uploadMultipart(
            to: url("/files"), filename: "large.bin", contentType: "application/octet-stream", content: content,
            session: session
        )
        XCTAssertEqual(status, 200, String(decoding: body, as: UTF8.self))
        let id = try XCTUnwrap(try HTTPTestClient.json(body)["id"] as? String)
        let stored = try XCTUnwrap(server.storedFile(id: id))
        XCTAssertEqual(stored.sizeBytes, content.count)
        XCTAssertEqual(stored.checksum, FNV1a64.hash(content))
        XCTAssertEqual(stored.prefix.count, FilesTestServer.keptBytesLimit)
        let recorded = try XCTUnwrap(server.requests().last)
        XCTAssertEqual(recorded.body.count, FilesTestServer.keptBytesLimit)
        XCTAssertGreaterThan(recorded.bodyLength, content.count)
    }
}
