import Foundation
import XCTest
@testable import SDKGenCore

/// Every kind of problem a document can have comes back as a compiler-style diagnostic with file, line, column
/// and JSON pointer; all of a document's errors come in one run, sorted by location.
final class DocumentDiagnosticsTests: XCTestCase {
    /// The diagnostics of generating `yaml`, sorted, as printed (errors throw; warnings come with the result).
    private func diagnostics(_ yaml: String) -> [String] {
        do {
            return try InlineDocument.generate(yaml).diagnostics.map(\.description)
        } catch let error as DiagnosticError {
            return error.diagnostics.map(\.description)
        } catch {
            return ["unexpected \(error)"]
        }
    }

    private func assertDiagnostics(
        _ yaml: String, _ expected: [String], file: StaticString = #filePath, line: UInt = #line
    ) {
        let actual = diagnostics(yaml)
        XCTAssertEqual(actual.count, expected.count, actual.joined(separator: "\n"), file: file, line: line)
        for (text, prefix) in zip(actual, expected) {
            XCTAssertTrue(text.hasPrefix(prefix), "\(text)\n  does not start with\n\(prefix)", file: file, line: line)
        }
    }

    private static let header = "openapi: 3.1.0\ninfo: {title: T, version: '1'}\n"

    // MARK: - Not a readable OpenAPI 3 document

    func testYAMLSyntaxErrorsPointAtTheProblem() {
        assertDiagnostics(
            "openapi: 3.1.0\ninfo: {title: T\npaths: {}\n",
            [
                "test.yaml:3:6: error: YAML syntax error: did not find expected ',' or '}' while parsing a flow mapping"
            ])
        assertDiagnostics(
            "openapi: 3.1.0\n  info: x\n",
            ["test.yaml:2:7: error: YAML syntax error: mapping values are not allowed in this context"])
        let longKey = String(repeating: "k", count: 1_100)
        let messages = diagnostics("\(longKey) : 1\n")
        XCTAssertTrue(
            messages.first?.contains("a key longer than 1024 characters needs YAML's explicit form") == true,
            messages.joined())
    }

    func testDocumentsThatAreNotOpenAPI3() {
        assertDiagnostics(
            "- a\n- b\n",
            ["test.yaml:1:1: error: this is not an OpenAPI document: the top level is a sequence, not a mapping [at #]"]
        )
        assertDiagnostics(
            "info: {title: T}\n",
            ["test.yaml:1:1: error: this is not an OpenAPI document: it has no 'openapi' version field"])
        assertDiagnostics(
            "swagger: '2.0'\ninfo: {title: T, version: '1'}\n",
            [
                "test.yaml:1:10: error: this is a Swagger 2.0 document; sdkgen reads OpenAPI 3.0 and 3.1. Convert it first (for example with swagger2openapi)"
            ])
        assertDiagnostics(
            "openapi: 2.5.0\n",
            [
                "test.yaml:1:10: error: OpenAPI version '2.5.0' is not supported; sdkgen reads 3.0.x and 3.1.x [at #/openapi]"
            ])
        assertDiagnostics("openapi: 4.0.0\n", ["test.yaml:1:10: error: OpenAPI version '4.0.0' is not supported"])
        assertDiagnostics(
            "openapi: 3.2.0\ninfo: {title: T, version: '1'}\npaths: {}\n",
            [
                "test.yaml:1:10: warning: OpenAPI 3.2.0 is newer than sdkgen knows; reading it as 3.1"
            ])
    }

    // MARK: - References

    func testUnresolvedLocalReferencesOfEveryKind() {
        let yaml =
            Self.header + """
                paths:
                  /a:
                    post:
                      operationId: a
                      parameters:
                        - $ref: '#/components/parameters/Nope'
                      requestBody: {$ref: '#/components/requestBodies/Nope'}
                      responses:
                        '200': {$ref: '#/components/responses/Nope'}
                        '201':
                          description: ok
                          content:
                            application/json:
                              schema: {$ref: '#/components/schemas/Nope'}
                        '202':
                          description: ok
                          content:
                            application/json:
                              schema: {$ref: '#/paths/~1a/nowhere'}
                """
        let messages = diagnostics(yaml)
        XCTAssertEqual(messages.count, 5, messages.joined(separator: "\n"))
        let expected = [
            (
                "test.yaml:8:17: error: unresolved $ref '#/components/parameters/Nope'",
                "[at #/paths/~1a/post/parameters/0/$ref]"
            ),
            (
                "test.yaml:9:27: error: unresolved $ref '#/components/requestBodies/Nope'",
                "[at #/paths/~1a/post/requestBody/$ref]"
            ),
            (
                "test.yaml:11:23: error: unresolved $ref '#/components/responses/Nope'",
                "[at #/paths/~1a/post/responses/200/$ref]"
            ),
            (
                "test.yaml:16:30: error: unresolved $ref '#/components/schemas/Nope': no schema named 'Nope' in components/schemas",
                "[at #/paths/~1a/post/responses/201/content/application~1json/schema/$ref]"
            ),
            (
                "test.yaml:21:30: error: unresolved $ref '#/paths/~1a/nowhere'",
                "[at #/paths/~1a/post/responses/202/content/application~1json/schema/$ref]"
            ),
        ]
        for (message, (prefix, pointer)) in zip(messages, expected) {
            XCTAssertTrue(message.hasPrefix(prefix), "\(message)\n  expected \(prefix)")
            XCTAssertTrue(message.hasSuffix(pointer), "\(message)\n  expected \(pointer)")
        }
    }

