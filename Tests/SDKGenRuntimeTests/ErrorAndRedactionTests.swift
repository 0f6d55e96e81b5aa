import Foundation
import Testing
@testable import SDKGenRuntime

private struct Problem: Decodable, Sendable {
    var error: Detail
    struct Detail: Decodable, Sendable {
        var code: Int
        var message: String
    }
}
private struct File: Decodable, Sendable {
    var id: String
    var bytes: Int
    var items: [Int]
}

@Suite("Errors, decoding and redaction")
struct ErrorAndRedactionTests {
    @Test func apiErrorMessageFormat() {
        let error = APIError(
            response: HTTPResponse(
                statusCode: 418, headers: ["Content-Type": "text/plain"], body: Data("I'm a teapot".utf8)))
        #expect(error.message == "API error occurred: Status 418 Content-Type text/plain. Body: I'm a teapot")
        #expect(error.description == error.message)
        #expect(
            error.statusCode == 418 && error.contentType == "text/plain" && error.rawBody == Data("I'm a teapot".utf8))
        let json = APIError(
            response: HTTPResponse(
                statusCode: 500, headers: ["Content-Type": "application/json"], body: Data("{}".utf8)))
        #expect(json.message == "API error occurred: Status 500. Body: {}")
        let spaced = APIError(
            response: HTTPResponse(statusCode: 502, headers: ["Content-Type": "text/html; charset=utf-8"]))
        #expect(
            spaced.message == "API error occurred: Status 502 Content-Type \"text/html; charset=utf-8\". Body: \"\"")
        let missing = APIError(response: HTTPResponse(statusCode: 404, body: Data("x".utf8)))
        #expect(missing.message == "API error occurred: Status 404 Content-Type \"\". Body: x")
    }

    @Test func apiErrorBodyIsTruncatedAt10000Characters() {
        let body = String(repeating: "a", count: 10_000) + String(repeating: "é", count: 25)
        let error = APIError(
            response: HTTPResponse(statusCode: 500, headers: ["Content-Type": "text/plain"], body: Data(body.utf8)))
        #expect(error.message.hasSuffix(String(repeating: "a", count: 10_000) + "...and 25 more chars"))
        let exact = APIError(
            response: HTTPResponse(
                statusCode: 500, headers: ["Content-Type": "text/plain"],
                body: Data(String(repeating: "b", count: 10_000).utf8)))
        #expect(!exact.message.contains("more chars"))
    }

    @Test func secretsAreMaskedInErrorsBuiltFromResponses() {
        let redaction = SecretRedaction(["sk-or-secret-123"])
        let response = HTTPResponse(
            statusCode: 401, headers: ["Content-Type": "text/plain"], body: Data("bad key sk-or-secret-123".utf8),
            redaction: redaction)
        let error = APIError(response: response)
        #expect(!error.message.contains("sk-or-secret-123") && error.message.contains("bad key ***"))
        #expect(!String(reflecting: error).contains("sk-or-secret-123"))
        var dumped = ""
        dump(response, to: &dumped)
        #expect(!dumped.contains("sk-or-secret-123"))
        let documented = DocumentedError(body: 1, response: response)
        #expect(!documented.description.contains("sk-or-secret-123"))
        let validation = ResponseValidationError(response: response, message: "value sk-or-secret-123 is wrong")
        #expect(!validation.message.contains("sk-or-secret-123"))
    }

    @Test func decodeJSONChecksContentTypeAndReportsThePath() throws {
        let core = ClientCore(configuration: CoreConfiguration(serverURL: URL(string: "https://x.example")!))
        let good = HTTPResponse(
            statusCode: 200, headers: ["Content-Type": "application/json; charset=utf-8"],
            body: Data(#"{"id":"f1","bytes":3,"items":[1]}"#.utf8))
        #expect(try core.decodeJSON(File.self, from: good, as: TestOperationError.self).id == "f1")
        let noType = HTTPResponse(statusCode: 200, body: Data(#"{"id":"f1","bytes":3,"items":[]}"#.utf8))
        #expect(try core.decodeJSON(File.self, from: noType, as: TestOperationError.self).bytes == 3)
        let problemJSON = HTTPResponse(
            statusCode: 200, headers: ["Content-Type": "application/problem+json"],
            body: Data(#"{"id":"f1","bytes":3,"items":[]}"#.utf8))
        #expect(try core.decodeJSON(File.self, from: problemJSON, as: TestOperationError.self).id == "f1")

        let html = HTTPResponse(statusCode: 200, headers: ["Content-Type": "text/html"], body: Data("<html>".utf8))
        #expect { try core.decodeJSON(File.self, from: html, as: TestOperationError.self) } throws: { error in
            guard case let .undocumented(apiError) = error as? TestOperationError else { return false }
            return apiError.statusCode == 200
        }
        let wrong = HTTPResponse(
            statusCode: 200, headers: ["Content-Type": "application/json"],
            body: Data(#"{"id":"f1","bytes":3,"items":[1,"x"]}"#.utf8))
        #expect { try core.decodeJSON(File.self, from: wrong, as: TestOperationError.self) } throws: { error in
            guard case let .responseValidation(validation) = error as? TestOperationError else { return false }
            return validation.message.contains("$.items[1]") && validation.statusCode == 200
        }
        let missingKey = HTTPResponse(
            statusCode: 200, headers: ["Content-Type": "application/json"], body: Data(#"{"id":"f1"}"#.utf8))
        #expect { try core.decodeJSON(File.self, from: missingKey, as: TestOperationError.self) } throws: { error in
            guard case let .responseValidation(validation) = error as? TestOperationError else { return false }
            return validation.message.contains("missing key \"bytes\"")
        }
    }

    @Test func decodeErrorAndText() throws {
        let core = ClientCore(configuration: CoreConfiguration(serverURL: URL(string: "https://x.example")!))
        let body = Data(#"{"error":{"code":400,"message":"bad"}}"#.utf8)
        let response = HTTPResponse(statusCode: 400, headers: ["Content-Type": "application/json"], body: body)
        let documented = try core.decodeError(Problem.self, from: response, as: TestOperationError.self)
        #expect(documented.body.error.message == "bad" && documented.statusCode == 400 && documented.rawBody == body)
        let garbled = HTTPResponse(
            statusCode: 400, headers: ["Content-Type": "application/json"], body: Data("nope".utf8))
        #expect { try core.decodeError(Problem.self, from: garbled, as: TestOperationError.self) } throws: { error in
            if case .undocumented = error as? TestOperationError { return true }
            return false
        }
        #expect(
            try core.decodeText(
                from: HTTPResponse(statusCode: 200, body: Data("héllo".utf8)), as: TestOperationError.self) == "héllo")
        #expect(throws: TestOperationError.self) {
            try core.decodeText(
                from: HTTPResponse(statusCode: 200, body: Data([0xFF, 0xFE])), as: TestOperationError.self)
        }
    }

    @Test func headersRedactCredentials() {
        var headers: HTTPHeaders = [
            "Authorization": "Bearer sk-secret", "X-Api-Key": "k-secret", "Accept": "application/json",
        ]
        headers.add(name: "Cookie", value: "session=abc")
        let text = headers.description
        #expect(text == "[Authorization: Bearer ***, X-Api-Key: ***, Accept: application/json, Cookie: ***]")
        #expect(!String(reflecting: headers).contains("secret"))
        var dumped = ""
        dump(headers, to: &dumped)
        #expect(!dumped.contains("secret") && !dumped.contains("abc"))
    }

    @Test func headersAreCaseInsensitiveAndOrdered() {
        var headers = HTTPHeaders()
        headers.add(name: "Set-Cookie", value: "a=1")
        headers.add(name: "set-cookie", value: "b=2")
        headers["Content-Type"] = "text/plain"
        #expect(headers["SET-COOKIE"] == "a=1")
        #expect(headers.values(for: "Set-Cookie") == ["a=1", "b=2"])
        headers["set-cookie"] = "c=3"
        #expect(headers.values(for: "Set-Cookie") == ["c=3"])
        #expect(headers.map(\.name) == ["set-cookie", "Content-Type"])
        headers["content-type"] = nil
        #expect(!headers.contains("Content-Type") && headers.count == 1)
        #expect((["A": "1"] as HTTPHeaders) == (["a": "1"] as HTTPHeaders))
        #expect((["A": "1"] as HTTPHeaders).hashValue == (["a": "1"] as HTTPHeaders).hashValue)
        #expect((["A": "1"] as HTTPHeaders) != (["A": "2"] as HTTPHeaders))
    }

    @Test func headerValidation() {
        #expect((["X-A": "ok value"] as HTTPHeaders).firstInvalidField() == nil)
        #expect((["X-A": "a\r\nb"] as HTTPHeaders).firstInvalidField() != nil)
        #expect((["X-A": "a\nb"] as HTTPHeaders).firstInvalidField() != nil)
        #expect((["X-A": "a\u{0}b"] as HTTPHeaders).firstInvalidField() != nil)
        #expect((["X A": "v"] as HTTPHeaders).firstInvalidField() != nil)
        #expect((["": "v"] as HTTPHeaders).firstInvalidField() != nil)
    }

    @Test func configurationNeverShowsTheToken() {
        let configuration = CoreConfiguration(
            serverURL: URL(string: "https://x.example")!, bearerToken: "sk-or-v1-verysecret",
            defaultHeaders: ["X-Api-Key": "alsosecret"])
        #expect(!configuration.description.contains("verysecret"))
        #expect(configuration.description.contains("bearerToken: ***"))
        #expect(!configuration.debugDescription.contains("verysecret"))
        #expect(!String(reflecting: configuration).contains("verysecret"))
        var dumped = ""
        dump(configuration, to: &dumped)
        #expect(!dumped.contains("verysecret") && !dumped.contains("alsosecret"))
        let core = ClientCore(configuration: configuration)
        var dumpedCore = ""
        dump(core, to: &dumpedCore)
        #expect(!dumpedCore.contains("verysecret"))
        #expect(!"\(configuration)".contains("verysecret"))
    }

    @Test func transportErrorMapping() {
        #expect(TransportError.from(URLError(.cancelled)).kind == .cancelled)
        #expect(TransportError.from(URLError(.timedOut)).kind == .timedOut)
        #expect(TransportError.from(URLError(.cannotConnectToHost)).kind == .connectionFailed)
        #expect(TransportError.from(URLError(.cannotFindHost)).kind == .connectionFailed)
        #expect(TransportError.from(URLError(.networkConnectionLost)).kind == .connectionLost)
        #expect(TransportError.from(URLError(.badServerResponse)).kind == .connectionLost)
        #expect(TransportError.from(URLError(.unknown)).kind == .connectionLost)
        #expect(TransportError.from(URLError(.cannotParseResponse)).kind == .other)
        #expect(TransportError.from(CancellationError()).kind == .cancelled)
        #expect(TransportError.from(CocoaError(.fileNoSuchFile)).kind == .other)
        let original = TransportError(kind: .timedOut, message: "x")
        #expect(TransportError.from(original).message == "x")
        #expect(original.description == "Transport error (timedOut): x")
    }
}
