import Foundation
import OpenRouterFilesNext
import TestServer
import XCTest

/// The next Files document: `oneOf` responses discriminated by `_shape` and an open enum parameter.
final class FilesNextTests: XCTestCase {
    private var server: FilesTestServer!
    private var client: OpenRouterClient!

    override func setUp() async throws {
        server = try await FilesTestServer.start()
        client = OpenRouterClient(apiKey: "sk-test", serverURL: server.baseURL, retryPolicy: .none, environment: [:])
    }

    override func tearDown() async throws {
        try await server.shutdown()
    }

    func testUnionResponsesDecodeByDiscriminator() async throws {
        server.setRoute(method: "GET", path: "/files/file_1") { _ in
            .json(#"{"_shape":"openai","id":"file_1","object":"file","bytes":3,"created_at":1,"filename":"a.txt","purpose":"user_data","status":"processed"}"#)
        }
        let file = try await client.files.retrieve(fileId: "file_1")
        guard case .openAIFile(let openAI) = file else { return XCTFail("expected the OpenAI shape, got \(file)") }
        XCTAssertEqual(openAI.id, "file_1")
    }

    func testOpenEnumKeepsUnknownValuesOnTheWire() throws {
        XCTAssertEqual(FileProvider(rawValue: "openai"), .openai)
        XCTAssertEqual(FileProvider(rawValue: "mistral"), .unknown("mistral"))
        let decoded = try JSONDecoder().decode([FileProvider].self, from: Data(#"["anthropic","future-provider"]"#.utf8))
        XCTAssertEqual(decoded, [.anthropic, .unknown("future-provider")])
        XCTAssertEqual(String(decoding: try JSONEncoder().encode(decoded), as: UTF8.self), #"["anthropic","future-provider"]"#)
    }
}
