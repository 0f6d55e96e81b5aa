import Foundation
import OpenRouter
import XCTest

/// Objects with declared properties and `additionalProperties` keep undeclared keys through a round trip.
final class AdditionalPropertiesTests: XCTestCase {
    func testUndeclaredKeysSurviveDecodingAndEncoding() throws {
        let json = #"{"model":"openai/gpt-image-1","quality":"high","size":1024}"#
        let config = try JSONDecoder().decode(ImageGenerationServerToolConfig.self, from: Data(json.utf8))

        XCTAssertEqual(config.model, "openai/gpt-image-1")
        XCTAssertEqual(config.additionalProperties.keys.sorted(), ["quality", "size"])
        XCTAssertNil(config.additionalProperties["model"], "declared keys are not duplicated")

        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let again = String(decoding: try encoder.encode(config), as: UTF8.self)
        XCTAssertEqual(again, #"{"model":"openai\/gpt-image-1","quality":"high","size":1024}"#)
    }
}
