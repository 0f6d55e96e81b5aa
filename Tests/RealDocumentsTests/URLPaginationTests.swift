import Foundation
import RealDocuments
import TestServer
import XCTest

/// `url` pagination: each page names the next page's URL, which the page sequence requests as it is, with the same
/// stop rules as cursor pagination; credentials go with it only to the configured server's origin.
final class URLPaginationTests: XCTestCase {
    private var server: FilesTestServer!
    private var client: RealDocumentsClient!
    /// The API key a caller sends in a header (`X-API-Key` is a credential field of the document).
    private let keyed = RequestOptions(headers: ["X-API-Key": "key-123"])

    override func setUp() async throws {
        server = try await FilesTestServer.start()
        client = RealDocumentsClient(
            apiKey: "sk-test", serverURL: server.baseURL, retryPolicy: .none, environment: [:])
    }

    override func tearDown() async throws {
        try await server.shutdown()
    }

    private static func page(_ ids: [String], next: String?) -> Response {
        let items = ids.map { #"{"id":"\#($0)"}"# }.joined(separator: ",")
        let link = next.map { #""\#($0)""# } ?? "null"
        return .json(#"{"data":[\#(items)],"links":{"next":\#(link)}}"#)
    }

    private func events(options: RequestOptions? = nil) async throws -> [String] {
        var ids: [String] = []
        for try await event in client.operations.listEventsItems(limit: 2, options: options ?? keyed) {
            ids.append(event.id)
            if ids.count > 20 { break }
        }
        return ids
    }

    func testItFollowsAbsoluteAndRelativeNextURLsOnTheServersOrigin() async throws {
        let base = server.baseURL.absoluteString
        server.setRoute(method: "GET", path: "/events") { request in
            switch request.query("after") {
            case nil: Self.page(["e1", "e2"], next: "\(base)/events?after=e2&limit=2")
            case "e2": Self.page(["e3", "e4"], next: "/api/v1/events?after=e4")
            default: Self.page(["e5"], next: nil)
            }
        }
        let ids = try await events()
        XCTAssertEqual(ids, ["e1", "e2", "e3", "e4", "e5"])
        let asked = server.requests().filter { $0.path.hasSuffix("/events") }
        XCTAssertEqual(asked.map(\.rawQuery), ["limit=2", "after=e2&limit=2", "after=e4"])
        // Same origin: the credentials go with every page.
        XCTAssertEqual(asked.map { $0.headers["Authorization"] }, Array(repeating: "Bearer sk-test", count: 3))
        XCTAssertEqual(asked.map { $0.headers["X-API-Key"] }, Array(repeating: "key-123", count: 3))
    }

    /// A query-only or path-relative next URL resolves against the URL of the page that named it (the operation's
    /// `…/api/v1/events`), not against the server's `…/api/v1`.
    func testRelativeNextURLsResolveAgainstThePageNotTheServer() async throws {
        server.setRoute(method: "GET", path: "/events") { request in
            switch request.query("after") {
            case nil: Self.page(["e1"], next: "?after=e1")
            case "e1": Self.page(["e2"], next: "events?after=e2")
            default: Self.page(["e3"], next: nil)
            }
        }
        let ids = try await events()
        XCTAssertEqual(ids, ["e1", "e2", "e3"])
        let asked = server.requests().map { $0.path + "?" + ($0.rawQuery ?? "") }
        XCTAssertEqual(asked, ["/api/v1/events?limit=2", "/api/v1/events?after=e1", "/api/v1/events?after=e2"])
    }

    func testANextURLOnAnotherOriginGetsNoCredentials() async throws {
        let other = try await FilesTestServer.start()
        do {
            other.setRoute(method: "GET", path: "/events") { _ in Self.page(["x1"], next: nil) }
            let foreign = other.baseURL.absoluteString + "/events?after=e1"
            server.setRoute(method: "GET", path: "/events") { _ in Self.page(["e1"], next: foreign) }
            let ids = try await events()
            XCTAssertEqual(ids, ["e1", "x1"])
            let mine = try XCTUnwrap(server.requests().last { $0.path.hasSuffix("/events") })
            XCTAssertEqual(mine.headers["Authorization"], "Bearer sk-test")
            XCTAssertEqual(mine.headers["X-API-Key"], "key-123")
            let theirs = try XCTUnwrap(other.requests().last { $0.path.hasSuffix("/events") })
            XCTAssertEqual(theirs.rawQuery, "after=e1")
            XCTAssertNil(theirs.headers["Authorization"])
            XCTAssertNil(theirs.headers["X-API-Key"])
            XCTAssertEqual(theirs.headers["Accept"], "application/json")
        } catch {
            try await other.shutdown()
            throw error
        }
        try await other.shutdown()
    }

    func testItStopsAtARepeatedURLAnEmptyPageOrNoURL() async throws {
        let base = server.baseURL.absoluteString
        server.setRoute(method: "GET", path: "/events") { request in
            switch request.query("after") {
            case nil: Self.page(["e1"], next: "\(base)/events?after=e1")
            // The server names the same URL again: one request for it, not a loop.
            default: Self.page(["e2"], next: "\(base)/events?after=e1")
            }
        }
        let repeated = try await events()
        XCTAssertEqual(repeated, ["e1", "e2"])
        XCTAssertEqual(server.requests().filter { $0.path.hasSuffix("/events") }.count, 2)

        server.setRoute(method: "GET", path: "/events") { _ in Self.page([], next: "\(base)/events?after=x") }
        let empty = try await events()
        XCTAssertEqual(empty, [])
        XCTAssertEqual(server.requests().filter { $0.path.hasSuffix("/events") }.count, 3)

        server.setRoute(method: "GET", path: "/events") { _ in Self.page(["only"], next: "") }
        let last = try await events()
        XCTAssertEqual(last, ["only"])
        XCTAssertEqual(server.requests().filter { $0.path.hasSuffix("/events") }.count, 4)
    }

    func testANextURLThatIsNotHTTPFailsTheIterationBeforeAnythingIsSent() async throws {
        server.setRoute(method: "GET", path: "/events") { _ in Self.page(["e1"], next: "file:///etc/passwd") }
        do {
            _ = try await events()
            XCTFail("a file URL must not be followed")
        } catch {
            guard let failure = error as? ListEventsError, case .invalidRequest = failure else {
                return XCTFail("expected .invalidRequest, got \(error)")
            }
        }
        XCTAssertEqual(server.requests().filter { $0.path.hasSuffix("/events") }.count, 1)
    }
}
