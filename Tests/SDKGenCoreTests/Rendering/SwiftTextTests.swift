import XCTest
@testable import SDKGenCore

final class SwiftTextTests: XCTestCase {
    func testStringLiteralsEscapeEverythingThatCouldEndOrInterpolateThem() {
        XCTAssertEqual(SwiftText.stringLiteral(#"a"b\c"#), #""a\"b\\c""#)
        XCTAssertEqual(SwiftText.stringLiteral("x\\(fatalError())"), #""x\\(fatalError())""#)
        XCTAssertEqual(SwiftText.stringLiteral("line\nbreak\r\t\0"), #""line\nbreak\r\t\0""#)
        XCTAssertEqual(SwiftText.stringLiteral("bidi\u{202E}x"), #""bidi\u{202e}x""#)
        XCTAssertEqual(SwiftText.stringLiteral("emoji 👩‍💻"), "\"emoji 👩‍💻\"")
    }

    func testDocLinesCannotBreakOutOfTheComment() {
        let lines = SwiftText.docLines("first */ line\n}\nfatalError()\u{2028}next\r\nlast   ")
        XCTAssertEqual(lines.map(\.text), [" first */ line", " }", " fatalError()", " next", " last"])
        XCTAssertEqual(SwiftText.docLines("\n\ntext\n\n").map(\.text), [" text"])
        XCTAssertEqual(SwiftText.docLines(nil), [])
        XCTAssertEqual(SwiftText.docLines("a\n\nb").map(\.text), [" a", "", " b"])
    }

    func testCommentTextIsOneLine() {
        XCTAssertEqual(SwiftText.commentText("a\nb\u{0}c"), "a b c")
    }
}
