import Foundation

/// A throwaway folder with `spec/sdkgen.yaml` and a copy of the Files document (`spec/files.openapi.yaml`).
enum Workspace {
    /// The repository root.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static var filesSpec: URL { root.appendingPathComponent("spec/openrouter-files.openapi.yaml") }

    static func make(config: String?) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sdkgen-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("spec"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: filesSpec, to: folder.appendingPathComponent("spec/files.openapi.yaml"))
        if let config {
            try Data((config + "\n").utf8).write(to: folder.appendingPathComponent("spec/sdkgen.yaml"))
        }
        return folder
    }

    /// The Swift files below `folder`, relative and sorted.
    static func swiftFiles(in folder: URL) throws -> [String] {
        let names = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        return names.filter { $0.hasSuffix(".swift") }.sorted()
    }
}
