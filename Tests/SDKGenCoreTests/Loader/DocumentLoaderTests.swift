import Foundation
import XCTest
@testable import SDKGenCore

/// Loads text, failing the test with the diagnostics when it does not load.
func loadText(
    _ text: String, file: String = "test.yaml",
    _ callSite: StaticString = #filePath, line: UInt = #line
) -> Node? {
    do {
        return try DocumentLoader.load(bytes: Array(text.utf8), file: file)
    } catch {
        XCTFail("did not load: \(error)", file: callSite, line: line)
        return nil
    }
}

/// The diagnostics of bytes that must fail to load.
func loadErrors(
    _ bytes: [UInt8], limits: DocumentLoader.Limits = .init(),
    _ callSite: StaticString = #filePath, line: UInt = #line
) -> [Diagnostic] {
    do {
        let node = try DocumentLoader.load(bytes: bytes, file: "bad.yaml", limits: limits)
        XCTFail("loaded, expected an error: \(node.kindDescription)", file: callSite, line: line)
        return []
    } catch {
        return error.diagnostics
    }
}

/// Whether two trees hold the same content (locations are not compared).
func sameTree(_ lhs: Node, _ rhs: Node) -> Bool {
    switch (lhs.kind, rhs.kind) {
    case let (.scalar(left), .scalar(right)):
        return left == right
    case let (.sequence(left), .sequence(right)):
        return left.count == right.count && zip(left, right).allSatisfy { sameTree($0, $1) }
    case let (.mapping(left), .mapping(right)):
        guard left.entries.map(\.key) == right.entries.map(\.key) else { return false }
        return zip(left.entries, right.entries).allSatisfy { sameTree($0.value, $1.value) }
    default:
        return false
    }
}

/// `line:column` of a location, for compact assertions.
func position(_ location: SourceLocation?) -> String {
    guard let location else { return "none" }
    return "\(location.line):\(location.column)"
}

final class DocumentLoaderTests: XCTestCase {
    func testScalarResolution() {
        let table: [(String, Scalar)] = [
            ("'200'", .string("200")), ("\"200\"", .string("200")), ("200", .int(200)),
            ("-17", .int(-17)), ("+5", .int(5)), ("007", .int(7)), ("0x1F", .int(31)), ("0o17", .int(15)),
            ("-0x10", .int(-16)), ("9223372036854775807", .int(Int.max)),
            ("-9223372036854775808", .int(Int.min)), ("99999999999999999999", .double(1e20)),
            ("0x10000000000000000", .double(18446744073709551616)),
            ("1.5", .double(1.5)), ("1e3", .double(1000)), ("-2.5E-3", .double(-0.0025)), (".5", .double(0.5)),
            ("1.", .double(1)), (".inf", .double(.infinity)), ("-.Inf", .double(-.infinity)),
            ("+.INF", .double(.infinity)),
            ("true", .bool(true)), ("True", .bool(true)), ("TRUE", .bool(true)), ("false", .bool(false)),
            ("False", .bool(false)), ("FALSE", .bool(false)),
            ("yes", .string("yes")), ("no", .string("no")), ("on", .string("on")), ("off", .string("off")),
            ("tRUE", .string("tRUE")), ("y", .string("y")),
            ("null", .null), ("Null", .null), ("NULL", .null), ("~", .null), ("", .null), ("nUll", .string("nUll")),
            ("'null'", .string("null")), ("'true'", .string("true")),
            ("1.0.0", .string("1.0.0")), ("0x", .string("0x")), ("1e", .string("1e")), ("1_000", .string("1_000")),
            ("12:30", .string("12:30")), ("+", .string("+")), (".", .string(".")), ("0xG1", .string("0xG1")),
            ("!!str 200", .string("200")), ("!!int '12'", .int(12)), ("!!float 1", .double(1)),
            ("!!bool 'true'", .bool(true)), ("!!null ''", .null), ("! 12", .string("12")),
            ("!custom 12", .int(12)), ("|\n  200\n", .string("200\n")), (">\n  a\n  b\n", .string("a b\n")),
        ]
        for (text, expected) in table {
            let node = loadText("v: \(text)\n")
            XCTAssertEqual(node?["v"]?.scalar, expected, "v: \(text)")
        }
        let nan = loadText("v: .NaN")?["v"]?.double
        XCTAssertTrue(nan?.isNaN == true)
        XCTAssertEqual(loadText("v: -.nan")?["v"]?.string, "-.nan")
    }

