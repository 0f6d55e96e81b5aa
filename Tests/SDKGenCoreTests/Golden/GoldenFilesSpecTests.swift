import Foundation
import XCTest
@testable import SDKGenCore

/// `spec/` → `Generated/OpenRouterFiles` is itself the golden pair.
final class GoldenFilesSpecTests: XCTestCase {
    /// Every client of `spec/sdkgen.yaml` (the Files sample, its next version, the whole OpenRouter API, the
    /// real-documents client tested on the wire).
    func testGeneratedFoldersAreWhatTheSpecsProduce() throws {
        let config = try GeneratorConfig.load(
            path: RepositoryPaths.root.appendingPathComponent("spec/sdkgen.yaml").path)
        XCTAssertEqual(
            config.clients.map(\.options.moduleName),
            ["OpenRouterFiles", "OpenRouterFilesNext", "OpenRouter", "RealDocuments"])
        for client in config.clients {
            let result = try Pipeline.generate(specPath: client.spec, options: client.options)
            try GoldenComparison.assertMatches(result.outputFiles, folder: URL(fileURLWithPath: client.output))
        }
    }

    func testGenerationIsDeterministic() throws {
        let options = GeneratorOptions(moduleName: "OpenRouterFiles")
        let first = try Pipeline.generate(specPath: RepositoryPaths.spec.path, options: options)
        let second = try Pipeline.generate(specPath: RepositoryPaths.spec.path, options: options)
        XCTAssertEqual(first.files, second.files)
    }

    func testFilesSpecGeneratesWithoutWarnings() throws {
        let result = try Pipeline.generate(
            specPath: RepositoryPaths.spec.path, options: GeneratorOptions(moduleName: "OpenRouterFiles"))
        XCTAssertEqual(result.diagnostics, [], result.diagnostics.map(\.description).joined(separator: "\n"))
    }
}
