import Foundation
import Testing
import TestServer
@testable import SDKGenRuntime

/// The style table of OpenAPI 3.1.1 ("Style Examples": `color` as a string, an array and an object), row by row,
/// as the NIO server on 127.0.0.1 receives it: the request target byte for byte (path and query, with the
/// runtime's percent-encoding of reserved characters), the header value and the cookie. Object keys are sent in
/// sorted order (B, G, R), so the same call always sends the same bytes.
@Suite("Parameter styles on the wire")
struct ParameterStyleWireTests {
    private static let string = "blue"
    private static let array = ["blue", "black", "brown"]
    private static let object = ["R": "100", "G": "200", "B": "150"]

    /// What the server received: the request target as sent after the server's base path (`/styles?…`,
    /// `/x/…`), and the headers.
    struct Received {
        let target: String
        let headers: HeaderFields
    }

    /// One request through the runtime to the server; what the server recorded.
    private func send(_ configure: (inout RequestBuilder) -> Void, path: String = "/styles") async throws
        -> Received
    {
        let server = try await FilesTestServer.start()
        server.setRoute(method: "GET", path: "/styles") { _ in .json("{}") }
        server.setRoute(method: "GET", path: "/x/*") { _ in .json("{}") }
        var request = RequestBuilder(method: "GET", path: path, operationID: "styles")
        configure(&request)
        let core = ClientCore(configuration: CoreConfiguration(serverURL: server.baseURL, timeout: .seconds(5)))
        _ = try await core.execute(request, as: TestOperationError.self)
        let recorded = try #require(server.requests().first)
        let basePath = server.baseURL.path
        try await server.shutdown()
        #expect(recorded.uri.hasPrefix(basePath + "/"))
        return Received(target: String(recorded.uri.dropFirst(basePath.count)), headers: recorded.headers)
    }

    private func target(_ received: Received) -> String { received.target }

    struct Row: Sendable, CustomStringConvertible {
        let style: ParameterStyle
        let explode: Bool
        let string: String?
        let array: String?
        let object: String?
        var description: String { "\(style) explode=\(explode)" }
    }

    // MARK: - Path (simple, label, matrix)

    static let pathRows: [Row] = [
        Row(style: .simple, explode: false, string: "blue", array: "blue,black,brown", object: "B,150,G,200,R,100"),
        Row(style: .simple, explode: true, string: "blue", array: "blue,black,brown", object: "B=150,G=200,R=100"),
        Row(style: .label, explode: false, string: ".blue", array: ".blue,black,brown", object: ".B,150,G,200,R,100"),
        Row(style: .label, explode: true, string: ".blue", array: ".blue.black.brown", object: ".B=150.G=200.R=100"),
        Row(
            style: .matrix, explode: false, string: ";color=blue", array: ";color=blue,black,brown",
            object: ";color=B,150,G,200,R,100"),
        Row(
            style: .matrix, explode: true, string: ";color=blue", array: ";color=blue;color=black;color=brown",
            object: ";B=150;G=200;R=100"),
    ]

    @Test(arguments: pathRows)
    func pathStyles(_ row: Row) async throws {
        let string = try await send(
            { $0.setPathParameter("color", Self.string, style: row.style, explode: row.explode) }, path: "/x/{color}")
        #expect(target(string) == "/x/" + row.string!)
        let array = try await send(
            { $0.setPathParameter("color", Self.array, style: row.style, explode: row.explode) }, path: "/x/{color}")
        #expect(target(array) == "/x/" + row.array!)
        let object = try await send(
            { $0.setPathParameter("color", Self.object, style: row.style, explode: row.explode) }, path: "/x/{color}")
        #expect(target(object) == "/x/" + row.object!)
    }

    // MARK: - Query (form, spaceDelimited, pipeDelimited, deepObject)

    static let queryRows: [Row] = [
        Row(
            style: .form, explode: false, string: "color=blue", array: "color=blue,black,brown",
            object: "color=B,150,G,200,R,100"),
        Row(
            style: .form, explode: true, string: "color=blue", array: "color=blue&color=black&color=brown",
            object: "B=150&G=200&R=100"),
        Row(
            style: .spaceDelimited, explode: false, string: nil, array: "color=blue%20black%20brown",
            object: "color=B%20150%20G%20200%20R%20100"),
        Row(
            style: .pipeDelimited, explode: false, string: nil, array: "color=blue%7Cblack%7Cbrown",
            object: "color=B%7C150%7CG%7C200%7CR%7C100"),
        Row(
            style: .deepObject, explode: true, string: nil, array: nil,
            object: "color%5BB%5D=150&color%5BG%5D=200&color%5BR%5D=100"),
    ]

    @Test(arguments: queryRows)
    func queryStyles(_ row: Row) async throws {
        if let expected = row.string {
            let sent = try await send {
                $0.addQueryParameter("color", Self.string, style: row.style, explode: row.explode)
            }
            #expect(target(sent) == "/styles?" + expected)
        }
        if let expected = row.array {
            let sent = try await send {
                $0.addQueryParameter("color", Self.array, style: row.style, explode: row.explode)
            }
            #expect(target(sent) == "/styles?" + expected)
        }
        if let expected = row.object {
            let sent = try await send {
                $0.addQueryParameter("color", Self.object, style: row.style, explode: row.explode)
            }
            #expect(target(sent) == "/styles?" + expected)
        }
    }

    @Test func anEmptyArrayIsLeftOutOfTheQuery() async throws {
        let sent = try await send { $0.addQueryParameter("color", [String](), style: .form, explode: true) }
        #expect(target(sent) == "/styles")
    }

    // MARK: - Header (simple) and cookie (form)

    @Test(arguments: [false, true])
    func headerStyles(_ explode: Bool) async throws {
        let string = try await send { $0.addHeaderParameter("X-Color", Self.string, explode: explode) }
        #expect(string.headers["X-Color"] == "blue")
        let array = try await send { $0.addHeaderParameter("X-Color", Self.array, explode: explode) }
        #expect(array.headers["X-Color"] == "blue,black,brown")
        let object = try await send { $0.addHeaderParameter("X-Color", Self.object, explode: explode) }
        #expect(object.headers["X-Color"] == (explode ? "B=150,G=200,R=100" : "B,150,G,200,R,100"))
    }

    @Test func cookiesInFormStyle() async throws {
        let string = try await send { $0.addCookieParameter("color", Self.string) }
        #expect(string.headers["Cookie"] == "color=blue")
        let array = try await send { $0.addCookieParameter("color", Self.array) }
        #expect(array.headers["Cookie"] == "color=blue,black,brown")
    }
}
