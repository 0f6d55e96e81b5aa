import XCTest
@testable import SDKGenCore

final class SwiftIdentifierTests: XCTestCase {
    func testASCIINamesSplitIntoTheSameWordsOnBytesAsByCharacters() {
        var random = SeededRandom(seed: 42)
        let pieces = ["a", "B", "7", "_", "-", " ", "HTTP", "Url", "id", "ID", "x2", "\t", "\r\n", "."]
        for _ in 0..<5_000 {
            let name = (0..<random.next(9)).map { _ in pieces[random.next(pieces.count)] }.joined()
            XCTAssertEqual(
                SwiftIdentifier.asciiWords(name), SwiftIdentifier.characterWords(name), name.debugDescription)
        }
        XCTAssertEqual(SwiftIdentifier.words("HTTPRequestID2fa"), ["HTTP", "Request", "ID2fa"])
    }

    func testMemberNames() {
        let table: [(String, String)] = [
            ("file_id", "fileId"), ("HTTP-Referer", "httpReferer"), ("X-OpenRouter-Title", "xOpenRouterTitle"),
            ("mime_type", "mimeType"), ("ID", "id"), ("URLPath", "urlPath"), ("userAPIKey", "userAPIKey"),
            ("default", "`default`"), ("protocol", "`protocol`"), ("self", "self_"), ("Type", "type"),
            ("init", "init_"), ("2nd-hand", "_2ndHand"), ("has more", "hasMore"), ("", "value"),
            ("_shape", "shape"), ("naïve café", "naïveCafé"), ("🙂 smile", "smile"),
        ]
        for (input, expected) in table {
            XCTAssertEqual(SwiftIdentifier.memberName(input), expected, "memberName(\(input))")
        }
    }

    func testTypeNames() {
        let table: [(String, String)] = [
            ("file_metadata", "FileMetadata"), ("FileMetadata", "FileMetadata"),
            ("chat-completion.request", "ChatCompletionRequest"),
            ("2fa", "_2fa"), ("", "Value"), ("OpenRouter API", "OpenRouterAPI"),
        ]
        for (input, expected) in table {
            XCTAssertEqual(SwiftIdentifier.typeName(input), expected, "typeName(\(input))")
        }
    }

    func testCaseNamesAndEnvironmentNames() {
        XCTAssertEqual(SwiftIdentifier.caseName(""), "empty")
        XCTAssertEqual(SwiftIdentifier.caseName("!!!"), "value")
        XCTAssertEqual(SwiftIdentifier.caseName("file_deleted"), "fileDeleted")
        XCTAssertEqual(SwiftIdentifier.environmentName(["OPENROUTER", "httpReferer"]), "OPENROUTER_HTTP_REFERER")
    }

    func testRegistryResolvesCollisionsDeterministicallyWithAWarning() {
        var registry = NameRegistry(reserved: ["Data"])
        XCTAssertEqual(registry.claim("fileId", for: "a", origin: nil), "fileId")
        XCTAssertEqual(registry.claim("fileId", for: "b", origin: nil), "fileId2")
        XCTAssertEqual(registry.claim("fileId", for: "c", origin: nil), "fileId3")
        XCTAssertEqual(registry.claim("Data", for: "schema 'Data'", origin: nil), "Data2")
        XCTAssertEqual(registry.diagnostics.count, 3)
        XCTAssertTrue(registry.diagnostics[0].message.contains("'fileId2' because 'fileId' is already taken"))
    }

    func testTypeNamesThatDifferOnlyInCaseCollide() {
        // Type names are file names too: `Pet.swift` and `PET.swift` are one file on a case-insensitive disk.
        var registry = NameRegistry(reserved: ["Data"], caseInsensitive: true)
        XCTAssertEqual(registry.claim("Pet", for: "schema 'Pet'", origin: nil), "Pet")
        XCTAssertEqual(registry.claim("PET", for: "schema 'PET'", origin: nil), "PET2")
        XCTAssertEqual(registry.claim("DATA", for: "schema 'DATA'", origin: nil), "DATA2")
        XCTAssertEqual(
            registry.diagnostics.map(\.message),
            [
                "schema 'PET' is named 'PET2' because 'Pet' is already taken",
                "schema 'DATA' is named 'DATA2' because 'Data' is already taken",
            ])
    }

    func testLongNamesAreShortenedStablyAndDistinctly() {
        let long = String(repeating: "segment_", count: 500)
        let type = SwiftIdentifier.typeName(long)
        XCTAssertLessThanOrEqual(type.utf8.count, SwiftIdentifier.maxNameBytes)
        XCTAssertTrue(type.hasPrefix("SegmentSegment"), type)
        XCTAssertEqual(type, SwiftIdentifier.typeName(long), "the same on every run")
        XCTAssertNotEqual(type, SwiftIdentifier.typeName(long + "x"), "distinct names stay distinct")
        XCTAssertLessThanOrEqual(SwiftIdentifier.memberName(long).utf8.count, SwiftIdentifier.maxNameBytes)
        XCTAssertEqual(
            SwiftIdentifier.typeName(String(repeating: "a", count: 200)), "A" + String(repeating: "a", count: 199))
    }

    func testStatusNames() {
        XCTAssertEqual(StatusNames.caseName(.code(404)), "notFound")
        XCTAssertEqual(StatusNames.caseName(.code(499)), "status499")
        XCTAssertEqual(StatusNames.caseName(.range(5)), "serverError")
        XCTAssertEqual(StatusNames.pattern(.range(4)), "400...499")
        XCTAssertNil(StatusNames.pattern(.default))
    }

    func testComparisonOperatorsReadAsWords() {
        XCTAssertEqual(SwiftIdentifier.memberName("StartTime<"), "startTimeLessThan")
        XCTAssertEqual(SwiftIdentifier.memberName("StartTime>"), "startTimeGreaterThan")
        XCTAssertEqual(SwiftIdentifier.memberName("Price>="), "priceAtLeast")
        XCTAssertEqual(SwiftIdentifier.memberName("Price<="), "priceAtMost")
        XCTAssertEqual(SwiftIdentifier.typeName("a<b"), "ALessThanB")
    }
}

/// The byte-wise join of ASCII words is the `Character`-wise one.
final class SwiftIdentifierASCIIJoinTests: XCTestCase {
    func testTheASCIIJoinIsTheGeneralJoinForAnyASCIIWords() {
        var random = SeededRandom(seed: 0xA5C11)
        let alphabet = Array("aAbBzZmM0919_xXyY".utf8) + [UInt8(ascii: "q"), UInt8(ascii: "Q")]
        for _ in 0..<5_000 {
            let words = (0..<1 + random.next(4)).map { _ in
                String(decoding: (0..<random.next(7)).map { _ in alphabet[random.next(alphabet.count)] }, as: UTF8.self)
            }
            let member = SwiftIdentifier.sanitized(
                SwiftIdentifier.lowercasedLeadingWord(words[0])
                    + words.dropFirst().map(SwiftIdentifier.capitalizedWord).joined())
            XCTAssertEqual(SwiftIdentifier.asciiJoined(words, lowercasingFirst: true), member, "\(words)")
            let type = SwiftIdentifier.sanitized(words.map(SwiftIdentifier.capitalizedWord).joined())
            XCTAssertEqual(SwiftIdentifier.asciiJoined(words, lowercasingFirst: false), type, "\(words)")
        }
    }
}
