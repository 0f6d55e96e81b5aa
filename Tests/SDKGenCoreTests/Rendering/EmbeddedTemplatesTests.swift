import Foundation
import XCTest
@testable import SDKGenCore

/// The committed `EmbeddedTemplates.swift` must be exactly `Templates/` (as `sdkgen check` does for `Generated/`).
final class EmbeddedTemplatesTests: XCTestCase {
    func testEmbeddedTemplatesAreTheTemplatesFolder() throws {
        let folder = RepositoryPaths.root.appendingPathComponent("Templates")
        var onDisk: [String: String] = [:]
        for path in GoldenComparison.listFiles(in: folder) where path.hasSuffix(".mustache") {
            onDisk[String(path.dropLast(".mustache".count))] = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
        }
        XCTAssertEqual(TemplateSet.embedded.texts, onDisk,
                       "Templates/ changed: run `swift run TemplateEmbedder Templates Sources/SDKGenCore/Rendering/EmbeddedTemplates.swift`")
    }
}
