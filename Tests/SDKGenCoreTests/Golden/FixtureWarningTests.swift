import Foundation
import XCTest

@testable import SDKGenCore

/// What the issue 10 fixtures still degrade, each with a warning at its place, and nothing else.
final class FixtureWarningTests: XCTestCase {
    private func warnings(_ name: String) throws -> [String] {
        let spec = RepositoryPaths.fixtures.appendingPathComponent("\(name)/openapi.yaml")
        let result = try Pipeline.generate(
            specPath: spec.path, options: GeneratorOptions(moduleName: SwiftIdentifier.typeName(name)))
        return result.diagnostics.map { "\($0.pointer ?? ""): \($0.message)" }
    }

    func testEveryRequestMediaTypeIsOfferedWithoutAWarning() throws {
        XCTAssertEqual(try warnings("request-bodies"), [])
    }

    func testAnOutcomeWithABinaryBodySaysItHasNoDownloadVariant() throws {
        XCTAssertEqual(
            try warnings("success-outcomes"),
            [
                "#/paths/~1reports~1{id}/get/responses/200: the binary body of this success response is returned in memory, in a case of GetReportOutcome (the other success statuses differ); no download(to:) variant streams it to a file"
            ])
    }

    func testANextURLThatIsNotAStringLeavesThePagesOut() throws {
        XCTAssertEqual(
            try warnings("url-pagination"),
            [
                "#/paths/~1audits/get/x-speakeasy-pagination: pagination is not generated for 'listAudits': its nextUrl (a string) or results path does not name properties of the response; the single-page method is still there"
            ])
    }

    func testJSONStreamsNeedNoWarning() throws {
        XCTAssertEqual(try warnings("json-streams"), [])
    }
}
