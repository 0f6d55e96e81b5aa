import Foundation
import Testing
@testable import SDKGenRuntime

/// The pure redirect and credential rules (issue 13): origins, ``CredentialScope``, ``RedirectRules``.
@Suite("Redirect rules and credential scope")
struct RedirectRulesTests {
    /// The configured server.
    static let server = URL(string: "https://api.example.com/api/v1")!
    /// The bearer token of the requests.
    static let token = "sk-secret-token-123"

    /// A request carrying every kind of credential.
    static func request(
        _ method: String = "GET", url: String = "https://api.example.com/api/v1/files",
        body: HTTPRequestBody = .none
    ) -> HTTPRequest {
        HTTPRequest(
            method: method, url: URL(string: url)!,
            headers: [
                "Authorization": "Bearer \(token)", "Cookie": "session=1", "X-Api-Key": "k",
                "Accept": "application/json",
                "Content-Type": "application/json", "Content-Length": "2",
            ], body: body)
    }

    /// The rules under `policy`, with `X-Api-Key` and `key` as extra credential fields.
    static func rules(_ policy: RedirectPolicy = .standard) -> RedirectRules {
        let fields = CredentialFields(headerNames: ["X-Api-Key"], queryNames: ["key"])
        return RedirectRules(policy: policy, server: server, fields: fields, redaction: SecretRedaction([token]))
    }

    /// The step after `request` got `status` with `Location: location`, `hops` URLs into the chain.
    static func step(
        _ status: Int, to location: String, _ request: HTTPRequest = request(),
        policy: RedirectPolicy = .standard, hops: Int = 1
    ) -> RedirectRules.Step {
        rules(policy).step(
            after: request, statusCode: status, headers: ["Location": location],
            chain: Array(repeating: request.url, count: hops))
    }

    /// The next request, when the step follows.
    static func followed(_ step: RedirectRules.Step) -> HTTPRequest? {
        if case let .follow(next) = step { return next }
        return nil
    }

    /// The error, when the step refuses.
    static func refusal(_ step: RedirectRules.Step) -> RedirectError? {
        if case let .refuse(error) = step { return error }
        return nil
    }

    @Test func originsCompareSchemeHostAndEffectivePort() {
        let same = ["https://API.example.com/x", "https://api.example.com:443/y?z=1", "HTTPS://api.example.com"]
        for url in same {
            #expect(CredentialScope.isSameOrigin(URL(string: url)!, Self.server), "\(url)")
        }
        let other = [
            "http://api.example.com/api/v1", "https://api.example.com:8443/api/v1",
            "https://example.com/api/v1", "https://api.example.com.evil.test/api/v1", "http://127.0.0.1:80/",
        ]
        for url in other {
            #expect(!CredentialScope.isSameOrigin(URL(string: url)!, Self.server), "\(url)")
        }
        let loopback = { (text: String) in URL(string: "http://127.0.0.1\(text)")! }
        #expect(!CredentialScope.isSameOrigin(loopback(":1000"), loopback(":1001")), "another port is another origin")
        #expect(CredentialScope.isSameOrigin(loopback("/a"), loopback(":80/b")))
        #expect(URLOrigin(URL(string: "mailto:a@b.c")!) == nil)
    }

    @Test func credentialsAreKeptOnlyForTheServersOrigin() {
        let fields = CredentialFields(headerNames: ["X-Api-Key", "authorization"], queryNames: ["key"])
        #expect(fields.headerNames == ["Authorization", "Proxy-Authorization", "Cookie", "Cookie2", "X-Api-Key"])
        var request = Self.request()
        request.url = URL(string: "https://api.example.com/files?key=abc&limit=2")!
        #expect(CredentialScope.restrict(request, toOriginOf: Self.server, fields: fields).headers == request.headers)
        #expect(CredentialScope.restrict(request, toOriginOf: Self.server, fields: fields).url == request.url)

        request.url = URL(string: "https://cdn.example.net/files?key=abc&limit=2&KEY=kept")!
        let restricted = CredentialScope.restrict(request, toOriginOf: Self.server, fields: fields)
        #expect(restricted.headers.map(\.name) == ["Accept", "Content-Type", "Content-Length"])
        #expect(restricted.url.absoluteString == "https://cdn.example.net/files?limit=2&KEY=kept")
        #expect(restricted.method == request.method && restricted.body == request.body)
    }

    @Test func sameOriginRedirectsKeepEveryHeader() throws {
        let next = try #require(Self.followed(Self.step(302, to: "/api/v1/other?x=1")))
        #expect(next.url.absoluteString == "https://api.example.com/api/v1/other?x=1")
        #expect(next.headers == Self.request().headers)
    }

