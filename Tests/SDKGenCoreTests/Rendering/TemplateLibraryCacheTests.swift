import Mustache
import XCTest
@testable import SDKGenCore

/// Template sets are parsed once per process, and a cache keeps only a few of them.
final class TemplateLibraryCacheTests: XCTestCase {
    func testASetIsParsedOnceAndAnEqualSetReusesIt() throws {
        let cache = TemplateLibraryCache(capacity: 2)
        var parses = 0
        let set = TemplateSet(texts: ["A.swift": "a {{x}}"])
        for _ in 0..<3 {
            _ = try cache.library(for: TemplateSet(texts: set.texts).texts) { () throws(DiagnosticError) in
                parses += 1
                return try set.parsedLibrary()
            }
        }
        XCTAssertEqual(parses, 1)
        XCTAssertEqual(cache.count, 1)
    }

    func testTheLeastRecentlyUsedSetIsDroppedBeyondTheCapacity() throws {
        let cache = TemplateLibraryCache(capacity: 2)
        var parsed: [String] = []
        func library(_ text: String) throws {
            _ = try cache.library(for: ["A.swift": text]) { () throws(DiagnosticError) in
                parsed.append(text)
                return try TemplateSet(texts: ["A.swift": text]).parsedLibrary()
            }
        }
        try library("1")
        try library("2")
        try library("1")  // cached; now the most recent
        try library("3")  // drops "2"
        try library("1")  // still cached
        try library("2")  // parsed again
        XCTAssertEqual(parsed, ["1", "2", "3", "2"])
        XCTAssertEqual(cache.count, 2)
    }

    func testAFailedParseIsNotCachedAndNamesTheTemplate() {
        let cache = TemplateLibraryCache(capacity: 2)
        let broken = TemplateSet(texts: ["A.swift": "{{#open}} never closed"])
        for _ in 0..<2 {
            XCTAssertThrowsError(try cache.library(for: broken.texts, make: broken.parsedLibrary)) { error in
                XCTAssertTrue("\(error)".contains("A.swift.mustache"), "\(error)")
            }
        }
        XCTAssertEqual(cache.count, 0)
    }

    func testTheLibraryRendersWhatItsSetSays() throws {
        let first = try TemplateSet(texts: ["A.swift": "one"]).library()
        let second = try TemplateSet(texts: ["A.swift": "two"]).library()
        XCTAssertEqual(first.render([String: Any](), withTemplate: "A.swift"), "one")
        XCTAssertEqual(second.render([String: Any](), withTemplate: "A.swift"), "two")
    }
}
