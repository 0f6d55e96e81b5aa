import XCTest
@testable import TemplateEmbedder

/// How TemplateEmbedder turns a runtime source into a template: `public` declarations take the access level,
/// anything it cannot classify fails.
final class RuntimeTemplateTests: XCTestCase {
    func testDeclarationsTakeTheAccessPlaceholder() throws {
        let source = """
            import Foundation

            /// A public type (comments keep the word public).
            public struct Box: Sendable {
                public let value: Int
                @discardableResult public func touch() -> Int { value }
                final public class Inner {}
            }
            """
        let template = try RuntimeTemplate.derive(from: source, file: "Box.swift")
        XCTAssertEqual(
            template,
            """
            {{%CONTENT_TYPE: TEXT}}
            {{> FileHeader}}
            import Foundation

            /// A public type (comments keep the word public).
            {{access}} struct Box: Sendable {
                {{access}} let value: Int
                @discardableResult {{access}} func touch() -> Int { value }
                final {{access}} class Inner {}
            }
            """)
    }

    func testWhatOnlyGeneratedCodeCallsBecomesInternal() throws {
        let source = """
            /// For generated code (comments keep @_spi(Generated) public).
            @_spi(Generated) public struct Key: CodingKey {
                @_spi(Generated) public var stringValue: String
                @_spi(Generated) public private(set) var count = 0
            }

            @_spi(Generated) extension KeyedDecodingContainer<Key> {
                @_spi(Generated) public func value() {}
            }
            """
        XCTAssertEqual(
            try RuntimeTemplate.derive(from: source, file: "Key.swift"),
            """
            {{%CONTENT_TYPE: TEXT}}
            {{> FileHeader}}
            /// For generated code (comments keep @_spi(Generated) public).
            struct Key: CodingKey {
                var stringValue: String
                private(set) var count = 0
            }

            extension KeyedDecodingContainer<Key> {
                func value() {}
            }
            """)
    }

    func testMustacheDelimitersInASourceFail() {
        XCTAssertThrowsError(try RuntimeTemplate.derive(from: "let a = \"{{x\"\n", file: "A.swift")) { error in
            XCTAssertEqual((error as? RuntimeTemplate.Failure)?.line, 1)
        }
        XCTAssertThrowsError(try RuntimeTemplate.derive(from: "\n// }}\n", file: "A.swift")) { error in
            XCTAssertEqual((error as? RuntimeTemplate.Failure)?.line, 2)
        }
    }

    func testPublicOutsideADeclarationFails() {
        let lines = [
            "    public(set) var count = 0", "let text = \"public api\"", "public = 1",
            "let hidden = \"not public\"", "x; public func f() {}",
        ]
        for line in lines {
            XCTAssertThrowsError(try RuntimeTemplate.derive(from: line, file: "A.swift"), line) { error in
                XCTAssertEqual((error as? RuntimeTemplate.Failure)?.file, "A.swift")
            }
        }
    }

    func testIdentifiersContainingPublicAreLeftAlone() throws {
        let template = try RuntimeTemplate.derive(from: "let publicKey = republic", file: "A.swift")
        XCTAssertEqual(template, RuntimeTemplate.prefix + "let publicKey = republic")
    }
}
