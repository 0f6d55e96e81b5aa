import Foundation
import Testing
@testable import SDKGenRuntime

private struct Filter: Encodable, Sendable {
    var field: String
    var value: String
}

/// Any-JSON values and JSON-encoded values as parameters: the exact query text each gives.
@Suite("Parameter values: any JSON and JSON text")
struct ParameterValueTests {
    private func query(_ configure: (inout RequestBuilder) -> Void) throws -> String {
        var builder = RequestBuilder(method: "GET", path: "/items", operationID: "op")
        configure(&builder)
        return try builder.makeURL(server: URL(string: "https://api.example.com")!).query ?? ""
    }

    @Test func anyJSONScalarsAreTheirText() throws {
        #expect(try query { $0.addQueryParameter("q", JSONValue.string("a b")) } == "q=a%20b")
        #expect(try query { $0.addQueryParameter("q", JSONValue.number(2.5)) } == "q=2.5")
        #expect(try query { $0.addQueryParameter("q", JSONValue.bool(true)) } == "q=true")
        #expect(try query { $0.addQueryParameter("q", JSONValue.null) } == "q=")
    }

    @Test func anyJSONListsAndObjectsFollowTheStyle() throws {
        let list = JSONValue.array([.string("a"), .number(1)])
        #expect(try query { $0.addQueryParameter("q", list) } == "q=a&q=1")
        #expect(try query { $0.addQueryParameter("q", list, style: .form, explode: false) } == "q=a,1")
        let object = JSONValue.object(["b": .string("x"), "a": .null, "c": .array([.number(1), .number(2)])])
        #expect(
            try query { $0.addQueryParameter("q", object, style: .deepObject, explode: true) }
                == "q%5Bb%5D=x&q%5Bc%5D=1&q%5Bc%5D=2")
    }

    @Test func aJSONParameterIsOneValueOfJSONText() throws {
        let filter = [Filter(field: "name", value: "a&b")]
        #expect(
            try query { $0.addQueryParameter("mdfilters", JSONParameter(filter)) }
                == "mdfilters=%5B%7B%22field%22%3A%22name%22%2C%22value%22%3A%22a%26b%22%7D%5D")
        var builder = RequestBuilder(method: "GET", path: "/items", operationID: "op")
        builder.addHeaderParameter("X-Filter", JSONParameter(Filter(field: "f", value: "v")))
        #expect(builder.headers["X-Filter"] == #"{"field":"f","value":"v"}"#)
    }
}

/// Server URLs built from their variables.
@Suite("Server variables")
struct ServerURLTests {
    @Test func valuesAreSubstitutedAndCannotChangeTheURLsShape() {
        let template = "https://{region}.api.example.com/{version}"
        #expect(
            ServerURL.expand(template, ["region": "eu-west", "version": "v1"]).absoluteString
                == "https://eu-west.api.example.com/v1")
        #expect(
            ServerURL.expand(template, ["region": "evil.com/x?", "version": "v1/../admin"]).absoluteString
                == "https://evil.com%2Fx%3F.api.example.com/v1%2F..%2Fadmin")
    }
}
