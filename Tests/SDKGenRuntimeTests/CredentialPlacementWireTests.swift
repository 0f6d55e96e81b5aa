import Foundation
import Synchronization
import Testing
import TestServer
@testable import SDKGenRuntime

/// The credential goes where the document's security scheme says, against the NIO server on 127.0.0.1: a bearer
/// token, HTTP Basic, an API-key header, query parameter or cookie; masked in the debug log in the form it is
/// sent in, and never sent to another origin a redirect names.
@Suite("Credential placement on the wire")
struct CredentialPlacementWireTests {
    /// A core for `server` that sends `credential` as `placement` and collects its debug log lines in `log`.
    private func makeCore(
        _ server: FilesTestServer, _ placement: CredentialPlacement, credential: String = "key 1/2",
        log: LogLines? = nil
    ) -> ClientCore {
        var debugLog: (@Sendable (String) -> Void)?
        if let log {
            debugLog = { line in log.append(line) }
        }
        let configuration = CoreConfiguration(
            serverURL: server.baseURL, bearerToken: credential, credentialPlacement: placement,
            timeout: .seconds(5), retryPolicy: .none, debugLog: debugLog)
        return ClientCore(configuration: configuration)
    }

    /// The only request `server` recorded.
    private func onlyRequest(_ server: FilesTestServer) throws -> RecordedRequest {
        let requests = server.requests()
        try #require(requests.count == 1)
        return requests[0]
    }

    private func items(_ query: String) -> RequestBuilder {
        var request = RequestBuilder(method: "GET", path: "/items", operationID: "listItems")
        request.addQueryParameter("q", query)
        return request
    }

    @Test func bearerIsTheDefault() async throws {
        let server = try await FilesTestServer.start()
        server.setRoute(method: "GET", path: "/items") { _ in .json("[]") }
        let configuration = CoreConfiguration(serverURL: server.baseURL, bearerToken: "tok", retryPolicy: .none)
        _ = try await ClientCore(configuration: configuration).execute(items("x"), as: TestOperationError.self)
        let request = try onlyRequest(server)
        try await server.shutdown()
        #expect(request.headers["Authorization"] == "Bearer tok")
    }

    @Test func basicSendsTheBase64OfUserAndPassword() async throws {
        let server = try await FilesTestServer.start()
        server.setRoute(method: "GET", path: "/items") { _ in .json("[]") }
        let log = LogLines()
        let core = makeCore(server, .basic, credential: "AC123:secret", log: log)
        _ = try await core.execute(items("x"), as: TestOperationError.self)
        let request = try onlyRequest(server)
        try await server.shutdown()
        #expect(request.headers["Authorization"] == "Basic QUMxMjM6c2VjcmV0")
        #expect(!log.text.contains("QUMxMjM6c2VjcmV0") && !log.text.contains("secret"))
        #expect(log.text.contains("Basic ***"))
    }

    @Test func anAPIKeyHeaderCarriesTheKeyAndNoAuthorization() async throws {
        let server = try await FilesTestServer.start()
        server.setRoute(method: "GET", path: "/items") { _ in .json("[]") }
        _ = try await makeCore(server, .header("X-API-Key")).execute(items("x"), as: TestOperationError.self)
        let request = try onlyRequest(server)
        try await server.shutdown()
        #expect(request.headers["X-API-Key"] == "key 1/2")
        #expect(request.headers["Authorization"] == nil)
    }

    @Test func anAPIKeyQueryParameterIsEncodedReplacesOneOfItsNameAndIsMaskedInTheLog() async throws {
        let server = try await FilesTestServer.start()
        server.setRoute(method: "GET", path: "/items") { _ in .json("[]") }
        let log = LogLines()
        var request = items("x")
        request.addQueryParameter("api_key", "stale")
        _ = try await makeCore(server, .query("api_key"), log: log).execute(request, as: TestOperationError.self)
        let sent = try onlyRequest(server)
        try await server.shutdown()
        #expect(sent.rawQuery == "q=x&api_key=key%201%2F2")
        #expect(sent.headers["Authorization"] == nil)
        #expect(!log.text.contains("key%201%2F2") && !log.text.contains("key 1/2"))
        #expect(log.text.contains("api_key=***"))
    }

