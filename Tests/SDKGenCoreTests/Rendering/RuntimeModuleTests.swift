import Foundation
import XCTest
@testable import SDKGenCore
@testable import TemplateEmbedder

/// `runtime: module`: the client is the embedded client without `Runtime/`, each file importing `SDKGenRuntime`.
final class RuntimeModuleTests: XCTestCase {
    private func generate(runtime: GeneratorOptions.RuntimePlacement, imports: [String] = []) throws -> [String: String]
    {
        var options = GeneratorOptions(moduleName: "OpenRouterFiles", additionalImports: imports)
        options.runtime = runtime
        let result = try Pipeline.generate(specPath: RepositoryPaths.spec.path, options: options)
        return Dictionary(uniqueKeysWithValues: result.files.map { ($0.path, $0.contents) })
    }

    func testAModuleClientIsTheEmbeddedClientWithoutRuntimeFilesImportingTheModule() throws {
        let embedded = try generate(runtime: .embedded)
        let module = try generate(runtime: .module)
        XCTAssertEqual(Set(module.keys), Set(embedded.keys.filter { !$0.hasPrefix("Runtime/") }))
        XCTAssertGreaterThan(module.count, 20)
        for (path, text) in module {
            let line =
                path == "Client/GeneratedFrom.swift"
                ? "@_exported import SDKGenRuntime" : "@_spi(Generated) import SDKGenRuntime"
            XCTAssertTrue(text.contains("\nimport Foundation\n\(line)\n"), "\(path) lacks \(line) after Foundation")
            XCTAssertEqual(text.replacingOccurrences(of: "\(line)\n", with: ""), embedded[path], path)
        }
    }

    func testTheConfigsImportsFollowTheRuntimeModule() throws {
        let module = try generate(runtime: .module, imports: ["Dispatch"])
        let operations = try XCTUnwrap(module["Operations/FilesAPI.swift"])
        XCTAssertTrue(
            operations.contains("\nimport Foundation\n@_spi(Generated) import SDKGenRuntime\nimport Dispatch\n"),
            String(operations.prefix(400)))
    }

    func testASingleFileHasOneImportBlockWithBothRuntimeImports() throws {
        var options = GeneratorOptions(moduleName: "OpenRouterFiles", singleFile: true)
        options.runtime = .module
        let text = try XCTUnwrap(
            Pipeline.generate(specPath: RepositoryPaths.spec.path, options: options).files.first?.contents)
        XCTAssertTrue(
            text.contains(
                "\n\nimport Foundation\n@_exported import SDKGenRuntime\n@_spi(Generated) import SDKGenRuntime\n\n"),
            String(text.prefix(400)))
        XCTAssertEqual(text.components(separatedBy: "import SDKGenRuntime\n").count, 3)
    }

    func testTheGeneratedFilesImportTheSPIThatTheEmbedderInternalizes() {
        // The runtime marks what only generated code calls `@_spi(Generated) public`; an embedded client gets those
        // declarations internal (TemplateEmbedder drops the marker), a module client imports the same SPI.
        XCTAssertEqual(RuntimeTemplate.generatedCodeOnly, "@_spi(Generated) ")
        XCTAssertTrue(RuntimeModule.generatedCodeImport.hasPrefix(RuntimeTemplate.generatedCodeOnly + "import "))
        var marked = 0
        for (name, text) in TemplateSet.embedded.texts where name.hasPrefix("Runtime/") {
            for line in text.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
                XCTAssertFalse(line.contains("@_spi"), "\(name): \(line)")
            }
            let source = try? String(
                contentsOf: RepositoryPaths.root.appendingPathComponent("Sources/SDKGenRuntime")
                    .appendingPathComponent(String(name.dropFirst("Runtime/".count))),
                encoding: .utf8)
            marked += source?.components(separatedBy: "@_spi(Generated) ").count ?? 1
        }
        XCTAssertGreaterThan(marked, 40, "the runtime sources mark their generated-code-only declarations")
    }
}
