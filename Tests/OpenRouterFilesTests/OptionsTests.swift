import AsyncTestSupport
import Foundation
import OpenRouterFiles
import TestServer
import XCTest

/// Client configuration and per-call options, as seen by the server.
final class OptionsTests: ServerTestCase {
    // MARK: Timeouts and servers

    func testPerCallTimeoutOverridesTheClients() async throws {
        // The client would wait 30 s; the call gives up after 300 ms.
        let client = makeClient(timeout: .seconds(30), retryPolicy: .none)
        server.enqueue(.delay(.seconds(5)), method: "GET", path: "/files")
        let clock = ContinuousClock()
        let started = clock.now
        let error = await expectFailure(ListFilesError.self) {
            try await client.files.list(options: RequestOptions(timeout: .milliseconds(300)))
        }
        XCTAssertEqual(error?.transportError?.kind, .timedOut, "\(String(describing: error))")
        let elapsed = clock.now - started
        XCTAssertGreaterThanOrEqual(elapsed, .milliseconds(300), "never earlier than asked")
        XCTAssertLessThan(elapsed, .milliseconds(4500), "the client's 30 s must not apply")
    }

    func testClientTimeoutAppliesToEveryCall() async throws {
        let client = makeClient(timeout: .milliseconds(300), retryPolicy: .none)
        server.enqueue(.delay(.seconds(5)), method: "GET", path: "/files/*")
        let error = await expectFailure(GetFileMetadataError.self) { try await client.files.retrieve(fileId: "file_1") }
        XCTAssertEqual(error?.transportError?.kind, .timedOut, "\(String(describing: error))")
        // A sub-second timeout is not cut short: a response 150 ms late is still within 300 ms.
        // (FoundationNetworking drops the fraction of a timeout: 300 ms used to fire at once.)
        server.enqueue(.delay(.milliseconds(150)), method: "GET", path: "/files")
        _ = try await client.files.list()
    }

    func testTimedOutGetIsRetriedWhenConnectionErrorsAre() async throws {
        let hook = ObservingHook()
        let client = makeClient(
            timeout: .milliseconds(300), retryPolicy: .quick(retryConnectionErrors: true), hooks: [hook])
        server.enqueue(.delay(.seconds(5)), method: "GET", path: "/files")
        _ = try await client.files.list()
        XCTAssertEqual(hook.failures.values, [.timedOut])
        XCTAssertEqual(hook.statuses.values, [200])
    }

    func testServerURLOverridePerCall() async throws {
        let other = try await startServer()
        let client = makeClient()
        let id = other.addDownloadableFile(name: "elsewhere.txt", content: Data("there".utf8))
        let metadata = try await client.files.retrieve(fileId: id, options: RequestOptions(serverURL: other.baseURL))
        XCTAssertEqual(metadata.filename, "elsewhere.txt")
        XCTAssertEqual(other.requestCount(method: "GET", path: "/files/\(id)"), 1)
        XCTAssertEqual(server.requestCount(), 0)
        // Without the option, the client's server is used again.
        _ = try await client.files.list()
        XCTAssertEqual(server.requestCount(), 1)
        XCTAssertEqual(other.requestCount(), 1)
    }

    // MARK: Headers

    func testExtraHeadersAreSetOrReplaceWhatTheCallWouldSend() async throws {
        let client = makeClient(globals: .init(appTitle: "Client Title"))
        _ = try await client.files.list(
            options: RequestOptions(headers: [
                "X-Extra": "extra value",
                "X-OpenRouter-Title": "Per-call Title",
                "accept": "application/json; q=1",
                "User-Agent": "custom-agent/2",
            ]))
        let headers = try XCTUnwrap(server.requests().first?.headers)
        XCTAssertEqual(headers.values(for: "X-Extra"), ["extra value"])
        XCTAssertEqual(headers.values(for: "X-OpenRouter-Title"), ["Per-call Title"], "replaced, not added")
        XCTAssertEqual(headers.values(for: "Accept"), ["application/json; q=1"])
        XCTAssertEqual(headers.values(for: "User-Agent"), ["custom-agent/2"])
        XCTAssertEqual(headers["Authorization"], "Bearer \(Self.apiKey)")
    }

    func testGlobalsOnTheClientAndOverriddenPerCall() async throws {
        let client = makeClient(
            globals: .init(
                httpReferer: "https://app.example", appTitle: "My App", appCategories: "cli-agent,cloud-agent"))
        _ = try await client.files.list()
        _ = try await client.files.list(httpReferer: "https://other.example", appTitle: "Per Call")
        let requests = server.requests()
        XCTAssertEqual(requests.count, 2)
        let first = requests[0].headers
        XCTAssertEqual(first.values(for: "HTTP-Referer"), ["https://app.example"])
        XCTAssertEqual(first.values(for: "X-OpenRouter-Title"), ["My App"])
        XCTAssertEqual(first.values(for: "X-OpenRouter-Categories"), ["cli-agent,cloud-agent"])
        let second = requests[1].headers
        XCTAssertEqual(second.values(for: "HTTP-Referer"), ["https://other.example"])
        XCTAssertEqual(second.values(for: "X-OpenRouter-Title"), ["Per Call"])
        XCTAssertEqual(
            second.values(for: "X-OpenRouter-Categories"), ["cli-agent,cloud-agent"], "unset per call: the global")
    }

