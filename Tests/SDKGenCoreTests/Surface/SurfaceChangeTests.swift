import Foundation
import XCTest
@testable import SDKGenCore

/// Each kind of document change, on a small document, lands in the right group of the report.
final class SurfaceChangeTests: XCTestCase {
    /// One operation with a query parameter, a 404 and a response struct; `extra` is spliced into each place.
    private func document(
        parameters: String = "", statuses: String = "", properties: String = "",
        required: String = "[id, name]", enumValues: String = "[asc, desc]", open: Bool = false
    ) -> String {
        """
        paths:
          /pets:
            get:
              operationId: listPets
              parameters:
                - {name: limit, in: query, schema: {type: integer}}
                - name: order
                  in: query
                  schema: {type: string, enum: \(enumValues)\(open ? ", x-speakeasy-unknown-values: allow" : "")}
        \(parameters)
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Pet'}
                '404': {description: not found}
        \(statuses)
        components:
          schemas:
            Pet:
              type: object
              required: \(required)
              properties:
                id: {type: string}
                name: {type: string}
        \(properties)
        """
    }

    func testAnUnchangedDocumentReportsNothing() throws {
        let report = try SurfaceTesting.report(document(), document())
        XCTAssertEqual(report.changes, [])
        XCTAssertEqual(
            APIChangeReport(
                old: try SurfaceTesting.surface(document()),
                new: try SurfaceTesting.surface(document()),
                codeChanged: false
            ).bump, .none)
        XCTAssertEqual(report.bump, .patch, "the code changed although the API did not")
    }

    func testARemovedPropertyIsSourceBreaking() throws {
        let before = document(properties: "        tag: {type: string}")
        let report = try SurfaceTesting.report(before, document())
        XCTAssertEqual(SurfaceTesting.lines(report), ["source-breaking Pet: removed properties `tag: String?`"])
        XCTAssertEqual(report.bump, .major)
    }

    func testAPropertyMadeOptionalIsSourceBreaking() throws {
        let report = try SurfaceTesting.report(document(), document(required: "[id]"))
        XCTAssertEqual(
            SurfaceTesting.lines(report),
            [
                "source-breaking Pet: properties made optional `name: String` → `name: String?`; reading them needs unwrapping"
            ])
    }

    func testANewOptionalPropertyIsAdditiveAndANewRequiredOneBreaksTheInitializer() throws {
        let optional = try SurfaceTesting.report(document(), document(properties: "        tag: {type: string}"))
        XCTAssertEqual(SurfaceTesting.lines(optional), ["additive Pet: new properties `tag: String?`"])
        XCTAssertEqual(optional.bump, .minor)
        let required = try SurfaceTesting.report(
            document(),
            document(
                properties: "        tag: {type: string}",
                required: "[id, name, tag]"))
        XCTAssertEqual(
            SurfaceTesting.lines(required),
            [
                "source-breaking Pet: new required properties `tag: String`; `Pet(…)` needs an argument for each"
            ])
    }

    func testANewRequiredParameterIsSourceBreakingAndANewOptionalOneAdditive() throws {
        let required = try SurfaceTesting.report(
            document(),
            document(
                parameters: """
                            - {name: kind, in: query, required: true, schema: {type: string}}
                    """))
        XCTAssertEqual(
            SurfaceTesting.lines(required),
            ["source-breaking OperationsAPI.listPets: new required arguments `kind: String`"])
        let optional = try SurfaceTesting.report(
            document(),
            document(
                parameters: """
                            - {name: kind, in: query, schema: {type: string}}
                    """))
        XCTAssertEqual(
            SurfaceTesting.lines(optional),
            ["additive OperationsAPI.listPets: new optional arguments `kind: String? = nil`"])
    }

    func testANewDocumentedStatusAddsABreakingErrorCaseNamingTheSwitchThatBreaks() throws {
        let report = try SurfaceTesting.report(
            document(),
            document(statuses: "        '503': {description: unavailable}"))
        XCTAssertEqual(
            SurfaceTesting.lines(report),
            [
                "source-breaking ListPetsError: new cases `serviceUnavailable(APIError)`; "
                    + "an exhaustive `switch` over the errors of `OperationsAPI.listPets` stops compiling"
            ])
        XCTAssertEqual(report.bump, .major)
    }

    func testARemovedStatusRemovesACase() throws {
        let report = try SurfaceTesting.report(
            document(statuses: "        '503': {description: unavailable}"),
            document())
        XCTAssertEqual(
            SurfaceTesting.lines(report),
            ["source-breaking ListPetsError: removed cases `serviceUnavailable(APIError)`"])
    }

    func testANewValueOfAnOpenEnumIsAdditiveAndOfAClosedEnumSourceBreaking() throws {
        let open = try SurfaceTesting.report(
            document(open: true),
            document(
                enumValues: "[asc, desc, random]",
                open: true))
        XCTAssertEqual(
            SurfaceTesting.lines(open),
            [
                "additive ListPetsOrder: new values `random = \"random\"`; they decoded as `.unknown` before"
            ])
        XCTAssertEqual(open.bump, .minor)
        let closed = try SurfaceTesting.report(document(), document(enumValues: "[asc, desc, random]"))
        XCTAssertEqual(
            SurfaceTesting.lines(closed),
            [
                "source-breaking ListPetsOrder: new cases `random = \"random\"`; an exhaustive `switch` over ListPetsOrder stops compiling"
            ])
    }

    func testAChangedPropertyTypeAndAChangedReturnTypeAreSourceBreaking() throws {
        let before = document(properties: "        tag: {type: string}")
        let after = document(properties: "        tag: {type: integer}")
        XCTAssertEqual(
            SurfaceTesting.lines(try SurfaceTesting.report(before, after)),
            ["source-breaking Pet: properties changed type `tag: String?` → `tag: Int?`"])
    }

    func testReorderedPropertiesReorderTheInitializerArguments() throws {
        let before = document(properties: "        tag: {type: string}\n        age: {type: integer}")
        let after = document(properties: "        age: {type: integer}\n        tag: {type: string}")
        XCTAssertEqual(
            SurfaceTesting.lines(try SurfaceTesting.report(before, after)),
            ["source-breaking Pet.init: reordered arguments `(id:name:tag:age:)` → `(id:name:age:tag:)`"])
    }
}