    func testReferenceCyclesThatCannotBeExpressedAreErrors() {
        let yaml =
            Self.header + """
                paths: {}
                components:
                  schemas:
                    Itself: {$ref: '#/components/schemas/Itself'}
                    Ping: {$ref: '#/components/schemas/Pong'}
                    Pong: {$ref: '#/components/schemas/Ping'}
                    Shape:
                      oneOf:
                        - {$ref: '#/components/schemas/Shape'}
                        - {type: string}
                    Base:
                      allOf:
                        - {$ref: '#/components/schemas/Derived'}
                        - {type: object, properties: {a: {type: string}}}
                    Derived:
                      allOf:
                        - {$ref: '#/components/schemas/Base'}
                        - {type: object, properties: {b: {type: string}}}
                    Nested:
                      type: array
                      items: {$ref: '#/components/schemas/Nested'}
                    Fine:
                      type: object
                      properties:
                        next: {$ref: '#/components/schemas/Fine'}
                        all: {type: array, items: {$ref: '#/components/schemas/Fine'}}
                """
        assertDiagnostics(
            yaml,
            [
                "test.yaml:6:13: error: schema 'Itself' is only a $ref to itself; it describes no value. Give it a type or properties [at #/components/schemas/Itself]",
                "test.yaml:7:11: error: schema 'Ping' refers to itself only through $ref ('Ping' —$ref→ 'Pong' —$ref→ 'Ping')",
                "test.yaml:10:7: error: schema 'Shape' is one of its own oneOf/anyOf options ('Shape' —oneOf/anyOf→ 'Shape'); no value can be decoded",
                "test.yaml:14:7: error: schema 'Base' includes itself through allOf ('Base' —allOf→ 'Derived' —allOf→ 'Base'); an object cannot extend itself",
                "test.yaml:22:7: warning: schema 'Nested' is an array or map of itself (Nested → Nested); a Swift type alias cannot be recursive, so it is typed as any JSON value (JSONValue)",
            ])
    }

    func testArrayAndMapAliasCyclesBecomeAnyValueWithAWarning() throws {
        let yaml =
            Self.header + """
                paths: {}
                components:
                  schemas:
                    Tree: {type: array, items: {$ref: '#/components/schemas/Forest'}}
                    Forest: {type: object, additionalProperties: {$ref: '#/components/schemas/Tree'}}
                    Holder: {type: object, properties: {tree: {$ref: '#/components/schemas/Tree'}}}
                """
        let result = try InlineDocument.generate(yaml)
        XCTAssertEqual(
            result.diagnostics.map(\.message),
            [
                "schema 'Tree' is an array or map of itself (Tree → Forest → Tree); a Swift type alias cannot be recursive, so it is typed as any JSON value (JSONValue)",
                "schema 'Forest' is an array or map of itself (Forest → Tree → Forest); a Swift type alias cannot be recursive, so it is typed as any JSON value (JSONValue)",
            ])
        XCTAssertTrue(result.files["Models/Tree.swift"]?.contains("public typealias Tree = JSONValue") == true)
        XCTAssertTrue(result.files["Models/Holder.swift"]?.contains("public var tree: Tree?") == true)
    }

    func testDeepAndFanningInlineReferencesStayBounded() throws {
        // 40 inline schemas, each referring to the next twice: 2^40 paths if each reference were read again.
        var definitions = ""
        for index in 0..<40 {
            definitions +=
                "  s\(index): {type: object, properties: {a: {$ref: '#/x-defs/s\(index + 1)'}, b: {$ref: '#/x-defs/s\(index + 1)'}}}\n"
        }
        definitions += "  s40: {type: string}\n"
        let fanning =
            Self.header + """
                paths:
                  /a:
                    get:
                      operationId: a
                      responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/x-defs/s0'}}}}}
                x-defs:
                \(definitions)
                """
        let started = Date()
        XCTAssertEqual(diagnostics(fanning), [])
        XCTAssertLessThan(Date().timeIntervalSince(started), 10)

        // A chain of inline references, each nesting deeper: an error past 128 levels, not a stack overflow.
        var chain = ""
        for index in 0..<200 {
            chain += "  c\(index): {type: object, properties: {next: {$ref: '#/x-defs/c\(index + 1)'}}}\n"
        }
        chain += "  c200: {type: string}\n"
        let deep =
            Self.header + """
                paths:
                  /a:
                    get:
                      operationId: a
                      responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/x-defs/c0'}}}}}
                x-defs:
                \(chain)
                """
        let messages = diagnostics(deep)
        XCTAssertEqual(messages.count, 1, messages.joined(separator: "\n"))
        XCTAssertTrue(
            messages.first?.contains("error: schemas nest more than 128 levels deep here") == true, messages.joined())
    }

