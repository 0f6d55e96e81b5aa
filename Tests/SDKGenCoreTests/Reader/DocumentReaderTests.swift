import XCTest
@testable import SDKGenCore

final class DocumentReaderTests: XCTestCase {
    func testReadsTheFilesSpec() throws {
        let root = try DocumentLoader.load(contentsOf: RepositoryPaths.spec.path)
        let (document, diagnostics) = DocumentReader.read(root, file: "spec.yaml")
        let files = try XCTUnwrap(document, diagnostics.map(\.description).joined(separator: "\n"))
        XCTAssertEqual(files.title, "OpenRouter API")
        XCTAssertEqual(files.servers.first?.url, "https://openrouter.ai/api/v1")
        XCTAssertEqual(files.servers.first?.id, "production")
        XCTAssertEqual(files.securitySchemes.first?.kind, .httpBearer)
        XCTAssertEqual(files.security.first?.schemeNames, ["apiKey"])
        XCTAssertEqual(
            files.operations.map(\.operationID),
            ["listFiles", "uploadFile", "deleteFile", "getFileMetadata", "downloadFileContent"])
        XCTAssertEqual(
            files.operations.map { $0.nameOverride ?? "" }, ["list", "upload", "delete", "retrieve", "download"])
        let list = files.operations[0]
        XCTAssertEqual(
            list.parameters.map(\.name),
            ["HTTP-Referer", "X-OpenRouter-Title", "X-OpenRouter-Categories", "limit", "cursor", "workspace_id"])
        XCTAssertEqual(list.parameters[1].nameOverride, "appTitle")
        XCTAssertEqual(
            list.pagination,
            Pagination(
                type: "cursor", inputName: "cursor", nextCursorPath: "$.cursor", resultsPath: "$.data",
                inputs: [Pagination.Input(name: "cursor", location: "parameters", type: "cursor")]))
        XCTAssertEqual(list.responses.map(\.status), [.code(200), .code(400), .code(401), .code(429), .code(500)])
        XCTAssertEqual(files.retries?.statusCodes, ["5XX"])
        XCTAssertEqual(files.retries?.exponent, 1.5)
        XCTAssertEqual(files.globals.map(\.name), ["HTTP-Referer", "X-OpenRouter-Title", "X-OpenRouter-Categories"])
        XCTAssertEqual(files.operations[1].requestBody?.contents.first?.mediaType, "multipart/form-data")
        XCTAssertEqual(list.origin.location.line, 27)
        XCTAssertEqual(list.origin.location.column, 5)
    }

    func testNullableInBothFormsAndTypeArrays() throws {
        let yaml = """
            openapi: 3.1.0
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                A: {type: string, nullable: true}
                B: {type: [string, 'null']}
                C: {oneOf: [{type: integer}, {type: 'null'}]}
                D: {anyOf: [{$ref: '#/components/schemas/A'}, {type: 'null'}], description: wrapped}
                E: {type: string}
            """
        let document = try XCTUnwrap(try InlineDocument.read(yaml).document)
        let nullable = document.schemas.map(\.schema.nullable)
        XCTAssertEqual(nullable, [true, true, true, true, false])
        XCTAssertEqual(document.schemas[2].schema.kind, .integer(format: nil))
        XCTAssertEqual(document.schemas[3].schema.kind, .reference("A"))
        XCTAssertEqual(document.schemas[3].schema.description, "wrapped")
    }

    func testEnumsDiscriminatorsAndExtensions() throws {
        let yaml = """
            openapi: 3.1.0
            info: {title: T, version: '1'}
            paths: {}
            x-custom: {keep: me}
            components:
              schemas:
                Open: {type: string, enum: [a, b, null], x-speakeasy-unknown-values: allow}
                Numbers: {type: integer, enum: [1, 2]}
                Union:
                  oneOf: [{$ref: '#/components/schemas/Open'}]
                U2:
                  oneOf: [{$ref: '#/components/schemas/Open'}, {$ref: '#/components/schemas/Numbers'}]
                  discriminator:
                    propertyName: kind
                    mapping: {x: '#/components/schemas/Open', x-ext: ignored}
            """
        let (document, diagnostics) = try InlineDocument.read(yaml)
        let model = try XCTUnwrap(document)
        XCTAssertEqual(
            model.schemas[0].schema.kind,
            .enumeration(
                EnumSchema(values: [.string("a"), .string("b")], isInteger: false, isOpen: true, isConst: false)))
        XCTAssertTrue(model.schemas[0].schema.nullable)
        XCTAssertEqual(
            model.schemas[1].schema.kind,
            .enumeration(EnumSchema(values: [.int(1), .int(2)], isInteger: true, isOpen: false, isConst: false)))
        guard case .oneOf(_, let discriminator) = model.schemas[3].schema.kind else { return XCTFail("not a oneOf") }
        XCTAssertEqual(discriminator?.mapping, [Discriminator.Entry(value: "x", schemaName: "Open")])
        XCTAssertEqual(model.extensions["x-custom"], .map(["keep": .scalar("me")]))
        XCTAssertEqual(
            diagnostics.filter { $0.severity == .warning }.count, 1, "the vendor key inside the mapping is a warning")
    }

