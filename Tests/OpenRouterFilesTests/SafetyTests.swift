import AsyncTestSupport
import Foundation
import OpenRouterFiles
import TestServer
import XCTest

/// Path parameters cannot escape their segment, header injection is refused before sending, and
/// the API key never shows up in errors or logs.
final class SafetyTests: ServerTestCase {
    // MARK: Path parameters

    func testPathTraversalStaysInsideTheSegment() async throws {
        let client = makeClient(retryPolicy: .none)
        let cases: [(id: String, encoded: String)] = [
            ("../../keys", "..%2F..%2Fkeys"),
            ("a?b#c", "a%3Fb%23c"),
            ("..", "%2E%2E"),
            (".", "%2E"),
            ("a/b", "a%2Fb"),
            ("%2F", "%252F"),
            ("sp ace", "sp%20ace"),
        ]
        for (id, encoded) in cases {
            server.reset()
            let retrieve = await expectFailure(GetFileMetadataError.self) {
                try await client.files.retrieve(fileId: id)
            }
            guard case .notFound? = retrieve else {
                XCTFail("\(id): expected .notFound from the emulator, got \(String(describing: retrieve))")
                continue
            }
            _ = await expectFailure(DeleteFileError.self) { try await client.files.delete(fileId: id) }
            _ = await expectFailure(DownloadFileContentError.self) { try await client.files.download(fileId: id) }
            let requests = server.requests()
            XCTAssertEqual(
                requests.map(\.path),
                [
                    "/api/v1/files/\(encoded)", "/api/v1/files/\(encoded)", "/api/v1/files/\(encoded)/content",
                ], id)
            XCTAssertTrue(requests.allSatisfy { $0.rawQuery == nil }, "\(id): \(requests.map(\.uri))")
        }
    }

    func testEmptyPathParameterIsRefused() async throws {
        let client = makeClient()
        let error = await expectFailure(GetFileMetadataError.self) { try await client.files.retrieve(fileId: "") }
        XCTAssertNotNil(error?.invalidRequestError, "\(String(describing: error))")
        XCTAssertEqual(server.requestCount(), 0, "GET /files/ would have listed files instead")
    }

    // MARK: Header injection

    func testLineBreaksInHeaderValuesAreRefusedBeforeSending() async throws {
        let evil = "value\r\nX-Injected: yes"
        let attempts: [(String, () async -> (any OperationError)?)] = [
            (
                "per-call header",
                {
                    await self.expectFailure(ListFilesError.self) {
                        try await self.makeClient().files.list(options: RequestOptions(headers: ["X-Custom": evil]))
                    }
                }
            ),
            (
                "header parameter",
                {
                    await self.expectFailure(ListFilesError.self) {
                        try await self.makeClient().files.list(httpReferer: evil)
                    }
                }
            ),
            (
                "global",
                {
                    await self.expectFailure(ListFilesError.self) {
                        try await self.makeClient(globals: .init(appTitle: "line\nbreak")).files.list()
                    }
                }
            ),
            (
                "environment global",
                {
                    await self.expectFailure(ListFilesError.self) {
                        try await self.makeClient(environment: ["OPENROUTER_APP_CATEGORIES": "a\rb"]).files.list()
                    }
                }
            ),
            (
                "API key",
                {
                    await self.expectFailure(ListFilesError.self) {
                        try await self.makeClient(apiKey: "sk-abc\r\nX-Injected: yes").files.list()
                    }
                }
            ),
            (
                "header name",
                {
                    await self.expectFailure(ListFilesError.self) {
                        try await self.makeClient().files.list(options: RequestOptions(headers: ["Bad Name:": "v"]))
                    }
                }
            ),
            (
                "multipart content type",
                {
                    await self.expectFailure(UploadFileError.self) {
                        try await self.makeClient().files.upload(
                            file: FileUpload(
                                fileName: "a.txt", content: Data("a".utf8), contentType: "text/plain\r\nX-Injected: yes"
                            ))
                    }
                }
            ),
            (
                "hook",
                {
                    await self.expectFailure(ListFilesError.self) {
                        try await self.makeClient(hooks: [InjectingHook()]).files.list()
                    }
                }
            ),
        ]
        for (source, attempt) in attempts {
            let error = await attempt()
            XCTAssertNotNil(error?.invalidRequestError, "\(source): \(String(describing: error))")
            XCTAssertFalse(String(describing: error).contains("sk-abc"), "\(source): the key leaked")
        }
        // A valid request afterwards is the only one the server ever saw.
        _ = try await makeClient().files.list()
        XCTAssertEqual(server.requests().map(\.uri), ["/api/v1/files"])
        XCTAssertFalse(server.requests().contains { $0.headers.contains("X-Injected") })
    }

