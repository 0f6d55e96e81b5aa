import Foundation
import OpenRouter
import TestServer
import XCTest

/// `offsetLimit` pagination of the whole OpenRouter client against the loopback server: each next page is asked
/// for at the offset of the previous one plus its number of items, until a page is empty.
final class OffsetPaginationTests: XCTestCase {
    private var server: FilesTestServer!
    private var client: OpenRouterClient!

    override func setUp() async throws {
        server = try await FilesTestServer.start()
        client = OpenRouterClient(apiKey: "sk-test", serverURL: server.baseURL, retryPolicy: .none, environment: [:])
    }

    override func tearDown() async throws {
        try await server.shutdown()
    }

    private static func preset(_ number: Int) -> String {
        #"{"id":"p\#(number)","name":"P\#(number)","slug":"p\#(number)","status":"active","created_at":"t","updated_at":"t"}"#
    }

    func testItemsFollowTheOffsetUntilAnEmptyPage() async throws {
        let total = 5
        server.setRoute(method: "GET", path: "/presets") { request in
            let offset = request.query("offset").flatMap { Int($0) } ?? 0
            let limit = request.query("limit").flatMap { Int($0) } ?? 2
            let items = (offset..<min(offset + limit, total)).map(Self.preset).joined(separator: ",")
            return .json(#"{"data":[\#(items)],"total_count":\#(total)}"#)
        }
        var ids: [String] = []
        for try await preset in client.presets.listItems(limit: 2) {
            ids.append(preset.id)
            if ids.count > 10 { break }
        }
        XCTAssertEqual(ids, ["p0", "p1", "p2", "p3", "p4"])
        let asked = server.requests().filter { $0.path.hasSuffix("/presets") }
        XCTAssertEqual(asked.map { $0.query("offset") }, [nil, "2", "4", "5"])
        XCTAssertEqual(Set(asked.map { $0.query("limit") }), ["2"])
    }
}