    func testGlobalsFromTheEnvironmentWithExplicitValuesWinning() async throws {
        let environment = [
            "OPENROUTER_HTTP_REFERER": "https://env.example",
            "OPENROUTER_APP_TITLE": "Env Title",
            "OPENROUTER_APP_CATEGORIES": "env-category",
        ]
        _ = try await makeClient(environment: environment).files.list()
        _ = try await makeClient(globals: .init(appTitle: "Explicit"), environment: environment).files.list()
        let requests = server.requests()
        XCTAssertEqual(requests[0].headers["HTTP-Referer"], "https://env.example")
        XCTAssertEqual(requests[0].headers["X-OpenRouter-Title"], "Env Title")
        XCTAssertEqual(requests[0].headers["X-OpenRouter-Categories"], "env-category")
        XCTAssertEqual(requests[1].headers["X-OpenRouter-Title"], "Explicit")
        XCTAssertEqual(requests[1].headers["HTTP-Referer"], "https://env.example")

        // Nothing configured anywhere: no such headers at all.
        _ = try await makeClient().files.list()
        let bare = try XCTUnwrap(server.requests().last?.headers)
        XCTAssertFalse(
            bare.contains("HTTP-Referer") || bare.contains("X-OpenRouter-Title")
                || bare.contains("X-OpenRouter-Categories"))
    }

    func testBearerKeyFromConfigurationOrEnvironment() async throws {
        _ = try await makeClient(apiKey: "sk-from-config", environment: ["OPENROUTER_API_KEY": "sk-from-env"]).files
            .list()
        _ = try await makeClient(apiKey: nil, environment: ["OPENROUTER_API_KEY": "sk-from-env"]).files.list()
        let requests = server.requests()
        XCTAssertEqual(
            requests.map { $0.headers.values(for: "Authorization") },
            [["Bearer sk-from-config"], ["Bearer sk-from-env"]])

        // No key at all: no Authorization, and the server's 401 is typed.
        let error = await expectFailure(ListFilesError.self) { try await self.makeClient(apiKey: nil).files.list() }
        guard case let .unauthorized(unauthorized)? = error else {
            return XCTFail("expected .unauthorized, got \(String(describing: error))")
        }
        XCTAssertEqual(unauthorized.body.error.message, "Missing Authentication header")
        XCTAssertFalse(try XCTUnwrap(server.requests().last).headers.contains("Authorization"))
    }

    func testUserAgentNamesSdkgenAndTheVersions() async throws {
        _ = try await makeClient().files.list()
        let agent = try XCTUnwrap(server.requests().first?.headers["User-Agent"])
        XCTAssertEqual(agent, OpenRouterClient.defaultUserAgent)
        XCTAssertTrue(agent.hasPrefix("sdkgen/"), agent)
        XCTAssertTrue(agent.contains("OpenRouterFiles/\(OpenRouterClient.apiVersion)"), agent)
        let generatorVersion = agent.dropFirst("sdkgen/".count).prefix { $0 != " " }
        XCTAssertFalse(generatorVersion.isEmpty)
        XCTAssertTrue(generatorVersion.allSatisfy { $0.isNumber || $0 == "." }, agent)
    }

    // MARK: Debug log

    func testDebugLogIsOptInAndRedactsTheKey() async throws {
        let lines = Recorder<String>()
        let client = makeClient(retryPolicy: .quick(), debugLog: { lines.append($0) })
        server.enqueue(.status(503), method: "GET", path: "/files")
        _ = try await client.files.list(limit: 3)
        let log = lines.values
        XCTAssertEqual(log.count, 4, log.joined(separator: "\n"))
        let url = server.baseURL.absoluteString + "/files?limit=3"
        XCTAssertTrue(log[0].contains("GET") && log[0].contains(url) && log[0].contains("attempt 1"), log[0])
        XCTAssertTrue(log[0].contains("Bearer ***"), log[0])
        XCTAssertTrue(log[1].contains("503") && log[1].contains(" ms") && log[1].contains("attempt 1"), log[1])
        XCTAssertTrue(log[2].contains("attempt 2"), log[2])
        XCTAssertTrue(log[3].contains("200") && log[3].contains(" ms") && log[3].contains("attempt 2"), log[3])
        for line in log {
            XCTAssertFalse(line.contains(Self.apiKey), line)
        }
        // Off by default: nothing is printed anywhere we could observe, and nothing breaks.
        XCTAssertNil(makeClient().configuration.debugLog)
    }

