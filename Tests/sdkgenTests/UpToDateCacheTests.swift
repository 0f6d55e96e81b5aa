import Foundation
import XCTest

/// The up-to-date short-cut: a run whose inputs and output folder are as the last run left them says what a full
/// run would say without generating; any changed input or output file means a full run.
final class UpToDateCacheTests: XCTestCase {
    private var folder: URL!
    private var cache: URL!

    override func setUpWithError() throws {
        folder = try Workspace.make(config: "spec: files.openapi.yaml\noutput: ../Out\nmodule: Files")
        cache = folder.appendingPathComponent("cache")
    }

    override func tearDownWithError() throws {
        if let folder { try? FileManager.default.removeItem(at: folder) }
    }

    private func sdkgen(_ arguments: String..., cache: String? = nil) throws -> SDKGenProcess.Output {
        try SDKGenProcess.run(arguments, in: folder, environment: ["SDKGEN_CACHE_DIR": cache ?? self.cache.path])
    }

    /// The one entry file of the cache (one output folder).
    private func entryFile() throws -> URL {
        let names = try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasSuffix(".entry") }
        XCTAssertEqual(names.count, 1, "\(names)")
        return cache.appendingPathComponent(try XCTUnwrap(names.first))
    }

    func testASecondRunSaysWhatAFullRunSaysFromTheCacheEntry() throws {
        let first = try sdkgen("generate")
        XCTAssertEqual(first.status, 0, first.stderr)
        let full = try sdkgen("generate", cache: "off")
        let cached = try sdkgen("generate")
        XCTAssertEqual(cached.status, full.status)
        XCTAssertEqual(cached.stdout, full.stdout)
        XCTAssertEqual(cached.stderr, full.stderr)
        XCTAssertTrue(cached.stdout.contains("(0 written, "), cached.stdout)

        // What the short-cut prints comes from the entry: a warning put there is printed, so the run used it.
        let entry = try entryFile()
        let lines = try String(contentsOf: entry, encoding: .utf8).split(separator: "\n")
        let remembered: Substring = "diagnostic\twarning\t-\t\t\tremembered warning\t-\t-"
        let edited = lines.filter { !$0.hasPrefix("diagnostic\t") } + [remembered]
        try Data((edited.joined(separator: "\n") + "\n").utf8).write(to: entry)
        let replayed = try sdkgen("generate")
        XCTAssertEqual(replayed.status, 0)
        XCTAssertTrue(replayed.stderr.contains("warning: remembered warning"), replayed.stderr)
        XCTAssertEqual(try sdkgen("generate", "--warnings-as-errors").status, 1, "the replayed warning counts")
    }

    func testAnEditedOrRemovedOutputFileIsWrittenAgain() throws {
        XCTAssertEqual(try sdkgen("generate").status, 0)
        let client = folder.appendingPathComponent("Out/Client/OpenRouterClient.swift")
        let original = try Data(contentsOf: client)
        try Data("// edited\n".utf8).write(to: client)
        let afterEdit = try sdkgen("generate")
        XCTAssertTrue(afterEdit.stdout.contains("(1 written, "), afterEdit.stdout)
        XCTAssertEqual(try Data(contentsOf: client), original)
        try FileManager.default.removeItem(at: client)
        let afterRemoval = try sdkgen("generate")
        XCTAssertTrue(afterRemoval.stdout.contains("(1 written, "), afterRemoval.stdout)
        XCTAssertEqual(try Data(contentsOf: client), original)
    }

    func testChangedOptionsOrDocumentMeanAFullRun() throws {
        XCTAssertEqual(try sdkgen("generate").status, 0)
        let internalAccess = try sdkgen("generate", "--access", "internal")
        XCTAssertFalse(internalAccess.stdout.contains("(0 written, "), internalAccess.stdout)
        let spec = folder.appendingPathComponent("spec/files.openapi.yaml")
        let text = try String(contentsOf: spec, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "title: ", with: "title: Renamed ").utf8).write(to: spec)
        let renamed = try sdkgen("generate", "--access", "internal")
        XCTAssertFalse(renamed.stdout.contains("(0 written, "), renamed.stdout)
        XCTAssertTrue(try sdkgen("generate", "--access", "internal").stdout.contains("(0 written, "))
    }

    func testAChangedFileThatTheDocumentReferencesMeansAFullRun() throws {
        let fixture = Workspace.root.appendingPathComponent("Tests/Fixtures/external-refs")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("refs"), withIntermediateDirectories: true)
        for name in ["openapi.yaml", "shared"] {
            try FileManager.default.copyItem(
                at: fixture.appendingPathComponent(name), to: folder.appendingPathComponent("refs/\(name)"))
        }
        let arguments = ["generate", "--spec", "refs/openapi.yaml", "--output", "RefsOut", "--module", "Refs"]
        XCTAssertEqual(
            try SDKGenProcess.run(arguments, in: folder, environment: ["SDKGEN_CACHE_DIR": cache.path]).status, 0)
        let again = try SDKGenProcess.run(arguments, in: folder, environment: ["SDKGEN_CACHE_DIR": cache.path])
        XCTAssertTrue(again.stdout.contains("(0 written, "), again.stdout)
        let common = folder.appendingPathComponent("refs/shared/common.yaml")
        let text = try String(contentsOf: common, encoding: .utf8)
        let edit = text.replacingOccurrences(
            of: "    Kind:\n      type: string\n",
            with: "    Kind:\n      description: What the pet is.\n      type: string\n")
        XCTAssertNotEqual(edit, text)
        try Data(edit.utf8).write(to: common)
        let edited = try SDKGenProcess.run(arguments, in: folder, environment: ["SDKGEN_CACHE_DIR": cache.path])
        XCTAssertEqual(edited.status, 0, edited.stderr)
        XCTAssertFalse(edited.stdout.contains("(0 written, "), "the edit reaches the output: \(edited.stdout)")
    }
}
