import Foundation
import RealDocuments
import TestServer
import XCTest

/// An operation whose request body may be JSON, a URL-encoded form, a multipart form or raw bytes has one method
/// per media type; each sends exactly that media type, and all decode the same response.
final class RequestBodyMediaTypeTests: XCTestCase {
    private var server: FilesTestServer!
    private var client: RealDocumentsClient!

    override func setUp() async throws {
        server = try await FilesTestServer.start()
        client = RealDocumentsClient(
            apiKey: "sk-test", serverURL: server.baseURL, retryPolicy: .none, environment: [:])
        server.setRoute(method: "POST", path: "/pets") { _ in .json(#"{"id":7,"name":"Rex"}"#, status: 201) }
    }

    override func tearDown() async throws {
        try await server.shutdown()
    }

    private func lastRequest() throws -> RecordedRequest {
        try XCTUnwrap(server.requests().last { $0.path.hasSuffix("/pets") })
    }

    func testTheJSONMethodSendsJSON() async throws {
        let pet = try await client.operations.createPet(body: NewPet(name: "Rex", tag: "dog"))
        XCTAssertEqual(pet.id, 7)
        let request = try lastRequest()
        XCTAssertEqual(request.headers["Content-Type"], "application/json")
        let body = try XCTUnwrap(request.jsonBody as? [String: String])
        XCTAssertEqual(body, ["name": "Rex", "tag": "dog"])
    }

    func testTheFormMethodSendsTheFieldsURLEncoded() async throws {
        let pet = try await client.operations.createPetForm(name: "Rex & Co", tag: "dog")
        XCTAssertEqual(pet.name, "Rex")
        let request = try lastRequest()
        XCTAssertEqual(request.headers["Content-Type"], "application/x-www-form-urlencoded")
        XCTAssertEqual(request.bodyText, "name=Rex%20%26%20Co&tag=dog")
    }

    func testTheMultipartMethodSendsTheFieldsAndTheFileAsParts() async throws {
        let photo = FileUpload(fileName: "rex.png", content: Data([0x89, 0x50, 0x4E, 0x47]), contentType: "image/png")
        _ = try await client.operations.createPetMultipart(name: "Rex", photo: photo)
        let request = try lastRequest()
        XCTAssertTrue(request.headers["Content-Type"]?.hasPrefix("multipart/form-data; boundary=") ?? false)
        XCTAssertNil(request.multipartError)
        XCTAssertEqual(request.part(named: "name")?.text, "Rex")
        let file = try XCTUnwrap(request.part(named: "photo"))
        XCTAssertEqual(file.filename, "rex.png")
        XCTAssertEqual(file.contentType, "image/png")
        XCTAssertEqual(file.content, Data([0x89, 0x50, 0x4E, 0x47]))
    }

    func testTheBinaryMethodSendsTheBytesAsTheyAre() async throws {
        let bytes = Data([0x00, 0xFF, 0x10, 0x0A])
        _ = try await client.operations.createPetBinary(body: bytes)
        let request = try lastRequest()
        XCTAssertEqual(request.headers["Content-Type"], "application/octet-stream")
        XCTAssertEqual(request.body, bytes)
    }
}
