import FilesAPI
import Foundation
import XCTest

/// The client SDKGenPlugin generated from `Sources/FilesAPI/openapi.yaml` at build time, used without a network.
final class FilesAPITests: XCTestCase {
    func testTheClientIsGeneratedIntoTheTargetModule() {
        let client = OpenRouterClient(apiKey: "sk-test")
        XCTAssertEqual(OpenRouterClient.defaultUserAgent, "sdkgen/0.1.0 (swift) FilesAPI/1.0.0")
        XCTAssertEqual(OpenRouterClient.apiVersion, "1.0.0")
        XCTAssertEqual(client.configuration.serverURL, OpenRouterClient.Servers.production)
    }

    func testModelsRoundTripThroughJSON() throws {
        let json = Data("""
            {"id": "file-abc123", "filename": "notes.txt", "mime_type": "text/plain", "size_bytes": 42,
             "created_at": "2025-01-01T00:00:00Z", "downloadable": true, "type": "file"}
            """.utf8)
        let metadata = try JSONDecoder().decode(FileMetadata.self, from: json)
        XCTAssertEqual(metadata.id, "file-abc123")
        XCTAssertEqual(metadata.mimeType, "text/plain")
        XCTAssertEqual(metadata.sizeBytes, 42)
        XCTAssertEqual(metadata.type, .file)
        XCTAssertTrue(metadata.isText, "hand-written extensions live next to the generated code")
        let again = try JSONDecoder().decode(FileMetadata.self, from: JSONEncoder().encode(metadata))
        XCTAssertEqual(again, metadata)
    }

    func testACallGoesThroughTheTransport() async throws {
        let transport = StubTransport(body: """
            {"id": "file-abc123", "filename": "notes.txt", "mime_type": "text/plain", "size_bytes": 42,
             "created_at": "2025-01-01T00:00:00Z", "downloadable": true, "type": "file"}
            """)
        let client = OpenRouterClient(apiKey: "sk-test", serverURL: URL(string: "https://example.invalid/v1")!, transport: transport)
        let metadata = try await client.files.retrieve(fileId: "file-abc123")
        XCTAssertEqual(metadata.filename, "notes.txt")
        let request = try XCTUnwrap(transport.requests.first)
        XCTAssertEqual(request.method, "GET")
        XCTAssertEqual(request.url.absoluteString, "https://example.invalid/v1/files/file-abc123")
        XCTAssertEqual(request.headers["Authorization"], "Bearer sk-test")
        XCTAssertEqual(request.headers["User-Agent"], OpenRouterClient.defaultUserAgent)
    }
}

/// Answers every request with one JSON body and remembers the requests.
final class StubTransport: HTTPTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var sent: [HTTPRequest] = []
    private let body: String

    init(body: String) {
        self.body = body
    }

    var requests: [HTTPRequest] { lock.withLock { sent } }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        lock.withLock { sent.append(request) }
        return HTTPResponse(statusCode: 200, headers: ["Content-Type": "application/json"], body: Data(body.utf8))
    }
}
