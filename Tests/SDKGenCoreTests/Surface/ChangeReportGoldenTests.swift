import Foundation
import XCTest
@testable import SDKGenCore

/// The report for the Files document → its next version is committed and must match byte for byte, in every form.
final class ChangeReportGoldenTests: XCTestCase {
    private func generate(_ file: String) throws -> Pipeline.Result {
        let path = RepositoryPaths.root.appendingPathComponent("spec/\(file)").path
        return try Pipeline.generate(specPath: path, options: GeneratorOptions(moduleName: "OpenRouterFiles"))
    }

    private func report() throws -> APIChangeReport {
        let old = try generate("openrouter-files.openapi.yaml")
        let new = try generate("openrouter-files.next.openapi.yaml")
        return APIChangeReport(old: old.surface, new: new.surface, codeChanged: old.files != new.files)
    }

    func testFilesToNextReportMatchesTheGoldenFiles() throws {
        let report = try report()
        for (format, suffix) in [(ReportFormat.text, "txt"), (.markdown, "md"), (.json, "json")] {
            let url = RepositoryPaths.fixtures.appendingPathComponent("ChangeReports/files-to-next.\(suffix)")
            let rendered = format.render(report)
            if RepositoryPaths.updateGolden { try Data(rendered.utf8).write(to: url) }
            XCTAssertEqual(
                rendered, try String(contentsOf: url, encoding: .utf8),
                "\(url.lastPathComponent) is stale; rerun with SDKGEN_UPDATE_GOLDEN=1 to see the difference")
        }
    }

    func testFilesToNextIsMajorWithTheNewErrorCasesBreakingAndTheNewArgumentsAdditive() throws {
        let report = try report()
        XCTAssertEqual(report.bump, .major)
        let listErrors = try XCTUnwrap(report.changes(.sourceBreaking).first { $0.symbol == "ListFilesError" })
        XCTAssertEqual(listErrors.summary, "new cases")
        XCTAssertEqual(
            listErrors.details,
            [
                "badGateway(BadGatewayResponseError)", "forbidden(ForbiddenResponseError)",
                "serviceUnavailable(ServiceUnavailableResponseError)",
            ])
        XCTAssertEqual(listErrors.note, "an exhaustive `switch` over the errors of `FilesAPI.list` stops compiling")
        let list = try XCTUnwrap(report.changes(.additive).first { $0.symbol == "FilesAPI.list" })
        XCTAssertEqual(list.summary, "new optional arguments")
        XCTAssertEqual(
            list.details.map { String($0.prefix { $0 != ":" }) },
            [
                "provider", "after", "afterId",
                "beforeId", "order",
            ])
        XCTAssertTrue(
            report.changes(.sourceBreaking).contains {
                $0.symbol == "FilesAPI.retrieve" && $0.details == ["FileMetadata → FileResponse"]
            })
    }

    func testTheSameDocumentGivesTheSameRecordAndNoChanges() throws {
        let first = try generate("openrouter-files.next.openapi.yaml")
        let second = try generate("openrouter-files.next.openapi.yaml")
        XCTAssertEqual(SurfaceRecord.text(first.surface), SurfaceRecord.text(second.surface))
        let report = APIChangeReport(old: first.surface, new: second.surface, codeChanged: first.files != second.files)
        XCTAssertEqual(report.changes, [])
        XCTAssertEqual(report.bump, .none)
    }

    func testTheRecordReadsBackAsTheSameSurface() throws {
        for file in ["openrouter-files.openapi.yaml", "openrouter-files.next.openapi.yaml"] {
            let surface = try generate(file).surface
            XCTAssertEqual(SurfaceRecord.parse(SurfaceRecord.text(surface)), surface, file)
        }
    }

    func testTheRecordIsWrittenWithTheFilesAndListsEveryMethodAndErrorCase() throws {
        let result = try generate("openrouter-files.openapi.yaml")
        XCTAssertEqual(result.outputFiles.last?.path, ".sdkgen-api")
        let text = SurfaceRecord.text(result.surface)
        XCTAssertTrue(text.contains("\npublic case ListFilesError.badRequest(BadRequestResponseError)\n"), text)
        XCTAssertTrue(
            text.contains("\npublic func FilesAPI.retrieve(fileId: String, workspaceId: String? = nil, "),
            text)
        XCTAssertTrue(text.contains("\npublic var FileMetadata.sizeBytes: Int\n"), text)
        XCTAssertFalse(text.contains("RetryLoop"), "runtime types are not listed")
    }
}
