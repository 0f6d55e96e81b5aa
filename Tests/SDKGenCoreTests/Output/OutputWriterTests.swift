import Foundation
import XCTest
@testable import SDKGenCore

final class OutputWriterTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("sdkgen-output-\(UUID().uuidString)")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func testUnchangedFilesAreNotRewrittenAndUserFilesSurvive() throws {
        let writer = OutputWriter(directory: folder.path)
        _ = try writer.write([
            GeneratedFile(path: "A.swift", contents: "a"), GeneratedFile(path: "Sub/B.swift", contents: "b"),
        ])
        let userFile = folder.appendingPathComponent("Notes.md")
        try Data("mine".utf8).write(to: userFile)
        let aURL = folder.appendingPathComponent("A.swift")
        let old = Date(timeIntervalSince1970: 1_000_000)
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: aURL.path)

        let summary = try writer.write([
            GeneratedFile(path: "A.swift", contents: "a"), GeneratedFile(path: "C.swift", contents: "c"),
        ])

        XCTAssertEqual(summary.unchanged, ["A.swift"])
        XCTAssertEqual(summary.written, ["C.swift"])
        XCTAssertEqual(summary.removed, ["Sub/B.swift"])
        let modified = try FileManager.default.attributesOfItem(atPath: aURL.path)[.modificationDate] as? Date
        XCTAssertEqual(modified, old, "an unchanged file keeps its modification time")
        XCTAssertEqual(try String(contentsOf: userFile, encoding: .utf8), "mine", "files sdkgen did not write survive")
        XCTAssertFalse(
            FileManager.default.fileExists(atPath: folder.appendingPathComponent("Sub").path), "emptied folders go")
    }

    func testTheManifestRecordsTheProvenanceOnceAndStillListsOnlyPaths() throws {
        let result = try Pipeline.generate(
            specPath: RepositoryPaths.spec.path, options: GeneratorOptions(moduleName: "OpenRouterFiles"))
        let writer = OutputWriter(directory: folder.path)
        _ = try writer.write(result.files, provenance: result.provenance)
        let manifest = try String(contentsOf: folder.appendingPathComponent(OutputWriter.manifestName), encoding: .utf8)
        let bytes = [UInt8](try Data(contentsOf: RepositoryPaths.spec))
        XCTAssertTrue(
            manifest.contains(
                "\n# document: openrouter-files.openapi.yaml\n# document-sha256: \(SHA256.hex(bytes))\n"
                    + "# document-title: OpenRouter API\n# document-version: 1.0.0\n"
                    + "# generator: sdkgen \(GeneratorVersion.current)\n"), manifest)
        XCTAssertEqual(writer.readManifest(), Set(result.files.map(\.path)))
        XCTAssertEqual(result.provenance.documentSHA256, SHA256.hex(bytes))
    }

    func testManifestEntriesOutsideTheFolderAreNeverRemoved() throws {
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent(
            "sdkgen-outside-\(UUID().uuidString)")
        try Data("keep".utf8).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("../\(outside.lastPathComponent)\n/etc/passwd\n".utf8).write(
            to: folder.appendingPathComponent(OutputWriter.manifestName))
        _ = try OutputWriter(directory: folder.path).write([GeneratedFile(path: "A.swift", contents: "a")])
        XCTAssertTrue(FileManager.default.fileExists(atPath: outside.path))
    }

    func testOnlyPathsBelowTheFolderAreSafeAsTheFileSystemSplitsThem() {
        for path in ["A.swift", "Models/B.swift", "a/..b/c", "...", "a/.b"] {
            XCTAssertTrue(OutputWriter.isSafeRelativePath(path), path)
        }
        // A combining mark after the slash makes one Character of both; the file system still sees the slash.
        for path in ["/etc/passwd", "/\u{301}etc", "..", "a/../../b", "a/..", "a\\b", "x/\u{301}/../../y"] {
            XCTAssertFalse(OutputWriter.isSafeRelativePath(path), path)
        }
    }

    func testComparerReportsMissingChangedAndStaleFiles() throws {
        _ = try OutputWriter(directory: folder.path).write([
            GeneratedFile(path: "A.swift", contents: "one\ntwo\n"), GeneratedFile(path: "B.swift", contents: "b"),
        ])
        let differences = OutputComparer.compare(
            [GeneratedFile(path: "A.swift", contents: "one\nTWO\n"), GeneratedFile(path: "C.swift", contents: "c")],
            with: folder.path)
        XCTAssertEqual(differences.map(\.path), ["A.swift", "B.swift", "C.swift"])
        XCTAssertTrue(differences[0].description.contains("-two\n+TWO"), differences[0].description)
        XCTAssertEqual(differences[1].kind, .stale)
        XCTAssertEqual(differences[2].kind, .missing)
    }

    // MARK: - All or nothing

    /// Every file below the folder (hidden ones too) with its bytes and modification date.
    private func snapshot() throws -> [String: (data: Data, modified: Date?)] {
        var result: [String: (data: Data, modified: Date?)] = [:]
        for path in FileManager.default.enumerator(atPath: folder.path)?.compactMap({ $0 as? String }) ?? [] {
            let url = folder.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { continue }
            let modified = try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date
            result[path + (isDirectory.boolValue ? "/" : "")] = (
                isDirectory.boolValue ? Data() : try Data(contentsOf: url), modified
            )
        }
        return result
    }

    private func assertSnapshot(
        _ before: [String: (data: Data, modified: Date?)], file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let after = try snapshot()
        XCTAssertEqual(after.keys.sorted(), before.keys.sorted(), file: file, line: line)
        for (path, entry) in before where !path.hasSuffix("/") {
            XCTAssertEqual(after[path]?.data, entry.data, "\(path) changed", file: file, line: line)
            XCTAssertEqual(after[path]?.modified, entry.modified, "\(path) was touched", file: file, line: line)
        }
    }

    private let version1 = [
        GeneratedFile(path: "A.swift", contents: "a1"), GeneratedFile(path: "Models/B.swift", contents: "b1"),
        GeneratedFile(path: "C.swift", contents: "c1"),
    ]
    private let version2 = [
        GeneratedFile(path: "A.swift", contents: "a2"), GeneratedFile(path: "Models/B.swift", contents: "b2"),
        GeneratedFile(path: "New/D.swift", contents: "d2"),
    ]

    private func writeVersion1WithOldDates() throws {
        _ = try OutputWriter(directory: folder.path).write(version1)
        for path in ["A.swift", "Models/B.swift", "C.swift", OutputWriter.manifestName] {
            try FileManager.default.setAttributes(
                [.modificationDate: Date(timeIntervalSince1970: 1_000_000)],
                ofItemAtPath: folder.appendingPathComponent(path).path)
        }
    }

    func testAFailureWhileMovingFilesIntoPlaceLeavesTheOldOutput() throws {
        try writeVersion1WithOldDates()
        let before = try snapshot()
        for failingAt in ["A.swift", "Models/B.swift", "New/D.swift", OutputWriter.manifestName] {
            var writer = OutputWriter(directory: folder.path)
            writer.beforeMove = { path in
                if path == failingAt { throw CocoaError(.fileWriteOutOfSpace) }
            }
            XCTAssertThrowsError(try writer.write(version2), failingAt) { error in
                let message = (error as? DiagnosticError)?.diagnostics.first?.message ?? ""
                XCTAssertTrue(message.hasPrefix("cannot write the output to '"), message)
                XCTAssertTrue(message.hasSuffix("the folder is as it was"), message)
            }
            try assertSnapshot(before)
        }
        let summary = try OutputWriter(directory: folder.path).write(version2)
        XCTAssertEqual(summary.written, ["A.swift", "Models/B.swift", "New/D.swift"])
        XCTAssertEqual(summary.removed, ["C.swift"])
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("New/D.swift"), encoding: .utf8), "d2")
        XCTAssertFalse(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).contains {
                $0.hasPrefix(".sdkgen-staging")
            })
    }

    func testAFileThatAppearsDuringTheRunAtANewPathIsPutBackWhenTheRunFails() throws {
        try writeVersion1WithOldDates()
        let appearing = folder.appendingPathComponent("New/D.swift")
        var writer = OutputWriter(directory: folder.path)
        writer.beforeMove = { path in
            // The output folder was listed when the run began: New/ was not there. A user's file now is.
            if path == "New/D.swift" {
                try FileManager.default.createDirectory(
                    at: appearing.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data("written meanwhile".utf8).write(to: appearing)
            }
            if path == OutputWriter.manifestName { throw CocoaError(.fileWriteOutOfSpace) }
        }
        XCTAssertThrowsError(try writer.write(version2))
        XCTAssertEqual(
            try String(contentsOf: appearing, encoding: .utf8), "written meanwhile",
            "a failed run puts back even the file it did not expect")
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("A.swift"), encoding: .utf8), "a1")
    }

    func testFoldersAndFilesReachedThroughSymbolicLinksAreWrittenThrough() throws {
        let elsewhere = FileManager.default.temporaryDirectory.appendingPathComponent(
            "sdkgen-linked-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent("Models"), withDestinationURL: elsewhere)
        try Data("b1".utf8).write(to: elsewhere.appendingPathComponent("B.swift"))

        let summary = try OutputWriter(directory: folder.path).write([
            GeneratedFile(path: "Models/B.swift", contents: "b1"), GeneratedFile(path: "Models/E.swift", contents: "e"),
        ])

        XCTAssertEqual(summary.unchanged, ["Models/B.swift"], "the file behind the linked folder was compared")
        XCTAssertEqual(summary.written, ["Models/E.swift"])
        XCTAssertEqual(try String(contentsOf: elsewhere.appendingPathComponent("E.swift"), encoding: .utf8), "e")
    }

    func testANewFolderIsWrittenWholeWithNothingLeftBesideIt() throws {
        let output = folder.appendingPathComponent("Sources/API")
        let summary = try OutputWriter(directory: output.path).write(version2)
        XCTAssertEqual(summary.written, ["A.swift", "Models/B.swift", "New/D.swift"])
        XCTAssertEqual(try String(contentsOf: output.appendingPathComponent("Models/B.swift"), encoding: .utf8), "b2")
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("Sources").path), ["API"])
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: output.path).sorted(),
            [OutputWriter.manifestName, "A.swift", "Models", "New"])
        XCTAssertEqual(try OutputWriter(directory: output.path).write(version2).unchanged.count, 3)
    }

    func testAFailureWritingANewFolderLeavesNoFolder() throws {
        let output = folder.appendingPathComponent("Sources/API")
        let old = folder.appendingPathComponent("Sources/" + OutputWriter.stagingPrefix + "killed")
        try FileManager.default.createDirectory(at: old, withIntermediateDirectories: true)
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: -3_600)], ofItemAtPath: old.path)
        var writer = OutputWriter(directory: output.path)
        writer.beforeMove = { path in
            if path == "New/D.swift" { throw CocoaError(.fileWriteOutOfSpace) }
        }
        XCTAssertThrowsError(try writer.write(version2)) { error in
            let message = (error as? DiagnosticError)?.diagnostics.first?.message ?? ""
            XCTAssertTrue(message.hasSuffix("nothing was written"), message)
        }
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("Sources").path), [],
            "neither the output folder nor a staging folder, and the one a killed run left is gone")
    }

    func testAFolderWhereAFileMustGoFailsBeforeAnythingChanges() throws {
        try writeVersion1WithOldDates()
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("New/D.swift"), withIntermediateDirectories: true)
        let before = try snapshot()
        XCTAssertThrowsError(try OutputWriter(directory: folder.path).write(version2)) { error in
            XCTAssertEqual(
                (error as? DiagnosticError)?.diagnostics.first?.message,
                "cannot write '\(folder.appendingPathComponent("New/D.swift").path)': a folder has that name; remove or rename it"
            )
        }
        try assertSnapshot(before)

        try FileManager.default.removeItem(at: folder.appendingPathComponent("New"))
        try Data("user file".utf8).write(to: folder.appendingPathComponent("New"))
        let withFile = try snapshot()
        XCTAssertThrowsError(try OutputWriter(directory: folder.path).write(version2))
        try assertSnapshot(withFile)
    }

    func testARunWithNothingToChangeTouchesNothing() throws {
        try writeVersion1WithOldDates()
        let folderDate = try FileManager.default.attributesOfItem(atPath: folder.path)[.modificationDate] as? Date
        let before = try snapshot()
        let summary = try OutputWriter(directory: folder.path).write(version1)
        XCTAssertEqual(
            summary,
            OutputWriter.Summary(written: [], unchanged: ["A.swift", "Models/B.swift", "C.swift"], removed: []))
        try assertSnapshot(before)
        XCTAssertEqual(
            try FileManager.default.attributesOfItem(atPath: folder.path)[.modificationDate] as? Date, folderDate,
            "not even a staging folder was made")
    }

    func testStagingFoldersLeftByAKilledRunAreRemovedLater() throws {
        try writeVersion1WithOldDates()
        let old = folder.appendingPathComponent(OutputWriter.stagingPrefix + "old")
        let recent = folder.appendingPathComponent(OutputWriter.stagingPrefix + "recent")
        for url in [old, recent] {
            try FileManager.default.createDirectory(
                at: url.appendingPathComponent("new"), withIntermediateDirectories: true)
        }
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: -3_600)], ofItemAtPath: old.path)
        _ = try OutputWriter(directory: folder.path).write(version2)
        XCTAssertFalse(FileManager.default.fileExists(atPath: old.path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: recent.path), "possibly a run going on now")
    }
}