    @Test func anAPIKeyCookieIsAddedToTheCookiesAlreadySet() async throws {
        let server = try await FilesTestServer.start()
        server.setRoute(method: "GET", path: "/items") { _ in .json("[]") }
        var request = items("x")
        request.addCookieParameter("theme", "dark")
        _ = try await makeCore(server, .cookie("session")).execute(request, as: TestOperationError.self)
        let sent = try onlyRequest(server)
        try await server.shutdown()
        #expect(sent.headers["Cookie"] == "theme=dark; session=key%201/2")
    }

    @Test func aKeyInAHeaderOrTheQueryIsNotSentToAnotherOrigin() async throws {
        for placement in [CredentialPlacement.header("X-API-Key"), .query("api_key")] {
            let server = try await FilesTestServer.start()
            let other = try await FilesTestServer.start()
            server.setRoute(method: "GET", path: "/items") { _ in .redirect(302, to: other.absoluteURL("/elsewhere")) }
            other.setRoute(method: "GET", path: "/elsewhere") { _ in .json("[]") }
            let response = try await makeCore(server, placement).execute(items("x"), as: TestOperationError.self)
            let leaked = other.requests(containing: "key")
            let followed = other.requests().count
            try await server.shutdown()
            try await other.shutdown()
            #expect(response.statusCode == 200)
            #expect(followed == 1, "\(placement)")
            #expect(leaked.isEmpty, "\(placement): \(leaked.map(\.uri))")
        }
    }
}

/// An operation's own server (`RequestBuilder.setServer`) replaces the configured one, gets the credential, and
/// is replaced by a call's `RequestOptions(serverURL:)`.
@Suite("An operation's own server on the wire")
struct OperationServerWireTests {
    @Test func theOperationsServerGetsTheRequestAndTheKeyUnlessTheCallNamesAnother() async throws {
        let configured = try await FilesTestServer.start()
        let upload = try await FilesTestServer.start()
        let perCall = try await FilesTestServer.start()
        for server in [configured, upload, perCall] {
            server.setRoute(method: "POST", path: "/content") { _ in .json("{}") }
        }
        let core = ClientCore(
            configuration: CoreConfiguration(
                serverURL: configured.baseURL, bearerToken: "tok", timeout: .seconds(5), retryPolicy: .none))
        var request = RequestBuilder(method: "POST", path: "/content", operationID: "upload")
        request.setServer(upload.baseURL.absoluteString)
        _ = try await core.execute(request, as: TestOperationError.self)
        _ = try await core.execute(
            request, options: RequestOptions(serverURL: perCall.baseURL), as: TestOperationError.self)
        let counts = [configured, upload, perCall].map { $0.requests().count }
        let uploadKey = upload.requests().first?.headers["Authorization"]
        for server in [configured, upload, perCall] { try await server.shutdown() }
        #expect(counts == [0, 1, 1])
        #expect(uploadKey == "Bearer tok")
    }

    @Test func aServerThatIsNotAnAbsoluteURLFailsTheCallBeforeSending() async throws {
        let configured = try await FilesTestServer.start()
        let core = ClientCore(configuration: CoreConfiguration(serverURL: configured.baseURL, retryPolicy: .none))
        var request = RequestBuilder(method: "GET", path: "/content", operationID: "get")
        request.setServer("/relative")
        var failure: TestOperationError?
        do {
            _ = try await core.execute(request, as: TestOperationError.self)
        } catch {
            failure = error
        }
        let sent = configured.requests().count
        try await configured.shutdown()
        #expect(sent == 0)
        #expect(failure?.isInvalidRequest == true)
    }
}

/// Debug log lines collected from any thread.
final class LogLines: Sendable {
    private let lines = Mutex<[String]>([])

    func append(_ line: String) {
        lines.withLock { $0.append(line) }
    }

    /// Every line so far, joined.
    var text: String { lines.withLock { $0.joined(separator: "\n") } }
}
