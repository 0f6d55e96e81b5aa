import Foundation
import OpenRouterFiles
import TestServer
import XCTest

/// Every Files operation in sequence, as an application would use them.
final class RoundTripTests: ServerTestCase {
    func testUploadListRetrieveDownloadDeleteThenNotFound() async throws {
        let client = makeClient()
        let workspace = "ws_round_trip"
        let directory = try temporaryDirectory()

        // Upload three files: two from memory, one from disk.
        var uploaded: [FileMetadata] = []
        for index in 0..<2 {
            let content = Data("in-memory file \(index)\r\n".utf8)
            uploaded.append(
                try await client.files.upload(
                    file: FileUpload(fileName: "memory-\(index).txt", content: content), workspaceId: workspace
                ))
        }
        let onDisk = directory.appendingPathComponent("disk.csv")
        try Data("a,b\n1,2\n".utf8).write(to: onDisk)
        uploaded.append(try await client.files.upload(file: FileUpload(fileURL: onDisk), workspaceId: workspace))
        XCTAssertEqual(uploaded.map(\.filename), ["memory-0.txt", "memory-1.txt", "disk.csv"])
        XCTAssertEqual(uploaded.map(\.mimeType), ["text/plain", "text/plain", "text/csv"])
        XCTAssertEqual(Set(uploaded.map(\.id)).count, 3)

        // One file created server-side, which (unlike uploads) is downloadable.
        let report = testBytes(70_000, seed: 9)
        let reportID = server.addDownloadableFile(name: "report.bin", content: report, workspaceID: workspace)

        // List with paging: two pages of two.
        var pages: [FileListResponse] = []
        for try await page in client.files.listPages(limit: 2, workspaceId: workspace) {
            pages.append(page)
            if pages.count > 5 { break }
        }
        XCTAssertEqual(pages.map(\.data.count), [2, 2])
        XCTAssertEqual(pages.flatMap(\.data).map(\.id), uploaded.map(\.id) + [reportID])
        XCTAssertEqual(pages.flatMap(\.data).first, uploaded.first, "the listing matches the upload response")

        // Retrieve each.
        for file in uploaded {
            let retrieved = try await client.files.retrieve(fileId: file.id, workspaceId: workspace)
            XCTAssertEqual(retrieved, file)
        }
        let reportMetadata = try await client.files.retrieve(fileId: reportID, workspaceId: workspace)
        XCTAssertTrue(reportMetadata.downloadable)
        XCTAssertEqual(reportMetadata.sizeBytes, report.count)

        // Download: into memory and to a file; uploads are documented as not downloadable.
        let downloaded = try await client.files.download(fileId: reportID, workspaceId: workspace)
        XCTAssertEqual(downloaded, report)
        let destination = directory.appendingPathComponent("report.bin")
        try await client.files.download(fileId: reportID, workspaceId: workspace, to: destination)
        XCTAssertEqual(try Data(contentsOf: destination), report)
        let notDownloadable = await expectFailure(DownloadFileContentError.self) {
            try await client.files.download(fileId: uploaded[0].id, workspaceId: workspace)
        }
        guard case .badRequest? = notDownloadable else {
            return XCTFail("expected .badRequest, got \(String(describing: notDownloadable))")
        }

        // Delete everything; each is then gone.
        for id in uploaded.map(\.id) + [reportID] {
            let deleted = try await client.files.delete(fileId: id, workspaceId: workspace)
            XCTAssertEqual(deleted.id, id)
            let error = await expectFailure(GetFileMetadataError.self) {
                try await client.files.retrieve(fileId: id, workspaceId: workspace)
            }
            guard case let .notFound(notFound)? = error else {
                return XCTFail("expected .notFound after delete, got \(String(describing: error))")
            }
            XCTAssertEqual(notFound.statusCode, 404)
            XCTAssertEqual(notFound.body.error.code, 404)
        }
        let again = await expectFailure(DeleteFileError.self) {
            try await client.files.delete(fileId: reportID, workspaceId: workspace)
        }
        guard case .notFound? = again else {
            return XCTFail("expected .notFound on a second delete, got \(String(describing: again))")
        }
        var remaining = 0
        for try await _ in client.files.listItems(workspaceId: workspace) { remaining += 1 }
        XCTAssertEqual(remaining, 0)
        XCTAssertTrue(server.storedFiles().isEmpty)
    }
}
