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
            .json(
                #"{"_shape":"openai","id":"file_1","object":"file","bytes":3,"created_at":1,"filename":"a.txt","purpose":"user_data","status":"processed"}"#
            )
        }
        let file = try await client.files.retrieve(fileId: "file_1")
        guard case .openAIFile(let openAI) = file else { return XCTFail("expected the OpenAI shape, got \(file)") }
        XCTAssertEqual(openAI.id, "file_1")
    }

    func testOpenEnumKeepsUnknownValuesOnTheWire() throws {
        XCTAssertEqual(FileProvider(rawValue: "openai"), .openai)
        XCTAssertEqual(FileProvider(rawValue: "mistral"), .unknown("mistral"))
        let decoded = try JSONDecoder().decode(
            [FileProvider].self, from: Data(#"["anthropic","future-provider"]"#.utf8))
        XCTAssertEqual(decoded, [.anthropic, .unknown("future-provider")])
        XCTAssertEqual(
            String(decoding: try JSONEncoder().encode(decoded), as: UTF8.self), #"["anthropic","future-provider"]"#)
    }

    /// The list response is a union of three page shapes; only the OpenRouter shape has a cursor, so pages are
    /// followed while it is there and the first page of another shape (or without a cursor) is the last.
    func testPagesOfAUnionResponseFollowTheCursorOfTheShapeThatHasOne() async throws {
        let file =
            #"{"_shape":"openrouter","id":"f","type":"file","filename":"a","mime_type":"text/plain","size_bytes":1,"created_at":"t","downloadable":true}"#
        server.setRoute(method: "GET", path: "/files") { request in
            switch request.query("cursor") {
            case nil:
                .json(
                    #"{"_shape":"openrouter","data":[\#(file),\#(file)],"has_more":true,"first_id":"f","last_id":"f","cursor":"c2"}"#
                )
            case "c2":
                .json(
                    #"{"_shape":"openrouter","data":[\#(file)],"has_more":true,"first_id":"f","last_id":"f","cursor":"c3"}"#
                )
            default:
                .json(#"{"_shape":"anthropic","data":[],"has_more":false,"first_id":null,"last_id":null}"#)
            }
        }
        var counts: [Int] = []
        for try await page in client.files.listPages() {
            guard case .openRouterFileList(let list) = page else {
                counts.append(-1)
                continue
            }
            counts.append(list.data.count)
            if counts.count > 5 { break }
        }
        XCTAssertEqual(counts, [2, 1, -1])
        XCTAssertEqual(
            server.requests().filter { $0.path.hasSuffix("/files") }.map { $0.query("cursor") }, [nil, "c2", "c3"])
    }

    /// The shapes' items differ in type (an OpenRouter, OpenAI or Anthropic file); the document's `FileResponse`
    /// is a oneOf of exactly those, so `listItems` yields each item in its case, across pages of any shape.
    func testItemsOfPagesOfDifferentShapesComeWrappedInTheFileUnion() async throws {
        let openRouter =
            #"{"_shape":"openrouter","id":"or_1","type":"file","filename":"a","mime_type":"text/plain","size_bytes":1,"created_at":"t","downloadable":true}"#
        let anthropic =
            #"{"_shape":"anthropic","id":"an_1","type":"file","filename":"b","mime_type":"text/plain","size_bytes":2,"created_at":"t","downloadable":false}"#
        server.setRoute(method: "GET", path: "/files") { request in
            request.query("cursor") == nil
                ? .json(
                    #"{"_shape":"openrouter","data":[\#(openRouter),\#(openRouter)],"has_more":true,"first_id":"or_1","last_id":"or_1","cursor":"c2"}"#
                )
                : .json(
                    #"{"_shape":"anthropic","data":[\#(anthropic)],"has_more":false,"first_id":"an_1","last_id":"an_1"}"#
                )
        }
        var ids: [String] = []
        for try await item in client.files.listItems() {
            switch item {
            case .openRouterFile(let file): ids.append("openrouter:" + file.id)
            case .openAIFile(let file): ids.append("openai:" + file.id)
            case .anthropicFile(let file): ids.append("anthropic:" + file.id)
            case .unknown: ids.append("unknown")
            }
            if ids.count > 5 { break }
        }
        XCTAssertEqual(ids, ["openrouter:or_1", "openrouter:or_1", "anthropic:an_1"])
        XCTAssertEqual(
            server.requests().filter { $0.path.hasSuffix("/files") }.map { $0.query("cursor") }, [nil, "c2"])
    }

    /// A shape the document does not list (a newer API) decodes as `unknown`, keeping its JSON, and encodes back.
    func testAnUnknownDiscriminatorValueIsKeptAsUnknown() async throws {
        server.setRoute(method: "GET", path: "/files/file_1") { _ in
            .json(#"{"_shape":"mistral","id":"file_1","bytes":3}"#)
        }
        let file = try await client.files.retrieve(fileId: "file_1")
        guard case .unknown(let json) = file else { return XCTFail("expected .unknown, got \(file)") }
        XCTAssertEqual(json, .object(["_shape": .string("mistral"), "id": .string("file_1"), "bytes": .integer(3)]))
        let encoded = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(file))
        XCTAssertEqual(encoded, json)
    }
}
