import Foundation
#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif
import TestServer
import XCTest

/// Delays, broken responses, recording details, connection reuse, concurrency, workspaces and shutdown.
final class FilesTestServerEdgeTests: ServerTestCase {
    func testDelayedFaults() async throws {
        server.enqueue(.delayed(.milliseconds(300), .status(500)))
        server.enqueue(.delay(.milliseconds(300)))
        let clock = ContinuousClock()
        let start = clock.now
        let failed = try await get("/files")
        let succeeded = try await get("/files")
        XCTAssertEqual([failed.status, succeeded.status], [500, 200])
        XCTAssertGreaterThanOrEqual(clock.now - start, .milliseconds(600))
    }

    func testCloseMidBodyAndBrokenJSON() async throws {
        server.enqueue(.closeMidBody(status: 200, declaredLength: 1000, sentBytes: Data(repeating: 65, count: 100)))
        do {
            _ = try await get("/files")
            XCTFail("expected a connection error")
        } catch {
            XCTAssertTrue(error is URLError, "\(error)")
        }
        server.enqueue(.truncatedJSON)
        server.enqueue(.invalidJSON)
        for _ in 0..<2 {
            let broken = try await get("/files")
            XCTAssertEqual(broken.status, 200)
            XCTAssertThrowsError(try JSONSerialization.jsonObject(with: broken.body))
        }
        server.enqueue(.rawResponse(Data("HTTP/1.1 418 I'm a teapot\r\nContent-Length: 3\r\n\r\ntea".utf8)))
        let raw = try await get("/files")
        XCTAssertEqual(raw.status, 418)
        XCTAssertEqual(raw.body, Data("tea".utf8))
    }

