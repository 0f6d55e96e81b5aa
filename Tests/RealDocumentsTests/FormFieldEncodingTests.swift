import Foundation
import RealDocuments
import TestServer
import XCTest

/// A form body's `encoding` entries on the wire: a URL-encoded field in `deepObject` or unexploded `pipeDelimited`
/// style, or as JSON text; multipart parts with the `Content-Type` their entry names, primitives sent as JSON when
/// it says `application/json`. The bytes are the ones the NIO server received.
final class FormFieldEncodingTests: XCTestCase {
    private var server: FilesTestServer!
    private var client: RealDocumentsClient!

    override func setUp() async throws {
        server = try await FilesTestServer.start()
        client = RealDocumentsClient(
            apiKey: "sk-test", serverURL: server.baseURL, retryPolicy: .none, environment: [:])
        server.setRoute(method: "POST", path: "/pets/search") { _ in .json(#"{"count":2}"#) }
    }

    override func tearDown() async throws {
        try await server.shutdown()
    }

    private func lastRequest() throws -> RecordedRequest {
        try XCTUnwrap(server.requests().last { $0.path.hasSuffix("/pets/search") })
    }

    func testURLEncodedFieldsFollowTheirEncodingEntries() async throws {
        let result = try await client.operations.searchPets(
            filter: SearchPetsFilter(color: "red & blue", size: 3), tags: ["a b", "c"], ids: [1, 2],
            extra: SearchPetsExtra(source: "web"), sort: "name")
        XCTAssertEqual(result.count, 2)
        let request = try lastRequest()
        XCTAssertEqual(request.headers["Content-Type"], "application/x-www-form-urlencoded")
        XCTAssertEqual(
            request.bodyText,
            "filter%5Bcolor%5D=red%20%26%20blue&filter%5Bsize%5D=3"
                + "&tags=a%20b%7Cc"
                + "&ids=1&ids=2"
                + "&extra=%7B%22source%22%3A%22web%22%7D"
                + "&sort=name")
    }

    func testAbsentOptionalFieldsAreLeftOut() async throws {
        _ = try await client.operations.searchPets(filter: SearchPetsFilter(size: 1))
        XCTAssertEqual(try lastRequest().bodyText, "filter%5Bsize%5D=1")
    }

    func testMultipartPartsCarryTheContentTypeTheirEntryNames() async throws {
        _ = try await client.operations.searchPetsMultipart(
            note: "# Rex", kind: .dog, legs: ._4, seen: Date(timeIntervalSince1970: 1_700_000_000),
            badge: Data([0xFF, 0x00]), count: 3, meta: SearchPetsMeta(source: "app"))
        let request = try lastRequest()
        XCTAssertNil(request.multipartError)
        let note = try XCTUnwrap(request.part(named: "note"))
        XCTAssertEqual(note.contentType, "text/markdown")
        XCTAssertEqual(note.text, "# Rex")
        // Enums, inline or a `$ref` to a component, are sent as their raw values in plain text parts.
        let kind = try XCTUnwrap(request.part(named: "kind"))
        XCTAssertNil(kind.contentType)
        XCTAssertEqual(kind.text, "dog")
        XCTAssertEqual(request.part(named: "legs")?.text, "4")
        // A date-time as ISO 8601 and base64 bytes as their base64 text, as in JSON.
        XCTAssertEqual(request.part(named: "seen")?.text, "2023-11-14T22:13:20Z")
        XCTAssertEqual(request.part(named: "badge")?.text, "/wA=")
        let count = try XCTUnwrap(request.part(named: "count"))
        XCTAssertEqual(count.contentType, "application/json")
        XCTAssertEqual(count.text, "3")
        let meta = try XCTUnwrap(request.part(named: "meta"))
        XCTAssertEqual(meta.contentType, "application/vnd.pets+json")
        XCTAssertEqual(meta.text, #"{"source":"app"}"#)
    }
}
