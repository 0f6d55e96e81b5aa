import XCTest
@testable import SDKGenCore

/// A required read-only property is required in responses only, a required write-only one in requests only: the
/// one model of both is optional there, and its comment says which direction it travels.
final class OneWayPropertyTests: XCTestCase {
    private let yaml = """
        openapi: 3.1.0
        info: {title: T, version: '1'}
        paths: {}
        components:
          schemas:
            User:
              type: object
              required: [id, name, password]
              properties:
                id: {type: string, readOnly: true}
                name: {type: string}
                password: {type: string, writeOnly: true}
        """

    func testRequiredReadOnlyAndWriteOnlyPropertiesAreNotRequired() throws {
        let document = try XCTUnwrap(InlineDocument.read(yaml).document)
        let user = try XCTUnwrap(document.schemas.first { $0.name == "User" }?.schema)
        guard case .object(let object) = user.kind else { return XCTFail("User is not an object") }
        XCTAssertEqual(object.properties.map(\.required), [false, true, false])
    }

    func testTheModelsPropertiesAreOptionalWithANote() throws {
        let text = try XCTUnwrap(InlineDocument.generate(yaml).files["Models/User.swift"])
        XCTAssertTrue(
            text.contains("    /// - Note: Read-only: set by the server.\n    public var id: String?\n"), text)
        XCTAssertTrue(text.contains("    public var name: String\n"), text)
        XCTAssertTrue(
            text.contains(
                "    /// - Note: Write-only: the server never returns it.\n    public var password: String?\n"),
            text)
    }
}
