import FilesAPIOnRuntimeModule
import Foundation
import XCTest

/// The client SDKGenPlugin generated with `runtime: module`: importing the client alone gives the runtime's types.
final class FilesAPIOnRuntimeModuleTests: XCTestCase {
    func testTheRuntimeTypesComeWithTheClient() {
        let options = RequestOptions(retries: RetryPolicy.none, headers: ["X-Trace": "1"])
        let client = OpenRouterClient(apiKey: "sk-test")
        XCTAssertEqual(client.configuration.serverURL, OpenRouterClient.Servers.production)
        XCTAssertEqual(OpenRouterClient.defaultUserAgent, "sdkgen/0.1.0 (swift) FilesAPIOnRuntimeModule/1.0.0")
        XCTAssertEqual(options.retries?.retryConnectionErrors, false)
        XCTAssertEqual(options.headers, ["X-Trace": "1"])
    }

    func testModelsDecodeThroughTheModulesCodingHelpers() throws {
        let json = Data("""
            {"id": "file-abc123", "filename": "notes.txt", "mime_type": "text/plain", "size_bytes": 4096,
             "created_at": "2025-01-01T00:00:00Z", "downloadable": true, "type": "file"}
            """.utf8)
        let metadata = try JSONDecoder().decode(FileMetadata.self, from: json)
        XCTAssertEqual(metadata.sizeKiB, 4)
        XCTAssertEqual(try JSONDecoder().decode(FileMetadata.self, from: JSONEncoder().encode(metadata)), metadata)
    }
}
