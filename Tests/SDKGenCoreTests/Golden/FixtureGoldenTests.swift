import Foundation
import XCTest
@testable import SDKGenCore

/// One small document per feature under `Tests/Fixtures/<name>/openapi.yaml`, with its expected output in
/// `Expected/` (runtime files left out: they are the same for every document and covered by the Files sample).
/// Each expected output is also type-checked in Swift 6 mode with warnings as errors.
final class FixtureGoldenTests: XCTestCase {
    static let names = [
        "all-of", "arrays-of-refs", "external-refs", "binary-response", "enums", "multipart", "nullable",
        "one-of-discriminator",
        "parameters", "status-ranges", "hostile", "recursive", "idempotency", "request-bodies",
        "success-outcomes", "url-pagination",
        "json-streams",
    ]

    /// Idempotency headers a fixture's options name (as `idempotencyHeaders` in `sdkgen.yaml` would).
    static let idempotencyHeaders = ["idempotency": ["X-Dedup-Token"]]

    func testEveryFixtureFolderIsListed() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.fixtures.path)
            .filter {
                FileManager.default.fileExists(
                    atPath: RepositoryPaths.fixtures.appendingPathComponent("\($0)/openapi.yaml").path)
            }
        XCTAssertEqual(Set(folders), Set(Self.names))
    }

    func testFixturesMatchTheirExpectedOutput() throws {
        for name in Self.names {
            let result = try generate(name)
            let modelFiles = result.files.filter { !$0.path.hasPrefix("Runtime/") }
            try GoldenComparison.assertMatches(modelFiles, folder: expectedFolder(name))
        }
    }

    func testFixtureOutputsTypeCheckWithoutWarnings() throws {
        var folders: [(name: String, folder: URL)] = []
        for name in Self.names {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "sdkgen-typecheck-\(name)-\(UUID().uuidString)")
            _ = try OutputWriter(directory: folder.path).write(try generate(name).files)
            folders.append((name, folder))
        }
        defer { for entry in folders { try? FileManager.default.removeItem(at: entry.folder) } }
        let outputs = SwiftCompiler.typecheckConcurrently(folders.map(\.folder))
        for (entry, output) in zip(folders, outputs) {
            XCTAssertEqual(output.status, 0, "\(entry.name) does not type-check:\n\(output.text)")
        }
    }

    private func generate(_ name: String) throws -> Pipeline.Result {
        let spec = RepositoryPaths.fixtures.appendingPathComponent("\(name)/openapi.yaml")
        var options = GeneratorOptions(moduleName: SwiftIdentifier.typeName(name))
        options.idempotencyHeaders = Self.idempotencyHeaders[name] ?? []
        return try Pipeline.generate(
            specPath: spec.path, displayPath: "Tests/Fixtures/\(name)/openapi.yaml",
            options: options)
    }

    private func expectedFolder(_ name: String) -> URL {
        RepositoryPaths.fixtures.appendingPathComponent("\(name)/Expected")
    }
}
