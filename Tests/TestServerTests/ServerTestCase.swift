import Foundation
#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif
import TestServer
import XCTest

/// A test case with a fresh server and `URLSession` per test (no tests of its own).
class ServerTestCase: XCTestCase {
    var server: FilesTestServer!
    var session: URLSession!

    override func setUp() async throws {
        server = try await FilesTestServer.start()
        session = HTTPTestClient.makeSession()
    }

    override func tearDown() async throws {
        session.invalidateAndCancel()
        try await server.shutdown()
    }

    /// `baseURL` + `path` (which may carry a query).
    func url(_ path: String, on server: FilesTestServer? = nil) -> URL {
        URL(string: (server ?? self.server).baseURL.absoluteString + path)!
    }

    /// `GET path` with a bearer token (none when `token` is nil).
    func get(_ path: String, token: String? = "test-key") async throws -> (
        status: Int, body: Data, response: HTTPURLResponse
    ) {
        try await HTTPTestClient.send(HTTPTestClient.request(url(path), token: token), session: session)
    }

    /// `error.code` of a JSON error body.
    func errorCode(_ body: Data) throws -> Int? {
        (try HTTPTestClient.json(body)["error"] as? [String: Any])?["code"] as? Int
    }
}
