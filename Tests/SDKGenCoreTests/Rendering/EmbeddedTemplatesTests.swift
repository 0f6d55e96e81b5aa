import Foundation
import XCTest
@testable import SDKGenCore
@testable import TemplateEmbedder

/// The committed `Sources/SDKGenEmbedded/EmbeddedTemplates.swift` must be exactly what TemplateEmbedder writes from
/// `Templates/` and `Sources/SDKGenRuntime/` (as `sdkgen check` does for `Generated/`).
final class EmbeddedTemplatesTests: XCTestCase {
    func testEmbeddedTemplatesFileIsWhatTheEmbedderWrites() throws {
        let root = RepositoryPaths.root
        let templates = try EmbeddedSource.templates(
            templatesFolder: root.appendingPathComponent("Templates"),
            runtimeFolder: root.appendingPathComponent("Sources/SDKGenRuntime"))
        let committed = try String(
            contentsOf: root.appendingPathComponent("Sources/SDKGenEmbedded/EmbeddedTemplates.swift"), encoding: .utf8)
        XCTAssertEqual(
            committed, EmbeddedSource.swiftSource(templates),
            "Templates/ or Sources/SDKGenRuntime/ changed: run `\(EmbeddedSource.command)`")
        XCTAssertEqual(TemplateSet.embedded.texts, templates)
    }

    func testEveryRuntimeSourceIsEmbeddedUnderItsTemplateName() throws {
        let folder = RepositoryPaths.root.appendingPathComponent("Sources/SDKGenRuntime")
        let sources = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }
        XCTAssertFalse(sources.isEmpty)
        for file in sources {
            let template = try XCTUnwrap(TemplateSet.embedded.texts["Runtime/\(file)"], file)
            XCTAssertTrue(template.hasPrefix("{{%CONTENT_TYPE: TEXT}}\n{{> FileHeader}}\n"), file)
            XCTAssertFalse(template.contains("public "), "\(file) keeps a 'public' the embedder should have replaced")
        }
    }
}
