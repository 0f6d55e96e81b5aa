import XCTest
@testable import SDKGenCore

/// Template sets are parsed once per process, and a cache keeps only a few of them.
final class TemplateEngineCacheTests: XCTestCase {
    func testASetIsParsedOnceAndAnEqualSetReusesIt() throws {
        let cache = TemplateEngineCache(capacity: 2)
        var parses = 0
        let set = TemplateSet(texts: ["A.swift": "a {{x}}"])
        for _ in 0..<3 {
            _ = try cache.engine(for: TemplateSet(texts: set.texts).texts) { () throws(DiagnosticError) in
                parses += 1
                return try TemplateEngine.make(texts: set.texts)
            }
        }
        XCTAssertEqual(parses, 1)
        XCTAssertEqual(cache.count, 1)
    }

    func testTheLeastRecentlyUsedSetIsDroppedBeyondTheCapacity() throws {
        let cache = TemplateEngineCache(capacity: 2)
        var parsed: [String] = []
        func library(_ text: String) throws {
            _ = try cache.engine(for: ["A.swift": text]) { () throws(DiagnosticError) in
                parsed.append(text)
                return try TemplateEngine.make(texts: ["A.swift": text])
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
        let cache = TemplateEngineCache(capacity: 2)
        let broken = TemplateSet(texts: ["A.swift": "{{#open}} never closed"])
        for _ in 0..<2 {
            XCTAssertThrowsError(
                try cache.engine(for: broken.texts) { () throws(DiagnosticError) in
                    try TemplateEngine.make(texts: broken.texts)
                }
            ) { error in
                XCTAssertTrue("\(error)".contains("A.swift.mustache"), "\(error)")
            }
        }
        XCTAssertEqual(cache.count, 0)
    }

    func testTheEngineRendersWhatItsSetSays() throws {
        let view = NoteView(text: "public", templateName: "A.swift")
        let first = try TemplateSet(texts: ["A.swift": "one {{text}}"]).engine()
        let second = try TemplateSet(texts: ["A.swift": "two {{text}}"]).engine()
        XCTAssertEqual(first.render(view), "one public")
        XCTAssertEqual(second.render(view), "two public")
    }
}

/// A one-field view for templates made up by the tests: `text`.
struct NoteView: FileView {
    let text: String
    let templateName: String

    func templateValue(forKey key: TemplateKey) -> TemplateValue {
        key == .text ? .text(text) : .missing
    }
}
