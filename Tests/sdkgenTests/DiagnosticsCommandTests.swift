import Foundation
import SDKGenCore
import XCTest

/// The built `sdkgen` as users run it on bad input: compiler-style messages on stderr, exit codes (0 success,
/// 1 document errors, 2 usage errors), warnings that fail only with `--warnings-as-errors`, and an output folder
/// left exactly as it was when generation fails.
final class DiagnosticsCommandTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "sdkgen-diagnostics-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func sdkgen(_ arguments: String...) throws -> SDKGenProcess.Output {
        try SDKGenProcess.run(arguments, in: folder)
    }

    private func write(_ text: String, to name: String) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }

    private static let broken = """
        openapi: 3.1.0
        info: {title: Broken, version: '1'}
        paths:
          /files/{id}:
            get:
              operationId: getFile
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Missing'}
          /other:
            get:
              operationId: getFile
              responses: {'204': {description: ok}}
        components:
          schemas:
            Loop: {$ref: '#/components/schemas/Loop'}

        """

    private static let good = """
        openapi: 3.1.0
        info: {title: Good, version: '1'}
        paths:
          /files/{id}:
            get:
              operationId: getFile
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}}
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/File'}
        components:
          schemas:
            File:
              type: object
              properties:
                id: {type: string}

        """

    /// The good document with one warning: two properties that name the same Swift property.
    private static let warningOnly = good.replacingOccurrences(
        of: "        id: {type: string}\n",
        with: "        id: {type: string}\n        ID: {type: string}\n")

    func testEveryErrorOfABrokenDocumentIsPrintedSortedAndTheExitCodeIs1() throws {
        try write(Self.broken, to: "api.yaml")
        let result = try sdkgen("generate", "--spec", "api.yaml", "--output", "Out", "--module", "API")
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(
            result.stderr,
            """
            api.yaml:5:5: error: path '/files/{id}' uses '{id}' but the operation declares no path parameter 'id'; add it to 'parameters' with 'in: path' [at #/paths/~1files~1{id}/get]
            api.yaml:12:30: error: unresolved $ref '#/components/schemas/Missing': no schema named 'Missing' in components/schemas [at #/paths/~1files~1{id}/get/responses/200/content/application~1json/schema/$ref]
            api.yaml:14:5: error: duplicate operationId 'getFile' (first used by GET /files/{id} at line 5); operationIds must be unique [at #/paths/~1other/get]
            api.yaml:19:11: error: schema 'Loop' is only a $ref to itself; it describes no value. Give it a type or properties [at #/components/schemas/Loop]

            """)
        XCTAssertFalse(
            FileManager.default.fileExists(atPath: folder.appendingPathComponent("Out").path), "nothing is written")
    }

    func testAFailedRunLeavesTheOutputFolderByteForByteWithItsDates() throws {
        try write(Self.good, to: "api.yaml")
        let first = try sdkgen("generate", "--spec", "api.yaml", "--output", "Out", "--module", "API")
        XCTAssertEqual(first.status, 0, first.stderr)
        try Data("notes".utf8).write(to: folder.appendingPathComponent("Out/NOTES.md"))
        let before = try snapshot(folder.appendingPathComponent("Out"))
        XCTAssertGreaterThan(before.count, 10)
        // Let a rewrite show in the modification dates, were there one.
        Thread.sleep(forTimeInterval: 1.1)

        for bad in [Self.broken, "openapi: 3.1.0\ninfo: [unclosed\n", "", "swagger: '2.0'\n"] {
            try write(bad, to: "api.yaml")
            let failed = try sdkgen("generate", "--spec", "api.yaml", "--output", "Out", "--module", "API")
            XCTAssertEqual(failed.status, 1, failed.stderr)
            XCTAssertTrue(failed.stderr.contains(": error: "), failed.stderr)
            let after = try snapshot(folder.appendingPathComponent("Out"))
            XCTAssertEqual(after.keys.sorted(), before.keys.sorted())
            for (path, entry) in before {
                XCTAssertEqual(after[path]?.data, entry.data, path)
                XCTAssertEqual(after[path]?.modified, entry.modified, path)
            }
        }
    }

    func testHelpAndTheVersionGoToStandardOutputAndExit0() throws {
        let helps: [([String], String)] = [
            (["--help"], "USAGE: sdkgen [<subcommand>] [<options>]"), (["help"], "SUBCOMMANDS:"),
            (["help", "check"], "USAGE: sdkgen check [<options>]"), (["check", "--help"], "  --fail-on-breaking"),
            (["generate", "-h"], "  --changelog <file>"), (["diff", "old.yaml", "--help"], "  <new>"),
        ]
        for (arguments, expected) in helps {
            let result = try SDKGenProcess.run(arguments, in: folder)
            XCTAssertEqual(result.status, 0, "\(arguments): \(result.stderr)")
            XCTAssertTrue(result.stdout.hasPrefix("OVERVIEW: "), "\(arguments): \(result.stdout)")
            XCTAssertTrue(result.stdout.contains(expected), "\(arguments): \(result.stdout)")
            XCTAssertEqual(result.stderr, "", "\(arguments)")
        }
        let version = try SDKGenProcess.run(["--version"], in: folder)
        XCTAssertEqual(version.status, 0)
        XCTAssertEqual(version.stdout, GeneratorVersion.current + "\n")
        let unknown = try SDKGenProcess.run(["help", "frobnicate"], in: folder)
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.hasPrefix("error: unknown subcommand 'frobnicate'\n"), unknown.stderr)
    }

    func testUsageErrorsExitWith2() throws {
        try write(Self.good, to: "api.yaml")
        let cases: [([String], String)] = [
            (["generate", "--spec", "api.yaml"], "--spec needs --output and --module"),
            (
                ["generate", "--spec", "api.yaml", "--output", "Out", "--module", "API", "--access", "secret"],
                "error: the value 'secret' is invalid for '--access <level>'; give 'public', 'package' or 'internal'\nusage: sdkgen generate [<options>]\n  See 'sdkgen generate --help' for more information.\n"
            ),
            (["generate", "--no-such-flag"], "error: unknown option '--no-such-flag'\n"),
            (["--quite"], "error: unknown option '--quite'; did you mean '--quiet'?"),
            (
                ["frobnicate"],
                "error: unknown subcommand 'frobnicate'; the subcommands are generate (the default), check and diff"
            ),
            (["diff", "old.yaml"], "error: missing argument <new>\nusage: sdkgen diff [<options>] <old> <new>"),
            (["generate"], "no sdkgen.yaml here or in spec/"),
        ]
        for (arguments, message) in cases {
            let result = try SDKGenProcess.run(arguments, in: folder)
            XCTAssertEqual(result.status, 2, "\(arguments): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Out").path))
    }

    func testWarningsChangeTheExitCodeOnlyWithWarningsAsErrors() throws {
        try write(Self.warningOnly, to: "api.yaml")
        let warning =
            "api.yaml:21:13: warning: property 'ID' of File is named 'id2' because 'id' is already taken [at #/components/schemas/File/properties/ID]\n"

        let strict = try sdkgen(
            "generate", "--spec", "api.yaml", "--output", "Out", "--module", "API", "--warnings-as-errors")
        XCTAssertEqual(strict.status, 1)
        XCTAssertEqual(strict.stderr, warning + "error: 1 warning(s) treated as errors; nothing written for api.yaml\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Out").path))

        let relaxed = try sdkgen("generate", "--spec", "api.yaml", "--output", "Out", "--module", "API")
        XCTAssertEqual(relaxed.status, 0)
        XCTAssertEqual(relaxed.stderr, warning)
        XCTAssertTrue(relaxed.stdout.hasPrefix("API: "), relaxed.stdout)
        XCTAssertTrue(
            FileManager.default.fileExists(atPath: folder.appendingPathComponent("Out/Models/File.swift").path))
    }

    func testUnreadableInputs() throws {
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("folder.yaml"), withIntermediateDirectories: true)
        try write("", to: "empty.yaml")
        try Data((0..<2_000).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) }).write(
            to: folder.appendingPathComponent("garbage.yaml"))
        try write("swagger: '2.0'\ninfo: {title: Old, version: '1'}\npaths: {}\n", to: "swagger.yaml")
        let cases: [(String, String)] = [
            ("folder.yaml", "error: cannot read 'folder.yaml': it is a directory, not a file\n"),
            ("missing.yaml", "error: cannot read 'missing.yaml': no such file\n"),
            ("empty.yaml", "empty.yaml:1:1: error: the document is empty\n"),
            (
                "swagger.yaml",
                "swagger.yaml:1:10: error: this is a Swagger 2.0 document; sdkgen reads OpenAPI 3.0 and 3.1. Convert it first (for example with swagger2openapi) and generate from the result [at #/swagger]\n"
            ),
        ]
        for (spec, message) in cases {
            let result = try sdkgen("generate", "--spec", spec, "--output", "Out", "--module", "API")
            XCTAssertEqual(result.status, 1, spec)
            XCTAssertEqual(result.stderr, message)
        }
        let garbage = try sdkgen("generate", "--spec", "garbage.yaml", "--output", "Out", "--module", "API")
        XCTAssertEqual(garbage.status, 1)
        XCTAssertTrue(garbage.stderr.hasPrefix("garbage.yaml:1:"), garbage.stderr)
        XCTAssertTrue(garbage.stderr.contains(": error: YAML syntax error: "), garbage.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Out").path))
    }

    /// Every file below `folder` with its bytes and modification date.
    private func snapshot(_ folder: URL) throws -> [String: (data: Data, modified: Date?)] {
        var result: [String: (data: Data, modified: Date?)] = [:]
        for path in FileManager.default.enumerator(atPath: folder.path)?.compactMap({ $0 as? String }) ?? [] {
            let url = folder.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue
            else { continue }
            let modified = try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date
            result[path] = (try Data(contentsOf: url), modified)
        }
        return result
    }
}
