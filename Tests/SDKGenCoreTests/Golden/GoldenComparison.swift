import Foundation
import XCTest
@testable import SDKGenCore

/// Compares generated files with a committed folder, printing a unified diff; rewrites the folder only with
/// `SDKGEN_UPDATE_GOLDEN=1`.
enum GoldenComparison {
    /// Asserts that `files` equal the folder's contents (missing, extra and changed files all fail).
    static func assertMatches(
        _ files: [GeneratedFile], folder: URL, ignoringPrefix: String? = nil,
        file: StaticString = #filePath, line: UInt = #line
    ) throws {
        if RepositoryPaths.updateGolden {
            _ = try OutputWriter(directory: folder.path).write(files)
            return
        }
        var differences = OutputComparer.compare(files, with: folder.path)
        let generated = Set(files.map(\.path))
        for path in listFiles(in: folder) where !generated.contains(path) && path != OutputWriter.manifestName {
            if let prefix = ignoringPrefix, path.hasPrefix(prefix) { continue }
            differences.append(OutputComparer.Difference(path: path, kind: .stale))
        }
        if !differences.isEmpty {
            XCTFail(
                """
                \(folder.lastPathComponent) differs from what the generator produces (\(differences.count) file(s)); \
                run `swift run sdkgen` or `SDKGEN_UPDATE_GOLDEN=1 swift test` and review the diff:
                \(differences.map(\.description).joined(separator: "\n"))
                """, file: file, line: line)
        }
    }

    /// Every file below a folder, as relative paths.
    static func listFiles(in folder: URL) -> [String] {
        (FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? [])
            .filter { path in
                var isDirectory: ObjCBool = false
                let exists = FileManager.default.fileExists(
                    atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory)
                return exists && !isDirectory.boolValue
            }
            .sorted()
    }
}