    func testRecordsQueryHeadersAndJSONBody() async throws {
        server.setRoute(method: "POST", path: "/echo") { request in
            .json(request.body, status: 201, headers: [("X-Seen-Length", String(request.bodyLength))])
        }
        var request = HTTPTestClient.request(
            url("/echo?b=2&a=x%20y&b=3&flag&plus=1%2B1"), method: "POST",
            headers: ["Content-Type": "application/json", "X-OpenRouter-Title": "sdkgen tests"]
        )
        request.httpBody = Data(#"{"hello":"world"}"#.utf8)
        let echoed = try await HTTPTestClient.send(request, session: session)
        XCTAssertEqual(echoed.status, 201)
        XCTAssertEqual(echoed.body, Data(#"{"hello":"world"}"#.utf8))
        XCTAssertEqual(echoed.response.value(forHTTPHeaderField: "X-Seen-Length"), "17")

        let recorded = try XCTUnwrap(server.requests().last)
        XCTAssertEqual(recorded.method, "POST")
        XCTAssertEqual(recorded.path, "/api/v1/echo")
        XCTAssertEqual(recorded.relativePath, "/echo")
        XCTAssertEqual(recorded.rawQuery, "b=2&a=x%20y&b=3&flag&plus=1%2B1")
        XCTAssertEqual(recorded.queryItems.map(\.name), ["b", "a", "b", "flag", "plus"])
        XCTAssertEqual(recorded.queryValues("b"), ["2", "3"])
        XCTAssertEqual(recorded.query("a"), "x y")
        XCTAssertEqual(recorded.query("plus"), "1+1")
        XCTAssertNil(recorded.query("flag"))
        XCTAssertEqual(recorded.headers["x-openrouter-title"], "sdkgen tests")
        XCTAssertEqual(recorded.headers["AUTHORIZATION"], "Bearer test-key")
        XCTAssertEqual((recorded.jsonBody as? [String: String])?["hello"], "world")
        XCTAssertNil(recorded.parts)
    }

    func testCloseBeforeResponseWithoutKeepAliveAfterAnEarlierRequest() async throws {
        let fresh = try await FilesTestServer.start(keepAlive: false)
        let first = try await HTTPTestClient.send(HTTPTestClient.request(url("/files", on: fresh)), session: session)
        XCTAssertEqual(first.response.value(forHTTPHeaderField: "Connection")?.lowercased(), "close")
        fresh.enqueue(.closeBeforeResponse)
        do {
            let second = try await HTTPTestClient.send(
                HTTPTestClient.request(url("/files", on: fresh)), session: session)
            XCTFail("expected a connection error, got \(second.status)")
        } catch {
            XCTAssertTrue(error is URLError, "\(error)")
        }
        XCTAssertEqual(fresh.requestCount(), 2, "no hidden resend on a fresh connection")
        try await fresh.shutdown()
    }

    func testConcurrentRequestsShareOneFaultQueue() async throws {
        for _ in 0..<10 { server.enqueue(.status(500), method: "GET", path: "/files") }
        let request = HTTPTestClient.request(url("/files"))
        let session: URLSession = session
        let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<30 {
                group.addTask { try await HTTPTestClient.send(request, session: session).status }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        XCTAssertEqual(statuses.filter { $0 == 500 }.count, 10)
        XCTAssertEqual(statuses.filter { $0 == 200 }.count, 20)
        XCTAssertEqual(server.requestCount(method: "GET", path: "/files"), 30)
        XCTAssertEqual(Set(server.requests().map(\.sequence)), Set(0..<30))
    }

    func testWorkspacesCursorsAndUnknownRoutes() async throws {
        let id = server.addDownloadableFile(name: "ws.txt", content: Data("hi".utf8), workspaceID: "ws-1")
        let defaultList = try HTTPTestClient.json(try await get("/files").body)
        XCTAssertEqual((defaultList["data"] as? [Any])?.count, 0)
        XCTAssertTrue(defaultList["first_id"] is NSNull)
        let scoped = try HTTPTestClient.json(try await get("/files?workspace_id=ws-1").body)
        XCTAssertEqual(((scoped["data"] as? [[String: Any]])?.first)?["id"] as? String, id)
        let outside = try await get("/files/\(id)")
        XCTAssertEqual(outside.status, 404)
        let inside = try await get("/files/\(id)/content?workspace_id=ws-1")
        XCTAssertEqual(inside.body, Data("hi".utf8))
        let badCursor = try await get("/files?cursor=bm90LWEtY3Vyc29y")
        XCTAssertEqual(badCursor.status, 400)
        XCTAssertEqual(try errorCode(badCursor.body), 400)
        let nowhere = try await get("/nowhere")
        XCTAssertEqual(nowhere.status, 404)
        let put = try await HTTPTestClient.send(HTTPTestClient.request(url("/files"), method: "PUT"), session: session)
        XCTAssertEqual(put.status, 405)
        let head = try await HTTPTestClient.send(
            HTTPTestClient.request(url("/files"), method: "HEAD"), session: session)
        XCTAssertEqual(head.status, 405)
        XCTAssertEqual(head.body.count, 0)
        let afterHead = try await get("/files")
        XCTAssertEqual(afterHead.status, 200, "the connection stays usable after a HEAD response")
        var notMultipart = HTTPTestClient.request(
            url("/files"), method: "POST", headers: ["Content-Type": "application/json"])
        notMultipart.httpBody = Data("{}".utf8)
        let rejected = try await HTTPTestClient.send(notMultipart, session: session)
        XCTAssertEqual(rejected.status, 400)
    }

    func testShutdownEndsSlowRouteHandlers() async throws {
        let started = AsyncStream<Void>.makeStream()
        server.setRoute(method: "GET", path: "/slow") { _ in
            started.continuation.yield()
            try? await Task.sleep(for: .seconds(60))
            return .text("late")
        }
        let slowServer = server!
        let slowRequest = HTTPTestClient.request(url("/slow"))
        let session: URLSession = session
        let request = Task { try? await HTTPTestClient.send(slowRequest, session: session) }
        var iterator = started.stream.makeAsyncIterator()
        await iterator.next()
        let clock = ContinuousClock()
        let start = clock.now
        try await slowServer.shutdown()
        XCTAssertLessThan(clock.now - start, .seconds(10))
        _ = await request.value
        server = try await FilesTestServer.start()  // for tearDown
    }
}
