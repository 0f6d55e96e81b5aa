import XCTest
@testable import SDKGenCore

/// An operation's doc comment takes multi-line document text as the one-line entries need it: a parameter's
/// description joined with single spaces, the first paragraph of a response's description kept whole.
final class OperationDocumentationTests: XCTestCase {
    private let yaml = """
        openapi: 3.1.0
        info: {title: T, version: '1'}
        paths:
          /files/{file_id}:
            get:
              operationId: getFile
              tags: [files]
              parameters:
                - name: file_id
                  in: path
                  required: true
                  schema: {type: string}
                  description: |
                    The unique identifier that represents a file.

                    The ID for any file can be determined
                    by visiting a file in the web application.
              responses:
                '200':
                  description: |
                    Returns a file object. If the file was trashed,
                    its `trashed_at` is set.

                    Only fields the caller may see are included.
                  content:
                    application/json:
                      schema: {type: object, properties: {id: {type: string}}}
                '404':
                  description: |
                    The file was not found
                    or the caller may not see it.
        """

    func testAParameterDescriptionIsOneLineWithSingleSpaces() throws {
        let text = try XCTUnwrap(InlineDocument.generate(yaml).files["Operations/FilesAPI.swift"])
        XCTAssertTrue(
            text.contains(
                "    ///   - fileId: The unique identifier that represents a file. The ID for any file can be determined by visiting a file in the web application.\n"
            ), text)
    }

    func testAParameterWithoutADescriptionIsNamedAndItsDefaultAndDeprecationAreSaid() throws {
        let yaml = """
            openapi: 3.1.0
            info: {title: T, version: '1'}
            paths:
              /items:
                get:
                  operationId: list
                  parameters:
                    - {name: page_size, in: query, schema: {type: integer, default: 50}}
                    - {name: X-Old, in: header, deprecated: true, description: 'Legacy routing hint', schema: {type: string}}
                  responses: {'204': {description: done}}
            """
        let text = try XCTUnwrap(InlineDocument.generate(yaml).files["Operations/OperationsAPI.swift"])
        XCTAssertTrue(
            text.contains(
                "    ///   - pageSize: The `page_size` query parameter. When nil, the server's default applies (`50`).\n"
            ),
            text)
        XCTAssertTrue(text.contains("    ///   - xOld: Legacy routing hint. Deprecated.\n"), text)
    }

    func testReturnsAndErrorCasesKeepTheFirstParagraphWhole() throws {
        let files = try InlineDocument.generate(yaml).files
        let operations = try XCTUnwrap(files["Operations/FilesAPI.swift"])
        XCTAssertTrue(
            operations.contains(
                "    /// - Returns: Returns a file object. If the file was trashed, its `trashed_at` is set.\n"),
            operations)
        let errors = try XCTUnwrap(files["Operations/FilesAPI+Errors.swift"])
        XCTAssertTrue(errors.contains("    /// 404: The file was not found or the caller may not see it.\n"), errors)
    }
}