    func testBadExplicitTagIsAnError() {
        let errors = loadErrors(Array("a: !!int abc\nb: !!bool 1\n".utf8))
        XCTAssertEqual(errors.map(\.message), ["'abc' is not a valid !!int value", "'1' is not a valid !!bool value"])
        XCTAssertEqual(errors.map { position($0.location) }, ["1:4", "2:4"])
    }

    func testKeysKeepTheirWrittenText() {
        let node = loadText("200: a\n1.10: b\ntrue: c\nnull: d\n0x10: e\n'quoted': f\n")
        XCTAssertEqual(node?.mapping?.entries.map(\.key), ["200", "1.10", "true", "null", "0x10", "quoted"])
    }

    func testLocationsInYAML() throws {
        let text = """
            openapi: 3.1.0
            info:
              title: é title
              tags:
                - name: a
                - b
            x: {ü: 1, k: [2, 3]}
            """
        let root = try XCTUnwrap(loadText(text))
        XCTAssertEqual(position(root.location), "1:1")
        XCTAssertEqual(position(root.mapping?.entry("info")?.keyLocation), "2:1")
        let info = try XCTUnwrap(root["info"])
        XCTAssertEqual(position(info.location), "3:3")
        XCTAssertEqual(position(info.mapping?.entry("title")?.keyLocation), "3:3")
        XCTAssertEqual(position(info["title"]?.location), "3:10")
        let tags = try XCTUnwrap(info["tags"]?.sequence)
        XCTAssertEqual(position(info["tags"]?.location), "5:5")
        XCTAssertEqual(position(tags[0].location), "5:7")
        XCTAssertEqual(position(tags[0].mapping?.entry("name")?.keyLocation), "5:7")
        XCTAssertEqual(position(tags[0]["name"]?.location), "5:13")
        XCTAssertEqual(position(tags[1].location), "6:7")
        let flow = try XCTUnwrap(root["x"])
        XCTAssertEqual(position(flow.location), "7:4")
        XCTAssertEqual(position(flow.mapping?.entry("ü")?.keyLocation), "7:5")
        XCTAssertEqual(position(flow.mapping?.entry("k")?.keyLocation), "7:11")
        XCTAssertEqual(position(flow["k"]?.location), "7:14")
        XCTAssertEqual(flow["k"]?.sequence?.map { position($0.location) }, ["7:15", "7:18"])
        XCTAssertEqual(root.location.file, "test.yaml")
    }

    func testLocationsInJSON() throws {
        let text = "{\n  \"a\": {\n    \"b\": [1, \"x\"]\n  }\n}\n"
        let root = try XCTUnwrap(loadText(text, file: "doc.json"))
        XCTAssertEqual(position(root.mapping?.entry("a")?.keyLocation), "2:3")
        let a = try XCTUnwrap(root["a"])
        XCTAssertEqual(position(a.location), "2:8")
        XCTAssertEqual(position(a.mapping?.entry("b")?.keyLocation), "3:5")
        XCTAssertEqual(position(a["b"]?.location), "3:10")
        XCTAssertEqual(a["b"]?.sequence?.map { position($0.location) }, ["3:11", "3:14"])
        XCTAssertEqual(a["b"]?.sequence?.last?.string, "x")
    }

