import Foundation
import XCTest

/// `sdkgen generate` with config files: errors at file:line:column, settings reaching the output, and the
/// build plugin's call (`--spec`, `--output` and `--module` with a one-client `--config`).
final class GenerateCommandTests: XCTestCase {
    private var folder: URL!

    override func tearDownWithError() throws {
        if let folder { try? FileManager.default.removeItem(at: folder) }
    }

    private func sdkgen(_ arguments: String...) throws -> SDKGenProcess.Output {
        try SDKGenProcess.run(arguments, in: folder)
    }

    func testUnknownConfigKeyFailsWithFileLineAndColumn() throws {
        folder = try Workspace.make(
            config:
                "clients:\n  - spec: files.openapi.yaml\n    output: ../Out\n    module: Files\n    singlefile: true")
        let result = try sdkgen("generate")
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(
            result.stderr.hasPrefix("spec/sdkgen.yaml:5:5: error: unknown key 'singlefile'; known keys are "),
            result.stderr)
        XCTAssertFalse(
            FileManager.default.fileExists(atPath: folder.appendingPathComponent("Out").path), "nothing is written")
        XCTAssertEqual(try sdkgen("check").status, 1)
    }

    func testConfigIsFoundInSpecFolderAndPathsAreRelativeToIt() throws {
        folder = try Workspace.make(config: "spec: files.openapi.yaml\noutput: ../Sources/Files\nmodule: Files")
        let result = try sdkgen("generate")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("Files: "), result.stdout)
        XCTAssertTrue(
            FileManager.default.fileExists(
                atPath: folder.appendingPathComponent("Sources/Files/Client/OpenRouterClient.swift").path))
        // From another folder, with an explicit --config, the same paths.
        let elsewhere = try SDKGenProcess.run(
            ["check", "--config", folder.appendingPathComponent("spec/sdkgen.yaml").path],
            in: URL(fileURLWithPath: "/"))
        XCTAssertEqual(elsewhere.status, 0, elsewhere.stdout + elsewhere.stderr)
    }

    func testNoConfigIsAUsageError() throws {
        folder = try Workspace.make(config: nil)
        let result = try sdkgen("generate")
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("no sdkgen.yaml here or in spec/"), result.stderr)
    }

    func testAdditionalImportsAndHeaderCommentReachTheOutput() throws {
        folder = try Workspace.make(
            config: """
                spec: files.openapi.yaml
                output: ../Out
                module: Files
                additionalImports: [Dispatch, "@preconcurrency import Synchronization"]
                headerComment: "Copyright 2025 Example Inc."
                """)
        XCTAssertEqual(try sdkgen("generate").status, 0)
        let out = folder.appendingPathComponent("Out")
        for path in try Workspace.swiftFiles(in: out) {
            let text = try String(contentsOf: out.appendingPathComponent(path), encoding: .utf8)
            let header = text.split(separator: "\n").prefix(3).joined(separator: "\n")
            XCTAssertTrue(header.contains("names the document. Copyright 2025 Example Inc.\n"), "\(path):\n\(header)")
            let extra = text.contains("import Foundation\nimport Dispatch\n@preconcurrency import Synchronization\n")
            XCTAssertEqual(
                extra, !path.hasPrefix("Runtime/"), "\(path): extra imports go in every file but the runtime's")
        }
    }

    /// What SDKGenPlugin runs: the target's document and module, its own sdkgen.yaml for the rest, one file.
    func testPluginInvocationUsesTheTargetConfigForEverythingElse() throws {
        folder = try Workspace.make(config: "access: internal\nclientName: FilesClient\nmodule: Ignored")
        let out = folder.appendingPathComponent("work/GeneratedSources")
        let arguments = [
            "generate", "--spec", folder.appendingPathComponent("spec/files.openapi.yaml").path, "--output", out.path,
            "--module", "MyTarget", "--single-file", "--quiet", "--config", "spec/sdkgen.yaml",
        ]
        let result = try SDKGenProcess.run(arguments, in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(
            result.stderr, "spec/sdkgen.yaml:3:9: warning: 'module' is ignored: --module on the command line sets it\n")
        XCTAssertEqual(try Workspace.swiftFiles(in: out), ["MyTarget.swift"])
        let text = try String(contentsOf: out.appendingPathComponent("MyTarget.swift"), encoding: .utf8)
        XCTAssertTrue(text.contains("\ninternal struct FilesClient: Sendable {"), String(text.prefix(2000)))
        XCTAssertFalse(
            text.contains("\npublic ") || text.contains("    public "), "access: internal applies to everything")

        let strict = try SDKGenProcess.run(arguments + ["--warnings-as-errors"], in: folder)
        XCTAssertEqual(strict.status, 1)
        XCTAssertTrue(
            strict.stderr.contains("error: 1 warning(s) in spec/sdkgen.yaml treated as errors"), strict.stderr)
    }
}