    @Test func crossOriginRedirectsAreFollowedWithCredentialsOnlyInTheCarriedRequest() throws {
        for status in [301, 302, 303, 307, 308] {
            let next = try #require(Self.followed(Self.step(status, to: "https://elsewhere.test/landing")))
            #expect(next.headers["Authorization"] != nil, "the carried request keeps them for a way back")
            let sent = CredentialScope.restrict(next, toOriginOf: Self.server, fields: Self.rules().fields)
            #expect(sent.headers["Authorization"] == nil && sent.headers["Cookie"] == nil)
            #expect(sent.headers["X-Api-Key"] == nil)
            #expect(sent.url.host == "elsewhere.test")
        }
    }

    @Test func crossOriginRedirectsAreRefusedWhenThePolicySaysSo() throws {
        let step = Self.step(307, to: "https://elsewhere.test/x?key=\(Self.token)", policy: .sameOriginOnly)
        let error = try #require(Self.refusal(step))
        #expect(error.kind == .crossOrigin)
        #expect(error.statusCode == 307)
        #expect(error.location?.absoluteString == "https://elsewhere.test/x", "credential query items are not shown")
        #expect(!error.message.contains(Self.token) && error.message.contains("https://api.example.com/api/v1/files"))
        #expect(Self.followed(Self.step(307, to: "/api/v1/y", policy: .sameOriginOnly)) != nil)
    }

    @Test func httpsToHTTPIsNeverFollowed() throws {
        for policy in [RedirectPolicy.standard, .sameOriginOnly] {
            let step = Self.step(301, to: "http://api.example.com/api/v1/files", policy: policy)
            let error = try #require(Self.refusal(step))
            #expect(error.kind == .insecure)
        }
        let plain = Self.request(url: "http://127.0.0.1:8080/a")
        #expect(Self.followed(Self.step(302, to: "https://127.0.0.1:8443/b", plain)) != nil, "http to https is fine")
    }

    @Test func methodsAndBodiesFollowRFC9110() throws {
        let post = Self.request("POST", body: .data(Data("{}".utf8)))
        for status in [301, 302, 303] {
            let next = try #require(Self.followed(Self.step(status, to: "/api/v1/after", post)))
            #expect(next.method == "GET" && next.body == .none, "\(status)")
            #expect(next.headers["Content-Type"] == nil && next.headers["Content-Length"] == nil)
            #expect(next.headers["Accept"] == "application/json" && next.headers["Authorization"] != nil)
        }
        for status in [307, 308] {
            let next = try #require(Self.followed(Self.step(status, to: "/api/v1/after", post)))
            #expect(next.method == "POST" && next.body == post.body && next.headers == post.headers, "\(status)")
        }
        let head = try #require(Self.followed(Self.step(303, to: "/x", Self.request("HEAD"))))
        #expect(head.method == "HEAD")
        let putRequest = Self.request("PUT", body: .data(Data("{}".utf8)))
        let put = try #require(Self.followed(Self.step(301, to: "/x", putRequest)))
        #expect(put.method == "GET" && put.body == .none)
    }

    @Test func fileBodiesAreReplayedOnlyWhenUnchanged() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("body.bin")
        try Data(repeating: 7, count: 2).write(to: file)
        let upload = Self.request("POST", body: .file(file))
        let next = try #require(Self.followed(Self.step(307, to: "https://elsewhere.test/up", upload)))
        #expect(next.body == .file(file))

        try Data(repeating: 7, count: 1).write(to: file)
        #expect(Self.refusal(Self.step(308, to: "/api/v1/up", upload))?.kind == .bodyNotReplayable)
        try FileManager.default.removeItem(at: file)
        #expect(Self.refusal(Self.step(307, to: "/api/v1/up", upload))?.kind == .bodyNotReplayable)
        let seeOther = Self.followed(Self.step(303, to: "/api/v1/up", upload))
        #expect(seeOther?.body == HTTPRequestBody.none, "303 needs no body")
    }

    @Test func theNumberOfRedirectsIsBounded() throws {
        #expect(Self.followed(Self.step(302, to: "/a", hops: 10)) != nil, "the 10th redirect is followed")
        let error = try #require(Self.refusal(Self.step(302, to: "/a", hops: 11)))
        #expect(error.kind == .tooManyRedirects)
        #expect(error.chain.count == 11)
        #expect(Self.refusal(Self.step(302, to: "/a", policy: .never))?.kind == .tooManyRedirects)
        #expect(Self.followed(Self.step(302, to: "/a", policy: RedirectPolicy(maxRedirects: 2), hops: 2)) != nil)
        #expect(Self.refusal(Self.step(302, to: "/a", policy: RedirectPolicy(maxRedirects: 2), hops: 3)) != nil)
    }

    @Test func otherResponsesAreFinalAndBadLocationsAreErrors() {
        for status in [200, 300, 304, 305, 306, 404] {
            guard case .final = Self.step(status, to: "/x") else {
                Issue.record("\(status) is final")
                continue
            }
        }
        let noLocation = Self.rules().step(after: Self.request(), statusCode: 302, headers: [:], chain: [Self.server])
        guard case .final = noLocation else {
            Issue.record("a 302 without Location is final")
            return
        }
        for location in ["ftp://files.example.com/a", "file:///etc/passwd", "javascript:alert(1)", "http://"] {
            #expect(Self.refusal(Self.step(302, to: location))?.kind == .invalidLocation, "\(location)")
        }
    }
}

