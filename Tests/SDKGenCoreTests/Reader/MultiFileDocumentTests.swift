import XCTest
@testable import SDKGenCore

/// Documents laid out in several files, read from memory through `ExternalFiles`: path items and operations may be
/// `$ref`s to other files, whose own references resolve against the file that holds them.
final class MultiFileDocumentTests: XCTestCase {
    private let root = """
        openapi: 3.1.0
        info: {title: Split API, version: '1'}
        paths:
          /users:
            $ref: 'paths/users.yaml'
          /users/{id}:
            get:
              $ref: 'operations/get-user.yaml'
        """

    private let files = [
        "/mem/paths/users.yaml": """
        get:
          operationId: listUsers
          responses:
            '200':
              description: ok
              content:
                application/json:
                  schema: {type: array, items: {$ref: '../schemas/user.yaml'}}
        """,
        "/mem/operations/get-user.yaml": """
        operationId: getUser
        parameters: [{name: id, in: path, required: true, schema: {type: string}}]
        responses:
          '200':
            description: ok
            content:
              application/json:
                schema: {$ref: '../schemas/user.yaml'}
        """,
        "/mem/schemas/user.yaml": """
        title: User
        type: object
        required: [id]
        properties:
          id: {type: string}
        """,
    ]

    private func generate(_ files: [String: String]) throws -> Pipeline.Result {
        try Pipeline.generate(
            bytes: Array(root.utf8), file: "/mem/api.yaml", externalFiles: .inMemory(files),
            options: GeneratorOptions(moduleName: "Split"))
    }

    func testPathItemsAndOperationsThatAreReferencesToOtherFilesAreRead() throws {
        let result = try generate(files)
        XCTAssertEqual(result.document.operations.map(\.operationID), ["listUsers", "getUser"])
        let operations = try XCTUnwrap(result.files.first { $0.path == "Operations/OperationsAPI.swift" }?.contents)
        XCTAssertTrue(operations.contains("public func listUsers("), operations)
        XCTAssertTrue(operations.contains("-> [User]"), operations)
        XCTAssertTrue(operations.contains("public func getUser("), operations)
        XCTAssertEqual(result.diagnostics.map(\.message), [])
    }

    func testAProblemInAReferencedFileIsReportedWhereItIs() throws {
        var broken = files
        broken["/mem/operations/get-user.yaml"] = """
            operationId: getUser
            parameters: [{name: id, in: path, required: true, schema: {type: strin}}]
            responses: {'204': {description: done}}
            """
        XCTAssertThrowsError(try generate(broken)) { error in
            let diagnostics = (error as? DiagnosticError)?.diagnostics ?? []
            let located = diagnostics.filter { $0.severity == .error }.compactMap(\.location)
            XCTAssertTrue(located.first?.file.hasSuffix("operations/get-user.yaml") == true, "\(diagnostics)")
            XCTAssertEqual(located.first?.line, 2)
        }
    }

    func testAPathItemReferenceToAMissingFileIsAnError() throws {
        var missing = files
        missing["/mem/paths/users.yaml"] = nil
        XCTAssertThrowsError(try generate(missing)) { error in
            let messages = (error as? DiagnosticError)?.diagnostics.map(\.message) ?? []
            XCTAssertTrue(messages.contains { $0.contains("paths/users.yaml") }, "\(messages)")
        }
    }

    /// A schema cycle through files outside `components/schemas`: the schema where the cycle closes becomes a
    /// named type (its title), so the cycle runs through a declaration, as it would among component schemas.
    func testASchemaCycleThroughOtherFilesBecomesANamedType() throws {
        var cyclic = files
        cyclic["/mem/schemas/user.yaml"] = """
            title: User
            type: object
            required: [id]
            properties:
              id: {type: string}
              manager: {$ref: 'people/manager.yaml'}
            """
        cyclic["/mem/schemas/people/manager.yaml"] = """
            type: object
            properties:
              deputy: {$ref: '../user.yaml'}
              reports: {type: array, items: {$ref: '../user.yaml'}}
            """
        let result = try generate(cyclic)
        XCTAssertEqual(result.diagnostics.map(\.message), [])
        XCTAssertEqual(result.document.schemas.map(\.name), ["User"])
        let user = try XCTUnwrap(result.files.first { $0.path == "Models/User.swift" }?.contents)
        XCTAssertTrue(user.contains("public struct User"), user)
        XCTAssertTrue(user.contains("public var manager: Manager?"), user)
        let manager = try XCTUnwrap(result.files.first { $0.contents.contains("struct Manager") }?.contents)
        XCTAssertTrue(manager.contains("deputy: User?"), manager)
        XCTAssertTrue(manager.contains("reports: [User]?"), manager)
        let operations = try XCTUnwrap(result.files.first { $0.path == "Operations/OperationsAPI.swift" }?.contents)
        XCTAssertTrue(operations.contains("-> [User]"), operations)
    }