    func testDebugLogReportsTransportFailures() async throws {
        let closing = try await startServer(keepAlive: false)
        let lines = Recorder<String>()
        let client = makeClient(closing, retryPolicy: .none, debugLog: { lines.append($0) })
        closing.enqueue(.closeBeforeResponse, method: "DELETE", path: "/files/*")
        _ = await expectFailure(DeleteFileError.self) { try await client.files.delete(fileId: "file_1") }
        let log = lines.values
        XCTAssertEqual(log.count, 2, log.joined(separator: "\n"))
        XCTAssertTrue(
            log.last?.contains("failed") == true && log.last?.contains("DELETE") == true, log.joined(separator: "\n"))
    }

    // MARK: Transport and hooks

    func testCustomTransportIsUsedForEveryKindOfCall() async throws {
        let transport = CountingTransport()
        let client = makeClient(transport: transport)
        let id = server.addDownloadableFile(name: "c.txt", content: Data("counted".utf8))
        _ = try await client.files.list()
        _ = try await client.files.retrieve(fileId: id)
        let data = try await client.files.download(fileId: id)
        XCTAssertEqual(data, Data("counted".utf8))
        let destination = try temporaryDirectory().appendingPathComponent("c.txt")
        try await client.files.download(fileId: id, to: destination)
        XCTAssertEqual(try Data(contentsOf: destination), Data("counted".utf8))
        XCTAssertEqual(
            transport.sends.values, ["GET /api/v1/files", "GET /api/v1/files/\(id)", "GET /api/v1/files/\(id)/content"])
        XCTAssertEqual(transport.downloads.values, ["GET /api/v1/files/\(id)/content"])
        XCTAssertEqual(server.requestCount(), 4)
    }

    func testHooksCanAddHeadersAndSeeResponsesAndErrors() async throws {
        let closing = try await startServer(keepAlive: false)
        let observer = ObservingHook()
        let client = makeClient(closing, retryPolicy: .quick(), hooks: [HeaderHook(), observer])
        closing.enqueue(.closeBeforeResponse, method: "GET", path: "/files")
        closing.enqueue(.status(500), method: "GET", path: "/files")
        _ = try await client.files.list()

        let requests = closing.requests()
        XCTAssertEqual(requests.count, 3)
        XCTAssertEqual(requests.map { $0.headers["X-Hook-Attempt"] }, ["1", "2", "3"])
        XCTAssertEqual(requests.map { $0.headers["X-Hook-Operation"] }, ["listFiles", "listFiles", "listFiles"])
        XCTAssertEqual(observer.attempts.values.map(\.attempt), [1, 2, 3])
        XCTAssertEqual(observer.failures.values, [.connectionLost])
        XCTAssertEqual(observer.statuses.values, [500, 200])
        XCTAssertEqual(Set(observer.operations.values), ["listFiles"])
    }

    func testAThrowingHookRefusesTheRequestBeforeItIsSent() async throws {
        let client = makeClient(hooks: [RefusingHook()])
        let error = await expectFailure(ListFilesError.self) { try await client.files.list() }
        let invalid = try XCTUnwrap(error?.invalidRequestError, "\(String(describing: error))")
        XCTAssertTrue(invalid.message.contains("refused"), invalid.message)
        XCTAssertEqual(server.requestCount(), 0)
    }
}

/// Delegates to `URLSessionTransport`, recording `METHOD path` of every call by entry point.
struct CountingTransport: HTTPTransport {
    let base = URLSessionTransport()
    let sends = Recorder<String>()
    let downloads = Recorder<String>()
    let streams = Recorder<String>()

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        sends.append("\(request.method) \(request.url.path)")
        return try await base.send(request)
    }

    func download(_ request: HTTPRequest) async throws -> HTTPDownloadResponse {
        downloads.append("\(request.method) \(request.url.path)")
        return try await base.download(request)
    }

    func stream(_ request: HTTPRequest) async throws -> HTTPStreamingResponse {
        streams.append("\(request.method) \(request.url.path)")
        return try await base.stream(request)
    }
}

/// Adds the attempt number and operation id as headers.
struct HeaderHook: ClientHook {
    func beforeRequest(_ request: inout HTTPRequest, context: ClientHookContext) async throws {
        request.headers["X-Hook-Attempt"] = String(context.attempt)
        request.headers["X-Hook-Operation"] = context.operationID
    }
}

/// Refuses every request.
struct RefusingHook: ClientHook {
    struct Refusal: Error {}

    func beforeRequest(_ request: inout HTTPRequest, context: ClientHookContext) async throws {
        throw Refusal()
    }
}