/// The redirect loop of ``ClientCore`` over a user-supplied transport: the same rules as URLSession.
@Suite("Redirects through any transport")
struct RedirectLoopTests {
    /// Answers each request with the next scripted response and records what it was sent.
    final class ScriptedTransport: HTTPTransport, @unchecked Sendable {
        /// Guards the properties below.
        private let lock = NSLock()
        /// The responses still to give.
        private var responses: [HTTPResponse]
        /// Every request received, in order.
        private(set) var sent: [HTTPRequest] = []

        /// A transport answering with `responses`, then `500`.
        init(_ responses: [HTTPResponse]) { self.responses = responses }

        /// Records `request` and answers with the next response.
        func send(_ request: HTTPRequest) async throws -> HTTPResponse {
            lock.withLock {
                sent.append(request)
                return responses.isEmpty ? HTTPResponse(statusCode: 500) : responses.removeFirst()
            }
        }
    }

    /// A `status` response with `Location: location`.
    static func redirect(_ status: Int, _ location: String) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: ["Location": location])
    }

    @Test func credentialsNeverLeaveTheServersOriginWhateverTheTransport() async throws {
        let transport = ScriptedTransport([
            Self.redirect(302, "https://api.example.com/api/v1/moved"),
            Self.redirect(307, "https://evil.test/steal"),
            Self.redirect(308, "https://api.example.com/api/v1/back"),
            HTTPResponse(statusCode: 200, body: Data("ok".utf8)),
        ])
        let lines = LockedLines()
        let core = ClientCore(
            configuration: CoreConfiguration(
                serverURL: URL(string: "https://api.example.com/api/v1")!, bearerToken: "sk-top-secret",
                defaultHeaders: ["Cookie": "a=b"], retryPolicy: .none, transport: transport,
                debugLog: { lines.append($0) }
            ))
        var builder = RequestBuilder(method: "POST", path: "/files", operationID: "create")
        builder.setBody(Data("{}".utf8), contentType: "application/json")
        let response = try await core.execute(builder, as: TestOperationError.self)
        #expect(response.statusCode == 200)
        #expect(
            transport.sent.map(\.url.absoluteString) == [
                "https://api.example.com/api/v1/files", "https://api.example.com/api/v1/moved",
                "https://evil.test/steal", "https://api.example.com/api/v1/back",
            ])
        #expect(transport.sent.map(\.method) == ["POST", "GET", "GET", "GET"])
        #expect(transport.sent.map { $0.headers["Authorization"] != nil } == [true, true, false, true])
        #expect(transport.sent[2].headers["Cookie"] == nil)
        #expect(lines.values.count == 8, "a request line, a response and a request line per redirect, the response")
        #expect(!lines.values.contains { $0.contains("sk-top-secret") })
    }

    @Test func aRefusedRedirectIsTheRedirectCaseAndIsNotRetried() async throws {
        let transport = ScriptedTransport([Self.redirect(301, "http://api.example.com/api/v1/files")])
        let core = ClientCore(
            configuration: CoreConfiguration(
                serverURL: URL(string: "https://api.example.com/api/v1")!, bearerToken: "sk-top-secret",
                retryPolicy: fastPolicy(statusCodes: ["3XX"]), transport: transport
            ))
        do {
            let builder = RequestBuilder(method: "GET", path: "/files", operationID: "list")
            _ = try await core.execute(builder, as: TestOperationError.self)
            Issue.record("expected a redirect error")
        } catch {
            #expect(error.redirectError?.kind == .insecure)
        }
        #expect(transport.sent.count == 1)
    }
}

/// Lines collected from several tasks.
final class LockedLines: @unchecked Sendable {
    /// Guards `lines`.
    private let lock = NSLock()
    /// The lines so far.
    private var lines: [String] = []

    /// Adds a line.
    func append(_ line: String) { lock.withLock { lines.append(line) } }

    /// The lines so far, in order.
    var values: [String] { lock.withLock { lines } }
}
