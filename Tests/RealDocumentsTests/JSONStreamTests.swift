import Foundation
import RealDocuments
import TestServer
import XCTest

/// JSON Lines and JSON text sequence responses as `AsyncSequence`s of the typed item, decoded as they arrive:
/// values split across chunks, CRLF and blank lines, record separators, a value that does not decode.
final class JSONStreamTests: XCTestCase {
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

    private static func chunks(_ texts: [String]) -> [StreamChunk] {
        texts.map { StreamChunk($0, delayBefore: .milliseconds(5)) }
    }

    func testJSONLinesYieldOneItemPerLineAcrossChunks() async throws {
        let body = [
            #"{"level":"info","message":"one"}"# + "\r\n" + #"{"message":"tw"#,
            #"o"}"# + "\n\n",
            #"{"level":"warn","message":"three"}"#,
        ]
        server.setRoute(method: "GET", path: "/logs") { _ in
            .stream(Self.chunks(body), contentType: "application/jsonl")
        }
        var messages: [String] = []
        for try await line in try await client.operations.tailLogsStream() {
            messages.append("\(line.level ?? "-") \(line.message)")
            if messages.count > 10 { break }
        }
        XCTAssertEqual(messages, ["info one", "- two", "warn three"])
        let request = try XCTUnwrap(server.requests().last { $0.path.hasSuffix("/logs") })
        XCTAssertEqual(request.headers["Accept"], "application/jsonl")
    }

    func testAJSONTextSequenceYieldsOneItemPerRecord() async throws {
        let separator = "\u{1E}"
        let body = [
            separator + #"{"message":"a"}"# + "\n" + separator,
            #"{"message":"b"}"# + "\n",
            separator + "\n" + separator + #"{"message":"c"}"# + "\n",
        ]
        server.setRoute(method: "GET", path: "/records") { _ in
            .stream(Self.chunks(body), contentType: "application/json-seq")
        }
        var messages: [String] = []
        for try await record in try await client.operations.exportRecordsStream() {
            messages.append(record.message)
            if messages.count > 10 { break }
        }
        XCTAssertEqual(messages, ["a", "b", "c"])
    }

    func testALineThatDoesNotDecodeIsAValidationErrorAfterTheGoodOnes() async throws {
        server.setRoute(method: "GET", path: "/logs") { _ in
            .stream(
                Self.chunks([#"{"message":"ok"}"# + "\n", #"{"level":"no message"}"# + "\n"]),
                contentType: "application/jsonl")
        }
        var messages: [String] = []
        do {
            for try await line in try await client.operations.tailLogsStream() {
                messages.append(line.message)
                if messages.count > 10 { break }
            }
            XCTFail("the second line has no message")
        } catch {
            guard case .responseValidation = error else { return XCTFail("expected .responseValidation: \(error)") }
        }
        XCTAssertEqual(messages, ["ok"])
    }

    func testADocumentedErrorStatusThrowsBeforeAnyItem() async throws {
        server.setRoute(method: "GET", path: "/logs") { _ in .error(404, message: "no such log") }
        do {
            _ = try await client.operations.tailLogsStream()
            XCTFail("404 should throw")
        } catch {
            guard case .notFound = error else { return XCTFail("expected .notFound: \(error)") }
        }
    }
}