    func testJSONEscapesNumbersAndTabs() throws {
        let text =
            #"{"s": "a\/b", "u": "\u00e9\ud83d\ude00", "lone": "\udc00", "n": [0, -1, 1.5, 1e3, -2.5E-2, 12345678901234567890], "t": true, "z": null, "after": 1}"#
        let root = try XCTUnwrap(loadText(text, file: "doc.json"))
        XCTAssertEqual(root["s"]?.string, "a/b")
        XCTAssertEqual(root["u"]?.string, "é😀")
        XCTAssertEqual(root["lone"]?.string, "\u{FFFD}")
        let numbers = root["n"]?.sequence?.compactMap(\.scalar)
        XCTAssertEqual(
            numbers, [.int(0), .int(-1), .double(1.5), .double(1000), .double(-0.025), .double(1.2345678901234567e19)])
        XCTAssertEqual(root["t"]?.bool, true)
        XCTAssertTrue(root["z"]?.isNull == true)
        let afterRange = try XCTUnwrap(text.range(of: "\"after\""))
        let afterColumn = text.distance(from: text.startIndex, to: afterRange.lowerBound) + 1
        XCTAssertEqual(root.mapping?.entry("after")?.keyLocation.column, afterColumn)
        XCTAssertEqual(root["after"]?.location.column, afterColumn + 9)

        let tabbed = "\t{\n\t\t\"a\":\t\"x\ty\",\n\t\t\"b\": [1,\t2],\t\"p\": \"C:\\\\d\\\"\\\\\"\n\t}\n\t\n"
        let tabRoot = try XCTUnwrap(loadText(tabbed, file: "tabs.json"))
        XCTAssertEqual(tabRoot["a"]?.string, "x\ty")
        XCTAssertEqual(tabRoot["b"]?.sequence?.compactMap(\.int), [1, 2])
        XCTAssertEqual(tabRoot["p"]?.string, #"C:\d"\"#)
        XCTAssertEqual(position(tabRoot.mapping?.entry("b")?.keyLocation), "3:3")

        let longKey = String(repeating: "k", count: 1100)
        let awkward = "[{\"\(longKey)\": 1, \"b\": 2, \"c\"\n  : 3}]"
        let awkwardRoot = try XCTUnwrap(loadText(awkward, file: "keys.json")?.sequence?.first)
        XCTAssertEqual(awkwardRoot.mapping?.entries.map(\.key), [longKey, "b", "c"])
        XCTAssertEqual(awkwardRoot.mapping?.entries.map { position($0.keyLocation) }, ["1:3", "1:1110", "1:1118"])
        XCTAssertEqual(awkwardRoot.mapping?.entries.map { position($0.value.location) }, ["1:1107", "1:1115", "2:5"])
    }

    func testJSONAndYAMLGiveEqualTrees() throws {
        let yaml = """
            openapi: 3.1.0
            info: {title: Files, version: '1.0'}
            paths:
              /files:
                get:
                  operationId: listFiles
                  parameters:
                    - {name: limit, in: query, schema: {type: integer, maximum: 1000, default: 1.5}}
                  deprecated: false
                  x-null: null
            """
        let json = """
            {"openapi": "3.1.0", "info": {"title": "Files", "version": "1.0"},
             "paths": {"/files": {"get": {"operationId": "listFiles",
               "parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 1000, "default": 1.5}}],
               "deprecated": false, "x-null": null}}}}
            """
        let fromYAML = try XCTUnwrap(loadText(yaml))
        let fromJSON = try XCTUnwrap(loadText(json, file: "doc.json"))
        XCTAssertTrue(sameTree(fromYAML, fromJSON))
        XCTAssertFalse(
            sameTree(fromYAML, try XCTUnwrap(loadText(yaml.replacingOccurrences(of: "1000", with: "'1000'")))))
    }

    func testAnchorsAndAliases() throws {
        let text = """
            base: &b {x: 1, y: [a, b]}
            use: *b
            list: [&s hello, *s]
            &k key: 1
            aliased: {*k : 2}
            """
        let root = try XCTUnwrap(loadText(text))
        XCTAssertTrue(sameTree(try XCTUnwrap(root["base"]), try XCTUnwrap(root["use"])))
        XCTAssertEqual(root["use"]?["y"]?.sequence?.compactMap(\.string), ["a", "b"])
        XCTAssertEqual(root["list"]?.sequence?.compactMap(\.string), ["hello", "hello"])
        XCTAssertEqual(root.mapping?.entries.map(\.key), ["base", "use", "list", "key", "aliased"])
        XCTAssertEqual(root["aliased"]?["key"]?.int, 2)
        XCTAssertEqual(position(root["aliased"]?.mapping?.entry("key")?.keyLocation), "5:11")
        XCTAssertTrue(
            loadErrors(Array("a: *nope\nb: *also\n".utf8)).map(\.message) == [
                "undefined alias '*nope' (no earlier node has the anchor '&nope')",
                "undefined alias '*also' (no earlier node has the anchor '&also')",
            ])
    }

    func testMergeKeys() throws {
        let text = """
            base: &base {a: 1, b: 2}
            other: &other {b: 20, c: 30}
            single:
              <<: *base
              b: 3
            multi:
              <<: [*base, *other]
              d: 4
            inline:
              e: 5
              <<: {a: 9}
            quoted:
              "<<": x
            """
        let root = try XCTUnwrap(loadText(text))
        XCTAssertEqual(root["single"]?.mapping?.entries.map(\.key), ["a", "b"])
        XCTAssertEqual(root["single"]?["b"]?.int, 3)
        XCTAssertEqual(root["multi"]?.mapping?.entries.map(\.key), ["a", "b", "c", "d"])
        XCTAssertEqual(root["multi"]?.mapping?.entries.compactMap(\.value.int), [1, 2, 30, 4])
        XCTAssertEqual(root["inline"]?.mapping?.entries.map(\.key), ["e", "a"])
        XCTAssertEqual(root["quoted"]?["<<"]?.string, "x")
        let errors = loadErrors(Array("a:\n  <<: 1\n".utf8))
        XCTAssertEqual(
            errors.first?.message, "the merge key '<<' needs a mapping or a sequence of mappings, not a number")
    }

    func testOpenRouterFilesSpec() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let path = root.appendingPathComponent("spec/openrouter-files.openapi.yaml").path
        let spec = try DocumentLoader.load(contentsOf: path, displayPath: "spec/openrouter-files.openapi.yaml")
        XCTAssertEqual(spec["openapi"]?.string, "3.1.0")
        XCTAssertEqual(spec["info"]?["title"]?.string, "OpenRouter API")
        let get = try XCTUnwrap(spec["paths"]?["/files"]?["get"])
        XCTAssertEqual(get["operationId"]?.string, "listFiles")
        XCTAssertEqual(
            get["operationId"]?.location,
            SourceLocation(file: "spec/openrouter-files.openapi.yaml", line: 29, column: 20))
        XCTAssertEqual(position(get.mapping?.entry("operationId")?.keyLocation), "29:7")
        XCTAssertEqual(get["parameters"]?.sequence?.first?["schema"]?["maximum"]?.scalar, .int(1000))
        XCTAssertEqual(position(get["parameters"]?.sequence?.first?.location), "31:9")
        XCTAssertEqual(position(get["responses"]?.mapping?.entry("200")?.keyLocation), "59:9")
        let example = get["responses"]?["200"]?["content"]?["application/json"]?["example"]
        XCTAssertTrue(example?["cursor"]?.isNull == true)
        XCTAssertEqual(example?["data"]?.sequence?.first?["created_at"]?.string, "2025-01-01T00:00:00Z")
        XCTAssertEqual(example?["data"]?.sequence?.first?["size_bytes"]?.int, 1_024_000)
        XCTAssertEqual(spec["x-speakeasy-retries"]?["backoff"]?["exponent"]?.scalar, .double(1.5))
        XCTAssertEqual(spec["x-speakeasy-retries"]?["statusCodes"]?.sequence?.first?.string, "5XX")
        XCTAssertEqual(spec.mapping?.entries.last?.key, "x-speakeasy-globals")
    }
}
