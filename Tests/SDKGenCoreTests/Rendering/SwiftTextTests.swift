import XCTest
@testable import SDKGenCore

final class SwiftTextTests: XCTestCase {
    private func code(_ text: String) -> String { SwiftText.stringLiteral(text).code }

    func testUnicodeTextSplitsIntoTheSameLinesOnScalarsAsByCharacters() {
        var random = SeededRandom(seed: 11)
        let pieces = [
            "a", " ", "\t", "\n", "\r", "\r\n", "\u{85}", "\u{2028}", "\u{2029}", "\u{0B}", "é", "e\u{301}",
            "\u{301}", " \u{301}", "\u{200D}", "\u{200B}", "👩‍💻", "\u{FEFF}", "“quoted”", "\u{1F1FA}\u{1F1F8}", "\u{7F}",
        ]
        for _ in 0..<5_000 {
            let text = (0..<random.next(10)).map { _ in pieces[random.next(pieces.count)] }.joined()
            XCTAssertEqual(SwiftText.scalarLines(text), SwiftText.characterLines(text), text.debugDescription)
        }
    }

    func testASCIITextSplitsIntoTheSameLinesOnBytesAsByCharacters() {
        var random = SeededRandom(seed: 7)
        let pieces = ["a", " ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{01}", "\u{7F}", "word", "  "]
        for _ in 0..<5_000 {
            let text = (0..<random.next(10)).map { _ in pieces[random.next(pieces.count)] }.joined()
            XCTAssertEqual(SwiftText.asciiLines(text), SwiftText.characterLines(text), text.debugDescription)
        }
    }

    func testStringLiteralsEscapeEverythingThatCouldEndOrInterpolateThem() {
        XCTAssertEqual(code(#"a"b\c"#), #""a\"b\\c""#)
        XCTAssertEqual(code("x\\(fatalError())"), #""x\\(fatalError())""#)
        XCTAssertEqual(code("line\nbreak\r\t\0"), #""line\nbreak\r\t\0""#)
        XCTAssertEqual(code("bidi\u{202E}x"), #""bidi\u{202e}x""#)
        XCTAssertEqual(code("emoji 👩‍💻"), "\"emoji 👩‍💻\"")
    }

    func testDocLinesCannotBreakOutOfTheComment() {
        let lines = SwiftText.docLines("first */ line\n}\nfatalError()\u{2028}next\r\nlast   ")
        XCTAssertEqual(lines.map(\.text), [" first */ line", " }", " fatalError()", " next", " last"])
        XCTAssertEqual(SwiftText.docLines("\n\ntext\n\n").map(\.text), [" text"])
        XCTAssertEqual(SwiftText.docLines(nil), [])
        XCTAssertEqual(SwiftText.docLines("a\n\nb").map(\.text), [" a", "", " b"])
    }

    func testCommentTextIsOneLine() {
        XCTAssertEqual(SwiftText.commentText("a\nb\u{0}c").text, "a b c")
    }

    /// Comment text built in the generator's source escapes its literals and accepts only safe values.
    func testCommentInterpolationKeepsEveryPieceOnOneLine() {
        let path = SwiftText.commentText("/a\n*/ fatalError()")
        let text: CommentText = "`GET \(path)` of \(identifier: "list\nx") (\(3))\n"
        XCTAssertEqual(text.text, "`GET /a */ fatalError()` of list x (3) ")
        XCTAssertEqual(DocLine(text).text, text.text)
    }

    func testInlineCommentTextJoinsTheLinesWithOneSpace() {
        let text = "The unique identifier.\n\nThe ID can be found\n  by visiting a file.\r\n"
        XCTAssertEqual(
            SwiftText.inlineCommentText(text).text, "The unique identifier. The ID can be found by visiting a file.")
        XCTAssertEqual(SwiftText.inlineCommentText(nil).text, "")
        XCTAssertEqual(SwiftText.inlineCommentText("\n \n").text, "")
    }

    func testFirstParagraphKeepsAWrappedSentenceWhole() {
        let text =
            "\nReturns a collection of items. If there are no\nitems, the collection is empty.\n\nSee also paging."
        XCTAssertEqual(
            SwiftText.firstParagraph(text).text,
            "Returns a collection of items. If there are no items, the collection is empty.")
        XCTAssertEqual(SwiftText.firstParagraph("One line").text, "One line")
        XCTAssertEqual(SwiftText.firstParagraph(nil).text, "")
    }

    func testIntegerLiteralsAreOnlyIntegers() {
        XCTAssertEqual(SwiftText.integerLiteral("-12")?.code, "-12")
        XCTAssertEqual(SwiftText.integerLiteral("+7")?.code, "7")
        XCTAssertNil(SwiftText.integerLiteral("1); fatalError(\"x\"); (1"))
        XCTAssertNil(SwiftText.integerLiteral("1.5"))
        XCTAssertNil(SwiftText.integerLiteral(""))
    }
}
