import XCTest

@testable import SDKGenCore

/// The up-to-date cache entry's text: what is written reads back the same, hostile text included, and anything
/// else reads as no entry (a full run).
final class CacheEntryFormatTests: XCTestCase {
    private func stamp(_ path: String, _ seed: Int) -> GenerationCache.FileStamp {
        GenerationCache.FileStamp(
            path: path, device: UInt64(seed), inode: UInt64.max - UInt64(seed), size: Int64(seed * 10),
            modified: [1_700_000_000 + seed, 999_999_999], changed: [-seed, 0])
    }

    private var entry: GenerationCache.Entry {
        GenerationCache.Entry(
            inputs: [stamp("/docs/shared\tschemas.yaml", 1)],
            outputs: [stamp("Models/Pet.swift", 2), stamp("Models/back\\slash\nname.swift", 3)],
            diagnostics: [
                Diagnostic(
                    .warning, "value 'a\tb' is named 'aB'\r\nbecause \\ is taken",
                    at: SourceLocation(file: "spec/ä b.yaml", line: 12, column: 7), pointer: "#/components/x",
                    category: "rename"),
                Diagnostic(.note, "", at: nil, pointer: "", category: nil),
                Diagnostic(.error, "-", at: SourceLocation(file: "-", line: 1, column: 1), pointer: nil, category: "-"),
            ],
            swiftFileCount: 42)
    }

    func testAnEntryReadsBackAsItWasWritten() throws {
        let decoded = try XCTUnwrap(CacheEntryFormat.decode(CacheEntryFormat.encode(key: "ab\tcd", entry: entry)))
        XCTAssertEqual(decoded.key, "ab\tcd")
        XCTAssertEqual(decoded.entry, entry)
    }

    func testEachRecordIsOneLineOfTabSeparatedFields() {
        let text = String(decoding: CacheEntryFormat.encode(key: "k", entry: entry), as: UTF8.self)
        let lines = text.split(separator: "\n")
        XCTAssertEqual(lines.count, 3 + 1 + 2 + 3, text)
        XCTAssertEqual(lines[0], "sdkgen-cache-entry 1")
        XCTAssertEqual(lines[4], "output\t2\t18446744073709551613\t20\t1700000002\t999999999\t-2\t0\tModels/Pet.swift")
        XCTAssertEqual(lines[5].split(separator: "\t").last, "Models/back\\\\slash\\nname.swift")
        XCTAssertEqual(lines[7], "diagnostic\tnote\t-\t\t\t\t=\t-")
    }

    func testAnythingElseReadsAsNoEntry() {
        let good = String(decoding: CacheEntryFormat.encode(key: "k", entry: entry), as: UTF8.self)
        let broken = [
            "",
            "{\"key\": \"k\"}\n",
            good.replacingOccurrences(of: "sdkgen-cache-entry 1", with: "sdkgen-cache-entry 2"),
            String(good.dropLast()),
            good.replacingOccurrences(of: "swift-files\t42", with: "swift-files\tmany"),
            good.replacingOccurrences(of: "\t1700000002\t", with: "\t\t"),
            good.replacingOccurrences(of: "\\n", with: "\\q"),
            good.replacingOccurrences(of: "diagnostic\tnote", with: "diagnostic\tremark"),
            good.replacingOccurrences(of: "key\tk\n", with: ""),
            good + "key\tk\n",
            good + "unknown\trecord\n",
        ]
        for text in broken {
            XCTAssertNil(CacheEntryFormat.decode(Array(text.utf8)), text.debugDescription)
        }
        XCTAssertNil(CacheEntryFormat.decode([0xFF, 0x0A]), "not UTF-8")
    }
}
