import Foundation

/// Compares generated files with what an output folder holds, for `sdkgen check` and golden tests.
public enum OutputComparer {
    /// One difference between the expected files and the folder.
    public struct Difference: Sendable, Equatable, CustomStringConvertible {
        /// What kind of difference.
        public enum Kind: Sendable, Equatable {
            /// The folder lacks a generated file.
            case missing
            /// A file sdkgen wrote earlier (listed in the manifest) that it no longer generates.
            case stale
            /// The contents differ; the unified diff from folder to expected.
            case changed(diff: String)
        }

        /// The file's path relative to the output folder.
        public let path: String
        /// How it differs.
        public let kind: Kind

        /// The difference as printed by `sdkgen check`.
        public var description: String {
            switch kind {
            case .missing: "--- \(path) is missing: regenerate to create it"
            case .stale: "--- \(path) is no longer generated: regenerate to remove it"
            case .changed(let diff): diff
            }
        }
    }

    /// Every difference between `files` and the folder at `directory`, sorted by path.
    public static func compare(_ files: [GeneratedFile], with directory: String) -> [Difference] {
        let root = URL(fileURLWithPath: directory, isDirectory: true)
        var result: [Difference] = []
        for file in files {
            let url = root.appendingPathComponent(file.path)
            guard let data = try? Data(contentsOf: url) else {
                result.append(Difference(path: file.path, kind: .missing))
                continue
            }
            let existing = String(decoding: data, as: UTF8.self)
            if existing != file.contents {
                let diff = UnifiedDiff.make(
                    old: existing, new: file.contents, oldName: "a/\(file.path)", newName: "b/\(file.path)")
                result.append(Difference(path: file.path, kind: .changed(diff: diff)))
            }
        }
        let generated = Set(files.map(\.path))
        for stale in OutputWriter(directory: directory).readManifest().subtracting(generated).sorted()
        where FileManager.default.fileExists(atPath: root.appendingPathComponent(stale).path) {
            result.append(Difference(path: stale, kind: .stale))
        }
        return result.sorted { $0.path < $1.path }
    }
}