    // MARK: The API key

    func testTheKeyNeverAppearsInErrorsOrLogs() async throws {
        // A hostile server that echoes the Authorization header back in every kind of response.
        server.setRoute(method: "GET", path: "/files/*") { request in
            let echoed = request.headers["Authorization"] ?? ""
            switch request.relativePath {
            case "/files/documented":
                return .json(errorJSON(404, "no file for \(echoed)"), status: 404)
            case "/files/undocumented":
                return .text("teapot says \(echoed)", status: 418)
            case "/files/invalid":
                return .json(#"{"id": 42, "echo": "\#(echoed)"}"#)
            default:
                return .text("\(echoed) " + String(repeating: "x", count: 20_000) + " \(echoed)", status: 503)
            }
        }
        let lines = Recorder<String>()
        let client = makeClient(
            retryPolicy: .quick(statusCodes: [], retryConnectionErrors: false), debugLog: { lines.append($0) })
        var errors: [GetFileMetadataError] = []
        for id in ["documented", "undocumented", "invalid", "long"] {
            if let error = await expectFailure(
                GetFileMetadataError.self, { try await client.files.retrieve(fileId: id) })
            {
                errors.append(error)
            }
        }
        XCTAssertEqual(
            errors.compactMap(\.caseName), ["notFound", "undocumented", "responseValidation", "undocumented"])
        // The server really did echo the key: the raw bodies (data the caller asked for) hold it.
        XCTAssertTrue(
            errors.contains { error in
                guard case let .notFound(documented) = error else { return false }
                return String(decoding: documented.rawBody, as: UTF8.self).contains(Self.apiKey)
            })

        // Connection failures and refusals too.
        let closing = try await startServer(keepAlive: false)
        closing.enqueue(.closeBeforeResponse)
        let lost = await expectFailure(GetFileMetadataError.self) {
            try await self.makeClient(closing, retryPolicy: .none, debugLog: { lines.append($0) }).files.retrieve(
                fileId: "x")
        }
        errors += [lost].compactMap { $0 }
        let refused = await expectFailure(GetFileMetadataError.self) {
            try await self.makeClient(hooks: [RefusingHook()], debugLog: { lines.append($0) }).files.retrieve(
                fileId: "x")
        }
        errors += [refused].compactMap { $0 }
        XCTAssertEqual(errors.count, 6)

        for error in errors {
            var texts = [String(describing: error), String(reflecting: error), "\(error)", error.localizedDescription]
            // `dump` walks a documented error's decoded body, which holds what the server sent
            // (here the echoed key) as data; everything the runtime builds itself is checked.
            if error.caseName != "notFound" {
                texts.append(dumped(error))
            }
            for text in texts {
                XCTAssertFalse(
                    text.contains(Self.apiKey), "\(error.caseName ?? "?"): the key leaked in \(text.prefix(300))")
            }
        }
        if case let .undocumented(apiError)? = errors.first(where: { $0.caseName == "undocumented" }) {
            XCTAssertTrue(apiError.message.contains("teapot says Bearer ***"), apiError.message)
        }
        XCTAssertFalse(lines.values.isEmpty)
        for line in lines.values {
            XCTAssertFalse(line.contains(Self.apiKey), line)
        }
        // Nor in the configuration's descriptions.
        for text in [
            String(describing: client.configuration), String(reflecting: client.configuration),
            dumped(client.configuration), dumped(client),
        ] {
            XCTAssertFalse(text.contains(Self.apiKey), text)
        }
    }

    private func dumped(_ value: Any) -> String {
        var text = ""
        dump(value, to: &text)
        return text
    }
}

/// Sets a header value with a line break.
struct InjectingHook: ClientHook {
    func beforeRequest(_ request: inout HTTPRequest, context: ClientHookContext) async throws {
        request.headers["X-From-Hook"] = "a\nX-Injected: yes"
    }
}
