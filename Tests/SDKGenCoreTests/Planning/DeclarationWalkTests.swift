import XCTest
@testable import SDKGenCore

final class DeclarationWalkTests: XCTestCase {
    func testComponentsInlineTypesAndCollisions() throws {
        let yaml = """
            openapi: 3.1.0
            info: {title: Pet Store API, version: '1'}
            tags: [{name: pets}]
            paths:
              /pets:
                get:
                  operationId: listPets
                  tags: [pets]
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              items: {type: array, items: {type: object, properties: {a: {type: string}}}}
            components:
              schemas:
                pet: {type: object, properties: {kind: {type: string, enum: [dog]}}}
                Pet: {type: string}
                Data: {type: string}
            """
        let document = try XCTUnwrap(try InlineDocument.read(yaml).document)
        let walk = DeclarationWalk.run(document, clientName: "PetStoreClient", reserved: ["HTTPHeaders"])
        let names = walk.names
        XCTAssertEqual(names.byComponent["pet"], "Pet")
        XCTAssertEqual(names.byComponent["Pet"], "Pet2")
        XCTAssertEqual(names.byComponent["Data"], "Data2", "standard type names are never shadowed")
        XCTAssertEqual(names.bySchemaPointer["#/components/schemas/pet/properties/kind"], "PetKind")
        XCTAssertEqual(
            names.bySchemaPointer["#/paths/~1pets/get/responses/200/content/application~1json/schema"],
            "ListPetsResponse")
        XCTAssertEqual(
            names.bySchemaPointer[
                "#/paths/~1pets/get/responses/200/content/application~1json/schema/properties/items/items"],
            "ListPetsResponseItemsItem")
        XCTAssertEqual(names.groups["pets"]?.typeName, "PetsAPI")
        XCTAssertEqual(names.operationErrors["listPets"], "ListPetsError")
        XCTAssertEqual(walk.diagnostics.count, 2)
        // Every named schema is declared once, in the file of the component or operation that reaches it first.
        XCTAssertEqual(
            walk.plan.files.map(\.path),
            [
                "Models/Pet.swift", "Models/Pet2.swift", "Models/Data2.swift", "Models/Operations/ListPets+Types.swift",
            ])
        XCTAssertEqual(
            walk.plan.files.last?.declarations.map { walk.plan.declarations[$0].name },
            ["ListPetsResponse", "ListPetsResponseItemsItem"])
    }
}
