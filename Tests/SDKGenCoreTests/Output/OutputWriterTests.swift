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
        _ = try writer.write([GeneratedFile(path: "A.swift", contents: "a"), GeneratedFile(path: "Sub/B.swift", contents: "b")])
        let userFile = folder.appendingPathComponent("Notes.md")
        try Data("mine".utf8).write(to: userFile)
        let aURL = folder.appendingPathComponent("A.swift")
        let old = Date(timeIntervalSince1970: 1_000_000)
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: aURL.path)

        let summary = try writer.write([GeneratedFile(path: "A.swift", contents: "a"), GeneratedFile(path: "C.swift", contents: "c")])

        XCTAssertEqual(summary.unchanged, ["A.swift"])
        XCTAssertEqual(summary.written, ["C.swift"])
        XCTAssertEqual(summary.removed, ["Sub/B.swift"])
        let modified = try FileManager.default.attributesOfItem(atPath: aURL.path)[.modificationDate] as? Date
        XCTAssertEqual(modified, old, "an unchanged file keeps its modification time")
        XCTAssertEqual(try String(contentsOf: userFile, encoding: .utf8), "mine", "files sdkgen did not write survive")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Sub").path), "emptied folders go")
    }

    func testManifestEntriesOutsideTheFolderAreNeverRemoved() throws {
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("sdkgen-outside-\(UUID().uuidString)")
        try Data("keep".utf8).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("../\(outside.lastPathComponent)\n/etc/passwd\n".utf8).write(to: folder.appendingPathComponent(OutputWriter.manifestName))
        _ = try OutputWriter(directory: folder.path).write([GeneratedFile(path: "A.swift", contents: "a")])
        XCTAssertTrue(FileManager.default.fileExists(atPath: outside.path))
    }

    func testComparerReportsMissingChangedAndStaleFiles() throws {
        _ = try OutputWriter(directory: folder.path).write([GeneratedFile(path: "A.swift", contents: "one\ntwo\n"), GeneratedFile(path: "B.swift", contents: "b")])
        let differences = OutputComparer.compare(
            [GeneratedFile(path: "A.swift", contents: "one\nTWO\n"), GeneratedFile(path: "C.swift", contents: "c")], with: folder.path)
        XCTAssertEqual(differences.map(\.path), ["A.swift", "B.swift", "C.swift"])
        XCTAssertTrue(differences[0].description.contains("-two\n+TWO"), differences[0].description)
        XCTAssertEqual(differences[1].kind, .stale)
        XCTAssertEqual(differences[2].kind, .missing)
    }
}
