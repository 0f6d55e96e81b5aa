import XCTest
@testable import SDKGenCore

/// The naming and planning rules, each shown on a few lines of document and the Swift they produce.
final class NamingRuleSnippetTests: XCTestCase {
    /// A paged `list` and a documented `listPages` in one group: the documented operation keeps its name, the
    /// derived page sequence is renamed, with a warning.
    func testADerivedMethodThatCollidesWithADocumentedOperationIsRenamed() {
        let yaml = """
            tags: [{name: items}]
            paths:
              /items:
                get:
                  operationId: list
                  tags: [items]
                  parameters: [{name: cursor, in: query, schema: {type: string}}]
                  x-speakeasy-pagination:
                    type: cursor
                    inputs: [{name: cursor, in: parameters, type: cursor}]
                    outputs: {nextCursor: $.next, results: $.data}
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              next: {type: string}
                              data: {type: array, items: {type: string}}
              /pages:
                get:
                  operationId: listPages
                  tags: [items]
                  responses: {'204': {description: done}}
            """
        assertRenders(
            yaml: yaml, swift: "public func listPages2(", in: "Operations/ItemsAPI.swift",
            warnings: ["the page sequence of 'list' is named 'listPages2' because 'listPages' is already taken"])
        assertRenders(
            yaml: yaml,
            swift: """
                    public func listPages(
                        options: RequestOptions = RequestOptions()
                """, in: "Operations/ItemsAPI.swift")
        assertRenders(yaml: yaml, swift: "pages: listPages2(options: options)", in: "Operations/ItemsAPI.swift")
    }

    /// A cursor parameter whose name collides with one the method body uses is renamed once, and the page
    /// sequence passes the renamed argument (it used to recompute the name and call a missing label).
    func testPaginationUsesTheClaimedNameOfTheCursorArgument() {
        let yaml = """
            paths:
              /items:
                get:
                  operationId: list
                  parameters: [{name: options, in: query, schema: {type: string}}]
                  x-speakeasy-pagination:
                    type: cursor
                    inputs: [{name: options, in: parameters, type: cursor}]
                    outputs: {nextCursor: $.next, results: $.data}
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              next: {type: string}
                              data: {type: array, items: {type: string}}
            """
        assertRenders(
            yaml: yaml, swift: "try await self.list(options2: cursor, options: options)",
            in: "Operations/OperationsAPI.swift",
            warnings: ["parameter 'options' of list is named 'options2' because 'options' is already taken"])
    }

    /// The next-cursor path follows the struct's own member names, renamed ones included.
    func testPaginationPathsUseTheDeclaredMemberNames() {
        let yaml = """
            paths:
              /items:
                get:
                  operationId: list
                  parameters: [{name: after, in: query, schema: {type: string}}]
                  x-speakeasy-pagination:
                    type: cursor
                    inputs: [{name: after, in: parameters, type: cursor}]
                    outputs: {nextCursor: $.next_cursor, results: $.data}
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            required: [data]
                            properties:
                              nextCursor: {type: string}
                              next_cursor: {type: string}
                              data: {type: array, items: {type: integer}}
            """
        assertRenders(yaml: yaml, swift: "nextCursor: { page, cursor in page.nextCursor2 }")
    }

    /// Enum values that spell the same case name are numbered, and the rename is a warning at the enum.
    func testEnumCaseCollisionsAreNumberedWithAWarning() {
        let yaml = """
            paths: {}
            components:
              schemas:
                Order: {type: string, enum: [asc, ASC]}
            """
        assertRenders(
            yaml: yaml,
            swift: """
                    case asc
                    case asc2 = "ASC"
                """, in: "Models/Order.swift",
            warnings: ["value 'ASC' of enum Order is named 'asc2' because 'asc' is already taken"])
    }

    /// A relative server URL is left out with one warning (it used to be reported twice).
    func testARelativeServerIsReportedOnce() {
        let yaml = """
            servers: [{url: /v1}, {url: 'https://api.example.com'}]
            paths: {}
            """
        assertRenders(
            yaml: yaml, swift: "public static let server2 = URL(string: \"https://api.example.com\")!",
            warnings: ["server URL '/v1' is not an absolute URL (with its variables' defaults); it is left out"]
        )
    }

    /// `type: [number, string]` is a union of its types (integers tried before numbers), not any JSON value.
    func testSeveralTypesBecomeAUnionOfThoseTypes() {
        let yaml = """
            paths: {}
            components:
              schemas:
                Price:
                  type: object
                  properties:
                    amount: {type: [number, string, integer, 'null']}
            """
        assertRenders(
            yaml: yaml,
            swift: """
                public enum PriceAmount: Codable, Hashable, Sendable {
                    case integer(Int)
                    case string(String)
                    case number(Double)
                """, in: "Models/Price.swift", warnings: [])
        assertRenders(yaml: yaml, swift: "public var amount: PriceAmount?", in: "Models/Price.swift")
    }

    /// A union decoded by its discriminator keeps `unknown` free for values the document does not list.
    func testADiscriminatedUnionReservesUnknown() {
        let yaml = """
            paths: {}
            components:
              schemas:
                unknown: {type: object, properties: {kind: {type: string}}}
                Known: {type: object, properties: {kind: {type: string}}}
                Pet:
                  oneOf: [{$ref: '#/components/schemas/unknown'}, {$ref: '#/components/schemas/Known'}]
                  discriminator: {propertyName: kind}
            """
        assertRenders(
            yaml: yaml,
            swift: """
                    case unknown2(Unknown)
                    case known(Known)
                    /// A value whose discriminator this SDK does not know (a newer API), kept as it came.
                    case unknown(JSONValue)
                """, in: "Models/Pet.swift",
            warnings: ["a case of Pet is named 'unknown2' because 'unknown' is already taken"])
    }

    /// A server with variables is a function of them: enums for listed values, the defaults as default arguments,
    /// and the default server is called with its defaults.
    func testServerVariablesBecomeArguments() {
        let yaml = """
            servers:
              - url: 'https://{region}.api.example.com/{version}'
                variables:
                  region: {default: eu, enum: [us, eu]}
                  version: {default: v2}
            paths: {}
            """
        assertRenders(
            yaml: yaml,
            swift: """
                    public enum ProductionRegion: String, Sendable, CaseIterable {
                        case us
                        case eu
                    }
                """, warnings: [])
        assertRenders(
            yaml: yaml,
            swift: """
                    public static func production(region: ProductionRegion = .eu, version: String = "v2") -> URL {
                        ServerURL.expand("https://{region}.api.example.com/{version}", ["region": region.rawValue, "version": version])
                    }
                """)
        assertRenders(yaml: yaml, swift: "serverURL: URL = Servers.production(),")
    }
}
