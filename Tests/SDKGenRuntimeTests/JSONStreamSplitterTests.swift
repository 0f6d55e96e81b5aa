import Foundation
import XCTest

@testable import SDKGenRuntime

/// How JSON Lines and JSON text sequences are split into values, whatever the chunk boundaries.
final class JSONStreamSplitterTests: XCTestCase {
    /// The values of `text` fed one byte at a time, then as one chunk: both must give the same values.
    private func split(_ text: String, _ framing: JSONStreamFraming) -> [String] {
        var bytewise = JSONStreamSplitter(framing: framing)
        var values: [Data] = []
        for byte in Data(text.utf8) { values += bytewise.push(Data([byte])) }
        values += bytewise.finish()
        var whole = JSONStreamSplitter(framing: framing)
        let once = whole.push(Data(text.utf8)) + whole.finish()
        XCTAssertEqual(values, once)
        return values.map { String(decoding: $0, as: UTF8.self) }
    }

    func testLinesEndWithLFOrCRLFAndBlankLinesAreSkipped() {
        XCTAssertEqual(split("\u{FEFF}{\"a\":1}\r\n\n  \n[2]\n3", .lines), ["{\"a\":1}", "[2]", "3"])
    }

    func testRecordsFollowTheSeparatorAndEmptyOnesAreSkipped() {
        XCTAssertEqual(split("\u{1E}{\"a\":\n1}\n\u{1E}\n\u{1E}\"x\"\n", .recordSeparated), ["{\"a\":\n1}", "\"x\""])
    }

    func testAnEmptyBodyHasNoValues() {
        XCTAssertEqual(split("", .lines), [])
        XCTAssertEqual(split("\n\r\n", .recordSeparated), [])
    }
}
