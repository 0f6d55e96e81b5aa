import XCTest
@testable import SDKGenCore

/// An operation with servers of its own (an upload host) is sent there: its own servers, else its path item's,
/// unless the server is one of the document's; a server that is not an absolute URL is a warning.
final class OperationServerTests: XCTestCase {
    private let yaml = """
        openapi: 3.1.0
        info: {title: T, version: '1'}
        servers: [{url: 'https://api.example.com/2.0'}]
        paths:
          /files/content:
            servers: [{url: 'https://path.example.com'}]
            post:
              operationId: upload
              servers:
                - url: 'https://{host}/2.0'
                  variables: {host: {default: upload.example.com}}
              responses: {'204': {description: done}}
            get:
              operationId: fromPath
              responses: {'204': {description: done}}
          /files:
            get:
              operationId: list
              servers: [{url: 'https://api.example.com/2.0/'}]
              responses: {'204': {description: done}}
          /relative:
            get:
              operationId: relative
              servers: [{url: '/v3'}]
              responses: {'204': {description: done}}
        """

    func testTheReaderKeepsTheOperationsServersElseThePathItems() throws {
        let document = try XCTUnwrap(InlineDocument.read(yaml).document)
        let servers = Dictionary(
            uniqueKeysWithValues: document.operations.map { ($0.operationID, $0.servers.map(\.url)) })
        XCTAssertEqual(servers["upload"], ["https://{host}/2.0"])
        XCTAssertEqual(servers["fromPath"], ["https://path.example.com"])
        XCTAssertEqual(servers["list"], ["https://api.example.com/2.0/"])
    }

    func testAnOperationWithAServerOfItsOwnSetsIt() throws {
        let (files, diagnostics) = try InlineDocument.generate(yaml)
        let text = try XCTUnwrap(files["Operations/OperationsAPI.swift"])
        XCTAssertTrue(
            text.contains(
                """
                        var request = RequestBuilder(method: "POST", path: "/files/content", operationID: "upload")
                        request.setServer("https://upload.example.com/2.0")

                """), text)
        XCTAssertTrue(text.contains("        request.setServer(\"https://path.example.com\")\n"), text)
        // The document's own server (a trailing slash aside) leaves the client's server in charge.
        XCTAssertEqual(text.components(separatedBy: "request.setServer(").count - 1, 2)
        XCTAssertEqual(
            diagnostics.map(\.message),
            [
                "the server '/v3' of operation 'relative' is not an absolute URL (with its variables' defaults); the operation is sent to the client's server"
            ])
    }
}
