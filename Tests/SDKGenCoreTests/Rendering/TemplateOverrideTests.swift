import Foundation
import XCTest
@testable import SDKGenCore

/// `--templates DIR`: a file named like a built-in template, runtime ones included, replaces it.
final class TemplateOverrideTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("sdkgen-templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("Runtime"), withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }

    func testARuntimeTemplateIsReplacedByItsUserFacingName() throws {
        try write("Runtime/RetryAfter.swift.mustache", "{{%CONTENT_TYPE: TEXT}}\n{{> FileHeader}}\n// my retry-after\n")
        try write("Runtime/ServerSentEvents.swift.mustache", "{{%CONTENT_TYPE: TEXT}}\n// my events\n")
        let templates = try TemplateSet.overridden(by: folder.path)
        let result = try Pipeline.generate(
            specPath: RepositoryPaths.spec.path,
            options: GeneratorOptions(moduleName: "OpenRouterFiles"), templates: templates)
        let retryAfter = try XCTUnwrap(result.files.first { $0.path == "Runtime/RetryAfter.swift" })
        XCTAssertTrue(retryAfter.contents.hasPrefix("// RetryAfter.swift\n"), retryAfter.contents)
        XCTAssertTrue(retryAfter.contents.hasSuffix("// my retry-after\n"), retryAfter.contents)
        // A feature the client does not use stays out, overridden or not.
        XCTAssertFalse(result.files.contains { $0.path == "Runtime/ServerSentEvents.swift" })
    }

    /// A struct template copied from a version before `decodeFunction` and `encodeFunction` still gets the
    /// containers' own methods (`decode(_:forKey:)` with a `DynamicCodingKey` literal), which the runtime still takes.
    func testAStructTemplateWrittenBeforeTheCodingFunctionsGetsTheContainerMethods() throws {
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("Partials"), withIntermediateDirectories: true)
        let builtIn = try String(
            contentsOf: RepositoryPaths.root.appendingPathComponent("Templates/Partials/Struct.mustache"),
            encoding: .utf8)
        let decodeNow = "{{decodeFunction}}({{decodeType}}.self, {{{keyLiteral}}})"
        let encodeNow = "{{encodeFunction}}(self.{{name}}, {{{keyLiteral}}})"
        XCTAssertTrue(builtIn.contains(decodeNow) && builtIn.contains(encodeNow), "the built-in template changed")
        let earlier =
            builtIn
            .replacingOccurrences(
                of: decodeNow, with: "{{decodeMethod}}({{decodeType}}.self, forKey: {{{keyLiteral}}})"
            )
            .replacingOccurrences(of: encodeNow, with: "{{encodeMethod}}(self.{{name}}, forKey: {{{keyLiteral}}})")
        try write("Partials/Struct.mustache", earlier)
        let result = try Pipeline.generate(
            specPath: RepositoryPaths.spec.path, options: GeneratorOptions(moduleName: "OpenRouterFiles"),
            templates: try TemplateSet.overridden(by: folder.path))
        let model = try XCTUnwrap(result.files.first { $0.path == "Models/FileMetadata.swift" }).contents
        XCTAssertTrue(model.contains(#"self.filename = try container.decode(String.self, forKey: "filename")"#), model)
        XCTAssertTrue(model.contains(#"try container.encode(self.filename, forKey: "filename")"#), model)
        let support = try XCTUnwrap(result.files.first { $0.path == "Runtime/GeneratedCodeSupport.swift" }).contents
        XCTAssertTrue(support.contains("struct DynamicCodingKey: CodingKey, ExpressibleByStringLiteral"), support)
    }

    func testANameThatReplacesNothingFails() throws {
        try write("Runtime/Unknown.swift.mustache", "{{%CONTENT_TYPE: TEXT}}\n")
        XCTAssertThrowsError(try TemplateSet.overridden(by: folder.path)) { error in
            XCTAssertTrue("\(error)".contains("replaces no built-in template"), "\(error)")
        }
    }
}
