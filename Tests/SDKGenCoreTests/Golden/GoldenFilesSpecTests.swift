import Foundation
import XCTest
@testable import SDKGenCore

/// `spec/` → `Generated/OpenRouterFiles` is itself the golden pair.
final class GoldenFilesSpecTests: XCTestCase {
    func testGeneratedFolderIsWhatTheSpecProduces() throws {
        let config = try GeneratorConfig.load(path: RepositoryPaths.root.appendingPathComponent("spec/sdkgen.yaml").path)
        let client = try XCTUnwrap(config.clients.first { $0.options.moduleName == "OpenRouterFiles" })
        let result = try Pipeline.generate(specPath: client.spec, options: client.options)
        try GoldenComparison.assertMatches(result.files, folder: RepositoryPaths.generated)
    }

    func testGenerationIsDeterministic() throws {
        let options = GeneratorOptions(moduleName: "OpenRouterFiles")
        let first = try Pipeline.generate(specPath: RepositoryPaths.spec.path, options: options)
        let second = try Pipeline.generate(specPath: RepositoryPaths.spec.path, options: options)
        XCTAssertEqual(first.files, second.files)
    }

    func testFilesSpecGeneratesWithoutWarnings() throws {
        let result = try Pipeline.generate(specPath: RepositoryPaths.spec.path, options: GeneratorOptions(moduleName: "OpenRouterFiles"))
        XCTAssertEqual(result.diagnostics, [], result.diagnostics.map(\.description).joined(separator: "\n"))
    }
}
