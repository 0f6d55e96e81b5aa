import Foundation
import RealDocuments
import TestServer
import XCTest

/// An operation whose success responses differ (a body and none, or bodies of different types) returns an enum
/// with a case per success status, each with the body that status documents.
final class SuccessOutcomeTests: XCTestCase {
    private var server: FilesTestServer!
    private var client: RealDocumentsClient!

    override func setUp() async throws {
        server = try await FilesTestServer.start()
        client = RealDocumentsClient(
            apiKey: "sk-test", serverURL: server.baseURL, retryPolicy: .none, environment: [:])
    }

    override func tearDown() async throws {
        try await server.shutdown()
    }

    func testEachSuccessStatusDecodesItsOwnBody() async throws {
        server.enqueue(.response(.json(#"{"output":"done"}"#, status: 200)), method: "POST", path: "/jobs")
        server.enqueue(.response(.json(#"{"ticket":"t-1"}"#, status: 202)), method: "POST", path: "/jobs")
        server.enqueue(.response(Response(status: 204)), method: "POST", path: "/jobs")
        var seen: [String] = []
        for _ in 0..<3 {
            switch try await client.operations.startJob() {
            case .ok(let result): seen.append("ok \(result.output)")
            case .accepted(let ticket): seen.append("accepted \(ticket.ticket)")
            case .noContent: seen.append("noContent")
            }
        }
        XCTAssertEqual(seen, ["ok done", "accepted t-1", "noContent"])
    }

    func testABodylessSuccessIsItsOwnCaseNotAnEmptyBody() async throws {
        server.enqueue(.response(Response(status: 202)), method: "GET", path: "/reports/r1")
        server.enqueue(
            .response(
                Response(status: 200, headers: [("Content-Type", "application/pdf")], body: .data(Data("%PDF".utf8)))),
            method: "GET", path: "/reports/r1")
        guard case .accepted = try await client.operations.getReport(id: "r1") else {
            return XCTFail("202 should be .accepted")
        }
        guard case .ok(let bytes) = try await client.operations.getReport(id: "r1") else {
            return XCTFail("200 should be .ok")
        }
        XCTAssertEqual(bytes, Data("%PDF".utf8))
    }

    func testADocumentedErrorStillThrows() async throws {
        server.enqueue(.jsonError(404, message: "no such job"), method: "POST", path: "/jobs")
        do {
            _ = try await client.operations.startJob()
            XCTFail("404 should throw")
        } catch {
            guard case .notFound = error else { return XCTFail("expected .notFound, got \(error)") }
        }
    }
}
