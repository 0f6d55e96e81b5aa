import Foundation
import Testing
@testable import SDKGenRuntime

private enum Color: String, ParameterValue {
    case red
    case lightBlue = "light blue"
}
private enum Level: Int, ParameterValue { case low = 1 }
private struct Filter: Encodable, Sendable {
    var name: String
    var tags: [String]
    var minSize: Int?
    var nested: [String: Int]
}

@Suite("Request building and parameter encoding")
struct RequestBuilderTests {
    let server = URL(string: "https://api.example.com/v1")!

    private func url(_ configure: (inout RequestBuilder) -> Void, path: String = "/items") throws -> String {
        var builder = RequestBuilder(method: "get", path: path, operationID: "op")
        configure(&builder)
        return try builder.makeURL(server: server).absoluteString
    }

    @Test func pathParametersCannotEscapeTheirSegment() throws {
        #expect(
            try url({ $0.setPathParameter("file_id", "../../keys") }, path: "/files/{file_id}")
                == "https://api.example.com/v1/files/..%2F..%2Fkeys")
        #expect(
            try url({ $0.setPathParameter("file_id", "a?b#c") }, path: "/files/{file_id}")
                == "https://api.example.com/v1/files/a%3Fb%23c")
        #expect(
            try url({ $0.setPathParameter("file_id", "..") }, path: "/files/{file_id}/content")
                == "https://api.example.com/v1/files/%2E%2E/content")
        #expect(
            try url({ $0.setPathParameter("file_id", ".") }, path: "/files/{file_id}")
                == "https://api.example.com/v1/files/%2E")
        #expect(
            try url({ $0.setPathParameter("id", "a b+c%d/é") }, path: "/x/{id}")
                == "https://api.example.com/v1/x/a%20b%2Bc%25d%2F%C3%A9")
        #expect(
            try url({ $0.setPathParameter("id", "file-1_2.txt~") }, path: "/x/{id}")
                == "https://api.example.com/v1/x/file-1_2.txt~")
    }

    @Test func pathParameterStyles() throws {
        #expect(
            try url({ $0.setPathParameter("ids", [1, 2, 3]) }, path: "/x/{ids}") == "https://api.example.com/v1/x/1,2,3"
        )
        #expect(
            try url({ $0.setPathParameter("ids", ["a", "b"], style: .label, explode: true) }, path: "/x/{ids}")
                == "https://api.example.com/v1/x/.a.b")
        #expect(
            try url({ $0.setPathParameter("ids", ["a", "b"], style: .matrix) }, path: "/x/{ids}")
                == "https://api.example.com/v1/x/;ids=a,b")
        #expect(try url({ $0.setPathParameter("id", 42) }, path: "/x/{id}/y") == "https://api.example.com/v1/x/42/y")
    }

    @Test func missingOrEmptyPathParametersFail() {
        #expect(throws: InvalidRequestError.self) { try url({ _ in }, path: "/files/{file_id}") }
        #expect(throws: InvalidRequestError.self) {
            try url({ $0.setPathParameter("file_id", "") }, path: "/files/{file_id}")
        }
    }

    @Test func serverURLJoinsCleanly() throws {
        var builder = RequestBuilder(method: "GET", path: "/files", operationID: "listFiles")
        builder.addQueryParameter("limit", 2)
        #expect(
            try builder.makeURL(server: URL(string: "https://h.example/api/v1/")!).absoluteString
                == "https://h.example/api/v1/files?limit=2")
        #expect(
            try builder.makeURL(server: URL(string: "https://h.example")!).absoluteString
                == "https://h.example/files?limit=2")
        #expect(
            try builder.makeURL(server: URL(string: "https://h.example/api?tenant=a")!).absoluteString
                == "https://h.example/api/files?tenant=a&limit=2")
        #expect(builder.method == "GET" && builder.operationID == "listFiles")
    }

    @Test func queryEncodingOfReservedCharacters() throws {
        let text = try url { builder in
            builder.addQueryParameter("q", "a+b c&d=e#f/g?h")
            builder.addQueryParameter("missing", String?.none)
            builder.addQueryParameter("flag", true)
            builder.addQueryParameter("ratio", 1.5)
            builder.addQueryParameter("color", Color.lightBlue)
            builder.addQueryParameter("level", Level.low)
            builder.addQueryParameter("when", Date(timeIntervalSince1970: 0))
            builder.addQueryParameter("id", UUID(uuidString: "E621E1F8-C36C-495A-93FC-0C247A3E6E5F")!)
        }
        #expect(
            text
                == "https://api.example.com/v1/items?q=a%2Bb%20c%26d%3De%23f%2Fg%3Fh&flag=true&ratio=1.5&color=light%20blue&level=1&when=1970-01-01T00%3A00%3A00Z&id=e621e1f8-c36c-495a-93fc-0c247a3e6e5f"
        )
    }

    @Test func formArraysExplodedAndNot() throws {
        #expect(
            try url { $0.addQueryParameter("tag", ["a", "b,c"]) } == "https://api.example.com/v1/items?tag=a&tag=b%2Cc")
        #expect(
            try url { $0.addQueryParameter("tag", ["a", "b,c"], explode: false) }
                == "https://api.example.com/v1/items?tag=a,b%2Cc")
        #expect(
            try url { $0.addQueryParameter("tag", ["a", "b"], style: .spaceDelimited, explode: false) }
                == "https://api.example.com/v1/items?tag=a%20b")
        #expect(
            try url { $0.addQueryParameter("tag", ["a", "b"], style: .pipeDelimited, explode: false) }
                == "https://api.example.com/v1/items?tag=a%7Cb")
        #expect(try url { $0.addQueryParameter("tag", [String]()) } == "https://api.example.com/v1/items")
    }

    @Test func objectsAsDeepObjectAndForm() throws {
        let filter = EncodableParameter(Filter(name: "x y", tags: ["t1", "t2"], minSize: nil, nested: ["k": 1]))
        #expect(
            try url { $0.addQueryParameter("filter", filter, style: .deepObject) }
                == "https://api.example.com/v1/items?filter%5Bname%5D=x%20y&filter%5Bnested%5D=%7B%22k%22%3A1%7D&filter%5Btags%5D=t1&filter%5Btags%5D=t2"
        )
        #expect(
            try url { $0.addQueryParameter("filter", ["b": "2", "a": "1"], style: .form, explode: true) }
                == "https://api.example.com/v1/items?a=1&b=2")
        #expect(
            try url { $0.addQueryParameter("filter", ["b": "2", "a": "1"], style: .form, explode: false) }
                == "https://api.example.com/v1/items?filter=a,1,b,2")
    }

    @Test func headersCookiesAndBodies() throws {
        var builder = RequestBuilder(method: "POST", path: "/items", operationID: "create")
        builder.addHeaderParameter("X-Tags", ["a", "b"])
        builder.addHeaderParameter("X-None", Int?.none)
        builder.addCookieParameter("session", "a b;c")
        builder.addCookieParameter("theme", "dark")
        builder.setAccept("application/json")
        builder.setJSONBody(["url": "https://x.example/a"])
        #expect(builder.headers["x-tags"] == "a,b")
        #expect(!builder.headers.contains("X-None"))
        #expect(builder.headers["Cookie"] == "session=a%20b%3Bc; theme=dark")
        #expect(builder.headers["Accept"] == "application/json")
        #expect(builder.headers["Content-Type"] == "application/json")
        guard case let .data(body) = builder.body else {
            Issue.record("expected data")
            return
        }
        #expect(String(decoding: body, as: UTF8.self) == #"{"url":"https://x.example/a"}"#)

        builder.setFormURLEncodedBody([("name", "a+b c"), ("ids", [1, 2])])
        guard case let .data(form) = builder.body else {
            Issue.record("expected data")
            return
        }
        #expect(String(decoding: form, as: UTF8.self) == "name=a%2Bb%20c&ids=1&ids=2")
        #expect(builder.headers["Content-Type"] == "application/x-www-form-urlencoded")
    }

    @Test func bodyEncodingFailureIsReportedAtSendTime() {
        var builder = RequestBuilder(method: "POST", path: "/items", operationID: "create")
        builder.setJSONBody(["value": Double.nan])
        #expect(throws: InvalidRequestError.self) { try builder.makeURL(server: server) }
    }

    @Test func headerValuesWithCRorLFAreRejectedFromEverySource() throws {
        func prepare(
            token: String? = "sk-secret", defaults: HTTPHeaders = [:], options: [String: String] = [:],
            parameter: String? = nil
        ) -> CoreFailure? {
            var builder = RequestBuilder(method: "GET", path: "/items", operationID: "list")
            builder.addHeaderParameter("X-Param", parameter)
            let configuration = CoreConfiguration(serverURL: server, bearerToken: token, defaultHeaders: defaults)
            do {
                _ = try PreparedRequest.make(
                    builder, configuration: configuration, options: RequestOptions(headers: options))
                return nil
            } catch {
                return error
            }
        }
        #expect(prepare().map { String(describing: $0) } == nil)
        let failures = [
            prepare(parameter: "a\r\nX-Injected: 1"),
            prepare(defaults: ["X-Title": "line1\nline2"]),
            prepare(options: ["X-Extra": "a\rb"]),
            prepare(token: "sk\r\nX-Evil: 1"),
            prepare(options: ["Bad Name": "x"]),
        ]
        for failure in failures {
            guard case let .invalidRequest(error)? = failure else {
                Issue.record("expected an invalid request")
                continue
            }
            #expect(!error.message.contains("sk\r\n"))
            #expect(!error.message.contains("X-Evil"))
        }
    }

    @Test func headerPrecedence() throws {
        var builder = RequestBuilder(method: "GET", path: "/items", operationID: "list")
        builder.addHeaderParameter("X-Title", "from-parameter")
        builder.setAccept("application/json")
        let configuration = CoreConfiguration(
            serverURL: server,
            bearerToken: "sk-secret",
            defaultHeaders: ["X-Title": "global", "HTTP-Referer": "https://app.example", "User-Agent": "ignored"],
            userAgent: "my-sdk/1.0"
        )
        let prepared = try PreparedRequest.make(
            builder, configuration: configuration,
            options: RequestOptions(headers: ["Accept": "text/plain", "X-New": "1"]))
        let headers = prepared.request.headers
        #expect(headers["X-Title"] == "from-parameter")
        #expect(headers["HTTP-Referer"] == "https://app.example")
        #expect(headers["User-Agent"] == "my-sdk/1.0")
        #expect(headers["Authorization"] == "Bearer sk-secret")
        #expect(headers["Accept"] == "text/plain")
        #expect(headers["X-New"] == "1")
        #expect(headers.values(for: "Accept").count == 1)
    }
}
