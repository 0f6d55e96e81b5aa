import Foundation

/// Paths inside this repository, found from this file's location so tests run from any folder.
enum RepositoryPaths {
    /// The repository root.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var spec: URL { root.appendingPathComponent("spec/openrouter-files.openapi.yaml") }
    static var generated: URL { root.appendingPathComponent("Generated/OpenRouterFiles") }
    static var fixtures: URL { root.appendingPathComponent("Tests/Fixtures") }

    /// Whether golden files should be rewritten instead of compared (`SDKGEN_UPDATE_GOLDEN=1`).
    static var updateGolden: Bool { ProcessInfo.processInfo.environment["SDKGEN_UPDATE_GOLDEN"] == "1" }
}
