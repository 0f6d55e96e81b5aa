import Foundation
import OpenRouter
import TestServer
import XCTest

/// Non-Files operations of the whole OpenRouter client against the loopback server: a JSON POST and a
/// server-sent event stream (chat completions).
final class ChatRoundTripTests: XCTestCase {
    private var server: FilesTestServer!
    private var client: OpenRouterClient!

    override func setUp() async throws {
        server = try await FilesTestServer.start()
        client = OpenRouterClient(apiKey: "sk-test", serverURL: server.baseURL, retryPolicy: .none, environment: [:])
    }

    override func tearDown() async throws {
        try await server.shutdown()
    }

    private func chatRequest() throws -> ChatRequest {
        let json = #"{"model":"openai/gpt-4","messages":[{"role":"user","content":"What is the capital of France?"}]}"#
        return try JSONDecoder().decode(ChatRequest.self, from: Data(json.utf8))
    }

    func testJSONPostDecodesTheCompletionAndSendsTheBody() async throws {
        server.setRoute(method: "POST", path: "/chat/completions") { _ in
            .json(
                #"""
                {"id":"chatcmpl-1","object":"chat.completion","created":1677652288,"model":"openai/gpt-4",
                 "choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant","content":"Paris."}}]}
                """#)
        }
        let result = try await client.chat.send(body: try chatRequest(), appTitle: "Tests")

        XCTAssertEqual(result.id, "chatcmpl-1")
        XCTAssertEqual(result.choices.count, 1)
        let request = try XCTUnwrap(server.requests().last)
        XCTAssertEqual(request.method, "POST")
        XCTAssertEqual(request.relativePath, "/chat/completions")
        XCTAssertEqual(request.headers["Authorization"], "Bearer sk-test")
        XCTAssertEqual(request.headers["X-OpenRouter-Title"], "Tests")
        XCTAssertEqual(request.headers["Content-Type"], "application/json")
        let body = try XCTUnwrap(request.jsonBody as? [String: Any])
        XCTAssertEqual(body["model"] as? String, "openai/gpt-4")
        let messages = try XCTUnwrap(body["messages"] as? [[String: Any]])
        XCTAssertEqual(messages.first?["role"] as? String, "user")
        XCTAssertEqual(messages.first?["content"] as? String, "What is the capital of France?")
    }

    func testStreamedCompletionYieldsDecodedChunksUntilTheSentinel() async throws {
        let chunks = ["Hel", "lo", "!"].enumerated().map { index, text in
            #"{"id":"chatcmpl-1","object":"chat.completion.chunk","created":\#(index),"model":"openai/gpt-4","choices":[{"index":0,"delta":{"role":"assistant","content":"\#(text)"},"finish_reason":null}]}"#
        }
        server.setRoute(method: "POST", path: "/chat/completions") { _ in .sse(events: chunks, done: true) }

        let events = try await client.chat.sendStream(body: try chatRequest())
        var created: [Int] = []
        for try await chunk in events {
            created.append(chunk.created)
            XCTAssertEqual(chunk.choices.count, 1)
        }

        XCTAssertEqual(created, [0, 1, 2])
        XCTAssertEqual(server.requests().last?.headers["Accept"], "text/event-stream")
    }

    func testStreamErrorStatusIsTheTypedError() async throws {
        server.setRoute(method: "POST", path: "/chat/completions") { _ in
            .json(#"{"error":{"code":429,"message":"Rate limit exceeded"}}"#, status: 429)
        }
        let request = try chatRequest()
        do {
            _ = try await client.chat.sendStream(body: request)
            XCTFail("expected an error")
        } catch {
            guard case .tooManyRequests(let typed) = error else { return XCTFail("unexpected \(error)") }
            XCTAssertEqual(typed.statusCode, 429)
            XCTAssertEqual(typed.body.error.message, "Rate limit exceeded")
        }
    }

    func testAnEventThatDoesNotDecodeIsAValidationError() async throws {
        server.setRoute(method: "POST", path: "/chat/completions") { _ in
            .sse(events: [#"{"not":"a chunk"}"#], done: true)
        }
        let events = try await client.chat.sendStream(body: try chatRequest())
        do {
            for try await _ in events {}
            XCTFail("expected an error")
        } catch {
            guard case .responseValidation = error else { return XCTFail("unexpected \(error)") }
        }
    }
}
