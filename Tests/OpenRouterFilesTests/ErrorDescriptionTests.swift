import Foundation
import OpenRouterFiles
import TestServer
import XCTest

/// Generated errors read well however they are printed, with the API key masked (issue 11).
final class ErrorDescriptionTests: ServerTestCase {
    func testLocalizedDescriptionIsTheDescriptionWithTheKeyMasked() async throws {
        let body = errorJSON(404, "no file for key \(Self.apiKey)")
        server.enqueue(.status(404, body: body), method: "GET", path: "/files/*")
        let error = await expectFailure(GetFileMetadataError.self) {
            try await self.makeClient().files.retrieve(fileId: "file_missing")
        }
        let unwrapped = try XCTUnwrap(error)
        let text = unwrapped.localizedDescription
        XCTAssertEqual(text, String(describing: unwrapped))
        XCTAssertEqual((unwrapped as any Error).localizedDescription, text)
        XCTAssertTrue(text.hasPrefix("notFound(NotFoundResponse: Status 404"), text)
        XCTAssertTrue(text.contains("no file for key ***"), text)
        XCTAssertFalse(text.contains(Self.apiKey), text)
        XCTAssertFalse(text.contains("error 1"), text)
    }

    func testTransportAndInvalidRequestErrorsReadWell() async throws {
        let closed = try await startServer(keepAlive: false)
        closed.enqueue(.closeBeforeResponse)
        let lost = await expectFailure(ListFilesError.self) {
            try await self.makeClient(closed, retryPolicy: .none).files.list()
        }
        XCTAssertEqual(lost?.localizedDescription, lost.map { String(describing: $0) })
        XCTAssertTrue(
            lost?.localizedDescription.hasPrefix("transport(Transport error (connectionLost)") == true,
            lost?.localizedDescription ?? "nil")
        let refused = await expectFailure(ListFilesError.self) {
            try await self.makeClient().files.list(options: RequestOptions(headers: ["X-Bad": "a\r\nb"]))
        }
        XCTAssertTrue(
            refused?.localizedDescription.hasPrefix("invalidRequest(Invalid request:") == true,
            refused?.localizedDescription ?? "nil")
        let payload: any Error = try XCTUnwrap(lost?.transportError)
        XCTAssertEqual(payload.localizedDescription, String(describing: lost!.transportError!))
    }
}
