import XCTest
@testable import SDKGenCore

/// Many warnings of one kind are shown by their first few and a count; errors and rare kinds always in full.
final class DiagnosticSummaryTests: XCTestCase {
    private func rename(_ line: Int) -> Diagnostic {
        Diagnostic(
            .warning, "parameter 'p\(line)' of Op\(line) is named 'p\(line)2' because 'p\(line)' is already taken",
            at: SourceLocation(file: "api.yaml", line: line, column: 1),
            category: "a name is taken, so a number is added")
    }

    func testAKindSeenManyTimesIsSummarizedAfterItsFirstFew() {
        let diagnostics =
            (1...8).map(rename) + [
                Diagnostic(.warning, "server URL '/v1' is not an absolute URL; it is left out", at: nil),
                Diagnostic(
                    .error, "unknown schema type 'nope'", at: SourceLocation(file: "api.yaml", line: 99, column: 3)),
            ]
        let lines = DiagnosticSummary.lines(diagnostics, verbose: false)
        XCTAssertEqual(lines.filter { $0.contains("is already taken") }.count, 3)
        XCTAssertTrue(lines.contains { $0.contains("api.yaml:99:3: error: unknown schema type") })
        XCTAssertTrue(lines.contains { $0.contains("server URL '/v1'") })
        XCTAssertEqual(
            lines.last,
            "note: 5 more warnings like these (8 in all: a name is taken, so a number is added); --verbose lists every one"
        )
        XCTAssertEqual(DiagnosticSummary.lines(diagnostics, verbose: true).count, diagnostics.count)
    }

    func testAFewWarningsOfAKindAreAllListed() {
        let lines = DiagnosticSummary.lines((1...5).map(rename), verbose: false)
        XCTAssertEqual(lines.count, 5)
        XCTAssertFalse(lines.contains { $0.hasPrefix("note:") })
    }

    /// Without a category, messages that differ only in quoted names, pointers and numbers are one kind.
    func testTheKindOfAMessageLeavesOutItsNames() {
        let first = Diagnostic(.warning, "pagination is not generated for 'a': found 'page' [x]", at: nil)
        let second = Diagnostic(.warning, "pagination is not generated for 'b': found 'url' [x]", at: nil)
        XCTAssertEqual(first.kind, second.kind)
        XCTAssertNotEqual(first.kind, Diagnostic(.warning, "something else", at: nil).kind)
    }
}
