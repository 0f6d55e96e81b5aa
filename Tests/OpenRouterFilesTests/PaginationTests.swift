import Foundation
import OpenRouterFiles
import TestServer
import XCTest

/// `listPages` / `listItems` against the emulator's cursor pagination.
final class PaginationTests: ServerTestCase {
    /// Adds `count` files to workspace `workspace` (and one to the default workspace, which must
    /// never show up); returns the workspace's ids in order.
    private func addFiles(_ count: Int, workspace: String) -> [String] {
        server.addDownloadableFile(name: "other.txt", content: Data("x".utf8))
        return (0..<count).map { index in
            server.addDownloadableFile(
                name: "file \(index).txt", content: Data("content \(index)".utf8), workspaceID: workspace)
        }
    }

    func testListPagesWalksEveryPageAndStopsOnANullCursor() async throws {
        let ids = addFiles(5, workspace: "ws_pages")
        let client = makeClient()
        var pages: [FileListResponse] = []
        for try await page in client.files.listPages(limit: 2, workspaceId: "ws_pages") {
            pages.append(page)
            XCTAssertLessThan(pages.count, 10, "runaway pagination")
            if pages.count >= 10 { break }
        }
        XCTAssertEqual(pages.map(\.data.count), [2, 2, 1])
        XCTAssertEqual(pages.flatMap(\.data).map(\.id), ids)
        XCTAssertEqual(pages.map(\.hasMore), [true, true, false])
        XCTAssertNotNil(pages[0].cursor)
        XCTAssertNotNil(pages[1].cursor)
        XCTAssertNil(pages[2].cursor)

        // Every page request carries the same limit and workspace; cursors chain.
        let requests = server.requests()
        XCTAssertEqual(requests.count, 3)
        for request in requests {
            XCTAssertEqual(request.method, "GET")
            XCTAssertEqual(request.relativePath, "/files")
            XCTAssertEqual(request.queryValues("limit"), ["2"], request.uri)
            XCTAssertEqual(request.queryValues("workspace_id"), ["ws_pages"], request.uri)
            XCTAssertEqual(request.headers["Authorization"], "Bearer \(Self.apiKey)")
        }
        XCTAssertEqual(requests[0].queryValues("cursor"), [])
        XCTAssertEqual(requests[1].queryValues("cursor"), [try XCTUnwrap(pages[0].cursor)])
        XCTAssertEqual(requests[2].queryValues("cursor"), [try XCTUnwrap(pages[1].cursor)])
    }

    func testListItemsYieldsEveryItemInOrder() async throws {
        let ids = addFiles(5, workspace: "ws_items")
        let client = makeClient()
        var seen: [String] = []
        for try await file in client.files.listItems(limit: 2, workspaceId: "ws_items") {
            seen.append(file.id)
            if seen.count > 20 { break }
        }
        XCTAssertEqual(seen, ids)
        XCTAssertEqual(server.requestCount(method: "GET", path: "/files"), 3)
        XCTAssertTrue(
            server.requests().allSatisfy { $0.query("limit") == "2" && $0.query("workspace_id") == "ws_items" })
    }

    func testAnExactMultipleOfTheLimitEndsWithoutAnExtraRequest() async throws {
        let ids = addFiles(4, workspace: "ws_even")
        let client = makeClient()
        var seen: [String] = []
        for try await file in client.files.listItems(limit: 2, workspaceId: "ws_even") {
            seen.append(file.id)
            if seen.count > 20 { break }
        }
        XCTAssertEqual(seen, ids)
        XCTAssertEqual(server.requestCount(), 2, "the emulator's second page says has_more false with a null cursor")
    }

    func testStopsOnAnEmptyPageEvenWithACursor() async throws {
        // A server that always hands out a cursor, but no data.
        server.setRoute(method: "GET", path: "/files") { _ in
            .json(#"{"data":[],"cursor":"c2FtZQ==","has_more":true,"first_id":null,"last_id":null}"#)
        }
        let client = makeClient()
        var pages = 0
        for try await page in client.files.listPages(limit: 2) {
            pages += 1
            XCTAssertTrue(page.data.isEmpty)
            if pages > 5 { break }
        }
        XCTAssertEqual(pages, 1)
        XCTAssertEqual(server.requestCount(), 1)
    }

    func testStopsWhenTheServerRepeatsACursor() async throws {
        // A broken server that returns the same non-empty page and cursor forever.
        server.setRoute(method: "GET", path: "/files") { _ in
            .json(
                #"{"data":[{"id":"file_a","type":"file","filename":"a","mime_type":"text/plain","size_bytes":1,"created_at":"2025-01-01T00:00:00Z","downloadable":false}],"cursor":"loop","has_more":true}"#
            )
        }
        let client = makeClient()
        var items = 0
        for try await _ in client.files.listItems() {
            items += 1
            if items > 10 { break }
        }
        XCTAssertEqual(items, 2, "the first page, then the page at cursor \"loop\" which points at itself")
        XCTAssertEqual(server.requestCount(), 2)
    }

    func testAFailingPageEndsIterationWithTheTypedError() async throws {
        _ = addFiles(3, workspace: "ws_fail")
        let client = makeClient(retryPolicy: .none)
        var iterator = client.files.listPages(limit: 2, workspaceId: "ws_fail").makeAsyncIterator()
        let first = try await iterator.next()
        XCTAssertEqual(first?.data.count, 2)
        // The second page gets a documented 429.
        server.enqueue(.jsonError(429, message: "slow down"), method: "GET", path: "/files")
        do throws(ListFilesError) {
            _ = try await iterator.next()
            XCTFail("expected .tooManyRequests")
        } catch {
            guard case let .tooManyRequests(documented) = error else {
                return XCTFail("expected .tooManyRequests, got \(error)")
            }
            XCTAssertEqual(documented.body.error.message, "slow down")
        }
        XCTAssertEqual(server.requests().last?.query("cursor"), first?.cursor)
    }
}
