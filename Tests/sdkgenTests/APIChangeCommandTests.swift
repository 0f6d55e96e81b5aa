import Foundation
import XCTest

/// The API change report as users and CI see it: `generate` prints it, `diff` prints it without writing, and
/// `--fail-on-breaking` turns a source-breaking change into exit status 1.
final class APIChangeCommandTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = try Workspace.make(
            config: """
                clients:
                  - spec: files.openapi.yaml
                    output: ../Generated/Files
                    module: Files
                """)
        try FileManager.default.copyItem(
            at: Workspace.root.appendingPathComponent("spec/openrouter-files.next.openapi.yaml"),
            to: folder.appendingPathComponent("spec/next.openapi.yaml"))
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func sdkgen(_ arguments: String...) throws -> SDKGenProcess.Output {
        try SDKGenProcess.run(arguments, in: folder)
    }

    private var record: URL { folder.appendingPathComponent("Generated/Files/.sdkgen-api") }

    /// Replaces the Files document with its next version.
    private func moveToTheNextDocument() throws {
        let spec = folder.appendingPathComponent("spec/files.openapi.yaml")
        try FileManager.default.removeItem(at: spec)
        try FileManager.default.copyItem(at: folder.appendingPathComponent("spec/next.openapi.yaml"), to: spec)
    }

    private var golden: String {
        get throws {
            try String(
                contentsOf: Workspace.root.appendingPathComponent("Tests/Fixtures/ChangeReports/files-to-next.txt"),
                encoding: .utf8)
        }
    }

    func testDiffPrintsTheGoldenReportAndFailsOnBreakingOnlyWhenAsked() throws {
        let plain = try sdkgen("diff", "spec/files.openapi.yaml", "spec/next.openapi.yaml")
        XCTAssertEqual(plain.status, 0, plain.stderr)
        XCTAssertEqual(
            plain.stdout.replacingOccurrences(
                of: "next.openapi.yaml",
                with: "openrouter-files.next.openapi.yaml"
            )
            .replacingOccurrences(
                of: "from files.openapi.yaml",
                with: "from openrouter-files.openapi.yaml"), try golden)
        let strict = try sdkgen("diff", "spec/files.openapi.yaml", "spec/next.openapi.yaml", "--fail-on-breaking")
        XCTAssertEqual(strict.status, 1)
        XCTAssertEqual(strict.stdout, plain.stdout)
        XCTAssertEqual(
            strict.stderr,
            "error: 11 source-breaking API change(s) from spec/files.openapi.yaml to spec/next.openapi.yaml\n")
        let same = try sdkgen(
            "diff", "spec/next.openapi.yaml", "spec/next.openapi.yaml", "--fail-on-breaking",
            "--format", "json")
        XCTAssertEqual(same.status, 0, same.stderr)
        XCTAssertTrue(same.stdout.contains("\"bump\" : \"none\""), same.stdout)
        XCTAssertFalse(
            FileManager.default.fileExists(atPath: folder.appendingPathComponent("Generated").path),
            "diff writes nothing")
    }

    func testGenerateRecordsTheAPIThenReportsTheChangeOnRegeneration() throws {
        let first = try sdkgen("generate")
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(
            first.stdout.hasSuffix(
                "Files: API recorded in Generated/Files/.sdkgen-api (no earlier record to compare with)\n"),
            first.stdout)
        XCTAssertTrue(try String(contentsOf: record, encoding: .utf8).contains("\npublic error-enum ListFilesError\n"))
        let again = try sdkgen("generate")
        XCTAssertTrue(again.stdout.hasSuffix("Suggested version bump: none (no API changes)\n"), again.stdout)
        XCTAssertEqual(try sdkgen("check").status, 0)

        try moveToTheNextDocument()
        let check = try sdkgen("check")
        XCTAssertEqual(check.status, 1)
        XCTAssertTrue(
            check.stdout.contains(
                "\nFiles: API changes from files.openapi.yaml (OpenRouter API 1.0.0) to files.openapi.yaml"),
            check.stdout)
        let regenerated = try sdkgen("generate")
        XCTAssertEqual(regenerated.status, 0, regenerated.stderr)
        XCTAssertTrue(
            regenerated.stdout.contains(
                "\nFiles: API changes from files.openapi.yaml (OpenRouter API 1.0.0) to files.openapi.yaml"),
            regenerated.stdout)
        XCTAssertTrue(
            regenerated.stdout.contains("\n  - ListFilesError: new cases `badGateway(BadGatewayResponseError)`, "),
            regenerated.stdout)
        XCTAssertTrue(
            regenerated.stdout.contains("\nSuggested version bump: major (11 source-breaking, 9 additive)\n"),
            regenerated.stdout)
        XCTAssertEqual(try sdkgen("check").status, 0)
    }

    func testGenerateWithFailOnBreakingWritesNothingAndExits1() throws {
        XCTAssertEqual(try sdkgen("generate").status, 0)
        let recorded = try Data(contentsOf: record)
        try moveToTheNextDocument()
        let result = try sdkgen("generate", "--fail-on-breaking")
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains("Source-breaking (callers may stop compiling):\n"), result.stdout)
        XCTAssertTrue(
            result.stderr.contains(
                "error: 11 source-breaking API change(s); nothing written for spec/files.openapi.yaml (--fail-on-breaking)"
            ),
            result.stderr)
        XCTAssertEqual(try Data(contentsOf: record), recorded, "the record is unchanged")
        XCTAssertEqual(try sdkgen("check", "--fail-on-breaking").status, 1)
        XCTAssertEqual(try sdkgen("generate").status, 0, "without the flag the change is accepted")
        XCTAssertEqual(try sdkgen("generate", "--fail-on-breaking").status, 0, "nothing breaks any more")
    }

    func testQuietGenerateWarnsAboutABreakingChangeOnStandardError() throws {
        XCTAssertEqual(try sdkgen("generate", "--quiet").stdout, "")
        try moveToTheNextDocument()
        let result = try sdkgen("generate", "--quiet")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(
            ("\n" + result.stderr).contains("\nwarning: Files: 11 source-breaking API change(s) (files.openapi.yaml"),
            result.stderr)
    }

    func testChangelogGetsTheDatedMarkdownReportAppended() throws {
        setenv("SOURCE_DATE_EPOCH", "1748736000", 1)  // 2025-06-01 00:00 UTC
        defer { unsetenv("SOURCE_DATE_EPOCH") }
        let changelog = folder.appendingPathComponent("CHANGELOG.md")
        try Data("# Changes\n".utf8).write(to: changelog)
        let result = try sdkgen(
            "diff", "spec/files.openapi.yaml", "spec/next.openapi.yaml", "--module", "Files",
            "--changelog", "CHANGELOG.md")
        XCTAssertEqual(result.status, 0, result.stderr)
        let text = try String(contentsOf: changelog, encoding: .utf8)
        XCTAssertTrue(
            text.hasPrefix("# Changes\n\n## 2025-06-01: Files\n\n### API changes from files.openapi.yaml"),
            text)
        XCTAssertTrue(text.contains("\n#### Source-breaking (callers may stop compiling)\n\n- Removed types "), text)
        XCTAssertTrue(text.contains("\n- `ListFilesError`: new cases "), text)
    }
}
