import Foundation
import XCTest
@testable import SDKGenCore

/// The runtime is a core plus features: each part is a set of `Sources/SDKGenRuntime/` files, the core compiles
/// alone and with each feature, and a client carries only the features its operations use.
final class RuntimeSelectionTests: XCTestCase {
    private var runtimeFolder: URL { RepositoryPaths.root.appendingPathComponent("Sources/SDKGenRuntime") }

    func testCoreAndFeaturesPartitionTheRuntimeSources() throws {
        let sources = try FileManager.default.contentsOfDirectory(atPath: runtimeFolder.path)
            .filter { $0.hasSuffix(".swift") }.map { "Runtime/\($0)" }
        let parts =
            [RuntimeSelection.coreTemplateNames]
            + RuntimeFeature.allCases.map(RuntimeSelection.templateNames(of:))
        XCTAssertEqual(parts.flatMap { $0 }.count, Set(parts.flatMap { $0 }).count, "a file is in two parts")
        XCTAssertEqual(Set(RuntimeSelection.allTemplateNames), Set(sources))
        XCTAssertEqual(Set(TemplateSet.embedded.texts.keys.filter { $0.hasPrefix("Runtime/") }), Set(sources))
    }

    func testCoreAloneAndWithEachFeatureTypeChecks() throws {
        let selections: [(name: String, features: Set<RuntimeFeature>)] =
            [("core", [])] + RuntimeFeature.allCases.map { ("core + \($0.rawValue)", [$0]) }
        var folders: [URL] = []
        defer { for folder in folders { try? FileManager.default.removeItem(at: folder) } }
        for selection in selections {
            let folder = FileManager.default.temporaryDirectory
                .appendingPathComponent("sdkgen-runtime-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for name in RuntimeSelection.templateNames(for: selection.features) {
                let file = String(name.dropFirst("Runtime/".count))
                try FileManager.default.copyItem(
                    at: runtimeFolder.appendingPathComponent(file),
                    to: folder.appendingPathComponent(file))
            }
            folders.append(folder)
        }
        let outputs = SwiftCompiler.typecheckConcurrently(folders)
        for (selection, output) in zip(selections, outputs) {
            XCTAssertEqual(output.status, 0, "\(selection.name) does not type-check:\n\(output.text)")
        }
    }

    func testTheFilesClientHasNoEventStreamRuntimeAndRealDocumentsKeepsJSONStreams() throws {
        let files = try Pipeline.generate(
            specPath: RepositoryPaths.spec.path,
            options: GeneratorOptions(moduleName: "OpenRouterFiles"))
        let paths = Set(files.files.map(\.path))
        XCTAssertFalse(paths.contains("Runtime/ServerSentEvents.swift"))
        XCTAssertTrue(paths.contains("Runtime/MultipartForm.swift"))
        XCTAssertTrue(paths.contains("Runtime/PageSequence.swift"))
        let committed = { (path: String) in
            FileManager.default.fileExists(
                atPath: RepositoryPaths.root.appendingPathComponent("Generated/\(path)").path)
        }
        XCTAssertFalse(committed("OpenRouterFiles/Runtime/ServerSentEvents.swift"))
        XCTAssertTrue(committed("RealDocuments/Runtime/JSONStreams.swift"))
    }

    func testADocumentGetsOnlyTheFeaturesItsOperationsUse() throws {
        let plain = try InlineDocument.generate(Self.document(content: "application/json", schema: "{type: object}"))
        XCTAssertEqual(
            Set(plain.files.keys.filter { $0.hasPrefix("Runtime/") }),
            Set(RuntimeSelection.coreTemplateNames))
        let events = try InlineDocument.generate(
            Self.document(
                content: "text/event-stream", schema: "{type: object, properties: {data: {type: object}}}"))
        XCTAssertEqual(
            Set(events.files.keys.filter { $0.hasPrefix("Runtime/") }),
            Set(RuntimeSelection.templateNames(for: [.eventStreams])))
    }

    /// A document with one `GET /things` operation whose 200 response has `content` with `schema`.
    private static func document(content: String, schema: String) -> String {
        """
        openapi: 3.1.0
        info: {title: Things, version: "1"}
        paths:
          /things:
            get:
              operationId: getThings
              responses:
                "200":
                  description: ok
                  content:
                    \(content):
                      schema: \(schema)
        """
    }
}