    func testPathParametersMergeAndRefsResolve() throws {
        let yaml = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /a/{id}:
                parameters:
                  - {$ref: '#/components/parameters/Id'}
                  - {name: q, in: query, schema: {type: string}, description: path level}
                get:
                  parameters:
                    - {name: q, in: query, schema: {type: integer}, description: operation level}
                  responses: {'204': {description: ok}}
            components:
              parameters:
                Id: {name: id, in: path, required: true, schema: {type: string}}
            """
        let document = try XCTUnwrap(try InlineDocument.read(yaml).document)
        let operation = try XCTUnwrap(document.operations.first)
        XCTAssertEqual(operation.operationID, "get/a/id")
        XCTAssertEqual(operation.parameters.map(\.name), ["id", "q"])
        XCTAssertEqual(operation.parameters[1].description, "operation level")
        XCTAssertEqual(operation.parameters[1].schema.kind, .integer(format: nil))
    }

    /// A cycle through schemas outside `components/schemas` (a 3.0 document converted from Swagger keeps its
    /// `definitions`): the schema where it closes is declared under its last pointer token.
    func testACycleOutsideComponentsIsDeclaredAsANamedSchema() throws {
        let yaml = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /tree:
                get:
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: '#/definitions/Node'}
            definitions:
              Node:
                type: object
                properties:
                  children: {type: array, items: {$ref: '#/definitions/Node'}}
            """
        let (document, diagnostics) = try InlineDocument.read(yaml)
        let read = try XCTUnwrap(document, "\(diagnostics)")
        XCTAssertEqual(read.schemas.map(\.name), ["Node"])
        guard case .object(let node) = read.schemas.first?.schema.kind else { return XCTFail("\(read.schemas)") }
        guard case .array(let items) = node.properties.first?.schema.kind else { return XCTFail("\(node)") }
        XCTAssertEqual(items.kind, .reference("Node"))
        let body = read.operations.first?.responses.first?.contents.first?.schema
        XCTAssertEqual(body?.kind, .reference("Node"))
    }

    func testErrorsCarryFileLineColumnAndPointer() throws {
        let yaml = """
            openapi: 3.1.0
            info: {title: T, version: '1'}
            paths:
              /a/{id}:
                get:
                  operationId: same
                  responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Missing'}}}}}
              /b:
                get:
                  operationId: same
                  responses: {'204': {description: ok}}
            """
        let (document, diagnostics) = try InlineDocument.read(yaml)
        XCTAssertNil(document)
        let text = Diagnostic.sortedForDisplay(diagnostics).map(\.description)
        XCTAssertEqual(text.count, 3, text.joined(separator: "\n"))
        XCTAssertTrue(text[0].hasPrefix("test.yaml:5:5: error: path '/a/{id}' uses '{id}'"), text[0])
        XCTAssertTrue(
            text[1].hasPrefix("test.yaml:7:88: error: unresolved $ref '#/components/schemas/Missing'"), text[1])
        XCTAssertTrue(
            text[1].contains("[at #/paths/~1a~1{id}/get/responses/200/content/application~1json/schema/$ref]"), text[1])
        XCTAssertTrue(text[2].hasPrefix("test.yaml:9:5: error: duplicate operationId 'same'"), text[2])
    }

    func testSwaggerAndUnsupportedVersionsAreRefused() throws {
        let swagger = try InlineDocument.read("swagger: '2.0'\ninfo: {title: T, version: '1'}\n")
        XCTAssertNil(swagger.document)
        XCTAssertTrue(swagger.diagnostics[0].message.contains("Swagger 2.0"))
        let four = try InlineDocument.read("openapi: 4.0.0\n")
        XCTAssertTrue(four.diagnostics[0].message.contains("not supported"))
        let notOpenAPI = try InlineDocument.read("hello: world\n")
        XCTAssertTrue(notOpenAPI.diagnostics[0].message.contains("not an OpenAPI document"))
    }
}