    /// The hoisted name does not take a name the document's own components use.
    func testAHoistedSchemaDoesNotTakeAComponentName() throws {
        var cyclic = files
        cyclic["/mem/schemas/user.yaml"] = """
            title: User
            type: object
            properties:
              next: {$ref: 'user.yaml'}
            """
        let result = try Pipeline.generate(
            bytes: Array((root + "\ncomponents:\n  schemas:\n    User: {type: string}\n").utf8), file: "/mem/api.yaml",
            externalFiles: .inMemory(cyclic), options: GeneratorOptions(moduleName: "Split"))
        XCTAssertEqual(result.document.schemas.map(\.name), ["User", "User2"])
        let hoisted = try XCTUnwrap(result.files.first { $0.path == "Models/User2.swift" }?.contents)
        XCTAssertTrue(hoisted.contains("public var next: User2?"), hoisted)
    }

    /// A vendor's layout at scale: 500 path files in nested folders, each referring to a schema file of its own
    /// (2,000 files in all, with a schema cycle through every pair of neighbours) and to a shared parameter file.
    private func largeLayout(count: Int) -> (root: String, files: [String: String]) {
        var root = "openapi: 3.1.0\ninfo: {title: Large, version: '1'}\npaths:\n"
        var files: [String: String] = [
            "/mem/shared/parameters.yaml": "limit: {name: limit, in: query, schema: {type: integer}}\n"
        ]
        for index in 0..<count {
            let folder = "area\(index % 10)/group\(index % 7)"
            root += "  /items\(index):\n    $ref: 'paths/\(folder)/item\(index).yaml'\n"
            files["/mem/paths/\(folder)/item\(index).yaml"] = """
                get:
                  operationId: getItem\(index)
                  parameters: [{$ref: '../../../shared/parameters.yaml#/limit'}]
                  responses:
                    '200': {$ref: '../../../responses/item\(index).yaml'}
                """
            files["/mem/responses/item\(index).yaml"] = """
                description: ok
                content: {application/json: {schema: {$ref: '../schemas/item\(index).yaml'}}}
                """
            files["/mem/schemas/item\(index).yaml"] = """
                title: Item\(index)
                type: object
                properties:
                  id: {type: string}
                  parent: {$ref: 'parts/part\(index).yaml'}
                """
            files["/mem/schemas/parts/part\(index).yaml"] = """
                type: object
                properties:
                  owner: {$ref: '../item\(index).yaml'}
                """
        }
        return (root, files)
    }

    func testALayoutOfThousandsOfFilesIsReadWhole() throws {
        let (root, files) = largeLayout(count: 500)
        XCTAssertEqual(files.count, 2001)
        let result = try Pipeline.generate(
            bytes: Array(root.utf8), file: "/mem/api.yaml", externalFiles: .inMemory(files),
            options: GeneratorOptions(moduleName: "Large"))
        XCTAssertEqual(result.diagnostics.map(\.message), [])
        XCTAssertEqual(result.document.operations.count, 500)
        XCTAssertEqual(result.document.operations.last?.operationID, "getItem499")
        XCTAssertEqual(result.document.operations.last?.parameters.map(\.name), ["limit"])
        XCTAssertEqual(result.document.schemas.count, 500)
        let item = try XCTUnwrap(result.files.first { $0.path == "Models/Item437.swift" }?.contents)
        XCTAssertTrue(item.contains("public var parent: Part437?"), item)
    }

    func testAProblemDeepInALargeLayoutIsReportedInItsFile() throws {
        var (root, files) = largeLayout(count: 500)
        files["/mem/schemas/parts/part321.yaml"] = "type: object\nproperties:\n  owner: {$ref: '../item999.yaml'}\n"
        XCTAssertThrowsError(
            try Pipeline.generate(
                bytes: Array(root.utf8), file: "/mem/api.yaml", externalFiles: .inMemory(files),
                options: GeneratorOptions(moduleName: "Large"))
        ) { error in
            let errors = ((error as? DiagnosticError)?.diagnostics ?? []).filter { $0.severity == .error }
            XCTAssertEqual(errors.first?.location?.file, "/mem/schemas/parts/part321.yaml", "\(errors)")
            XCTAssertEqual(errors.first?.location?.line, 3, "\(errors)")
        }
    }

    func testReferencesThatOnlyReferToEachOtherAcrossFilesAreAnErrorWhereTheyAre() throws {
        var looping = files
        looping["/mem/schemas/user.yaml"] = "$ref: 'alias.yaml'\n"
        looping["/mem/schemas/alias.yaml"] = "$ref: 'user.yaml'\n"
        XCTAssertThrowsError(try generate(looping)) { error in
            let diagnostics = (error as? DiagnosticError)?.diagnostics ?? []
            let errors = diagnostics.filter { $0.severity == .error }
            XCTAssertFalse(errors.isEmpty, "\(diagnostics)")
            XCTAssertTrue(
                errors.contains {
                    $0.location?.file.hasSuffix(".yaml") == true && $0.location?.file != "/mem/api.yaml"
                },
                "located in one of the looping files: \(errors)")
        }
    }
}
