import XCTest

@testable import SDKGenCore

/// RFC 6901 reference tokens: `~` is written `~0` and `/` is written `~1`, and nothing else changes.
final class JSONPointerTests: XCTestCase {
    func testEscapingWritesTildeAndSlashAsTheirTwoCharacterForms() {
        XCTAssertEqual(JSONPointer.escape("application/json"), "application~1json")
        XCTAssertEqual(JSONPointer.escape("a~b/c"), "a~0b~1c")
        // The tilde of an already escaped-looking token is escaped too: `~1` is a name, not a slash.
        XCTAssertEqual(JSONPointer.escape("~1"), "~01")
        XCTAssertEqual(JSONPointer.escape("//"), "~1~1")
        XCTAssertEqual(JSONPointer.escape("plain"), "plain")
        XCTAssertEqual(JSONPointer.escape(""), "")
    }

    func testEscapingLeavesEveryOtherCharacterAsItIs() {
        XCTAssertEqual(JSONPointer.escape("é/ü~ñ"), "é~1ü~0ñ")
        XCTAssertEqual(JSONPointer.escape("e\u{301}/x"), "e\u{301}~1x")
        XCTAssertEqual(JSONPointer.escape("😀/🎉"), "😀~1🎉")
    }

    func testUnescapingAnEscapedTokenGivesItBack() {
        for token in ["application/json", "a~b/c", "~1", "~0/~", "é/ü~ñ", "plain", ""] {
            XCTAssertEqual(JSONPointer.unescape(JSONPointer.escape(token)), token, token)
        }
    }
}