    // MARK: - Operations

    func testOperationIDsAndPathTemplates() {
        let yaml =
            Self.header + """
                paths:
                  /files/{fileId}:
                    get:
                      operationId: getFile
                      responses: {'204': {description: ok}}
                  /files:
                    get:
                      operationId: getFile
                      parameters:
                        - {name: fileId, in: path, required: true, schema: {type: string}}
                      responses: {'204': {description: ok}}
                  /other/{id}:
                    parameters:
                      - {name: id, in: path, schema: {type: string}}
                    get:
                      operationId: other
                      responses: {'204': {description: ok}}
                """
        assertDiagnostics(
            yaml,
            [
                "test.yaml:5:5: error: path '/files/{fileId}' uses '{fileId}' but the operation declares no path parameter 'fileId'; add it to 'parameters' with 'in: path' [at #/paths/~1files~1{fileId}/get]",
                "test.yaml:9:5: error: duplicate operationId 'getFile' (first used by GET /files/{fileId} at line 5); operationIds must be unique [at #/paths/~1files/get]",
                "test.yaml:12:11: error: path parameter 'fileId' does not appear in the path template '/files'; add '{fileId}' to the path or change 'in'",
                "test.yaml:16:9: warning: path parameter 'id' must be required; read as required",
            ])
    }

    func testATagListedTwiceIsUsedOnce() throws {
        let yaml =
            Self.header + """
                tags:
                  - {name: files, description: First.}
                  - {name: files, description: Second.}
                paths:
                  /a:
                    get:
                      operationId: a
                      tags: [files]
                      responses: {'204': {description: ok}}
                """
        let result = try InlineDocument.generate(yaml)
        XCTAssertEqual(
            result.diagnostics.map(\.description),
            [
                "test.yaml:5:5: warning: tag 'files' is listed twice; the first entry is used [at #/tags/1]"
            ])
        XCTAssertEqual(
            result.files.keys.filter { $0.hasPrefix("Operations/") }.sorted(),
            ["Operations/FilesAPI+Errors.swift", "Operations/FilesAPI.swift"])
    }

    // MARK: - Schemas

    func testInvalidSchemaShapes() {
        let yaml =
            Self.header + """
                paths: {}
                components:
                  schemas:
                    Text: just a string
                    Kind: {type: thing}
                    Number: {type: 5}
                    Listed: {type: object, properties: [a, b]}
                    Required: {type: object, required: yes, properties: {a: {type: string}}}
                    Items: {type: array, items: [1, 2]}
                    Flag: {type: object, properties: {a: {type: string, nullable: maybe}}}
                """
        assertDiagnostics(
            yaml,
            [
                "test.yaml:6:11: error: a schema must be a mapping, found a string [at #/components/schemas/Text]",
                "test.yaml:7:18: error: unknown schema type 'thing'; use string, integer, number, boolean, array, object or null [at #/components/schemas/Kind/type]",
                "test.yaml:8:20: error: 'type' must be a string or a list of strings [at #/components/schemas/Number/type]",
                "test.yaml:9:40: error: 'properties' must be a mapping, found a sequence [at #/components/schemas/Listed/properties]",
                "test.yaml:10:40: error: 'required' must be a list, found a string [at #/components/schemas/Required/required]",
                "test.yaml:11:33: error: a schema must be a mapping, found a sequence [at #/components/schemas/Items/items]",
                "test.yaml:12:67: error: 'nullable' must be true or false, found a string [at #/components/schemas/Flag/properties/a/nullable]",
            ])
    }

    // MARK: - All at once

    func testEveryErrorOfADocumentComesInOneRunSortedByLocation() {
        let yaml =
            Self.header + """
                components:
                  schemas:
                    Loop: {$ref: '#/components/schemas/Loop'}
                    Bad: {type: nope}
                paths:
                  /b/{id}:
                    get:
                      operationId: dup
                      responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Gone'}}}}}
                  /a:
                    get:
                      operationId: dup
                      responses: {'204': {description: ok}}
                """
        let messages = diagnostics(yaml)
        XCTAssertEqual(
            messages.map { String($0.prefix(while: { $0 != ":" })) + ":" + $0.split(separator: ":")[1] },
            [
                "test.yaml:5", "test.yaml:6", "test.yaml:9", "test.yaml:11", "test.yaml:13",
            ], messages.joined(separator: "\n"))
        XCTAssertTrue(messages.allSatisfy { $0.contains(": error: ") }, messages.joined(separator: "\n"))
    }
}
