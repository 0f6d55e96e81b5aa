import Foundation

/// Writes generated files into an output folder without losing anything:
/// unchanged files are not touched, each changed file is replaced atomically, and only stale files that
/// sdkgen itself wrote (listed in its manifest) are removed. Any other file in the folder survives.
public struct OutputWriter {
    /// The manifest's file name inside the output folder.
    public static let manifestName = ".sdkgen-manifest"

    /// What a write changed.
    public struct Summary: Sendable, Equatable {
        public var written: [String] = []
        public var unchanged: [String] = []
        public var removed: [String] = []
    }

    let directory: URL
    private let fileManager = FileManager.default

    /// A writer for the folder at `path`.
    public init(directory path: String) {
        directory = URL(fileURLWithPath: path, isDirectory: true)
    }

    /// Writes `files`; throws a diagnostic naming the path on any I/O failure.
    public func write(_ files: [GeneratedFile]) throws(DiagnosticError) -> Summary {
        var summary = Summary()
        let previous = readManifest()
        try createDirectory(directory)
        for file in files {
            let url = directory.appendingPathComponent(file.path)
            let data = Data(file.contents.utf8)
            if let existing = try? Data(contentsOf: url), existing == data {
                summary.unchanged.append(file.path)
                continue
            }
            try createDirectory(url.deletingLastPathComponent())
            do {
                try data.write(to: url, options: .atomic)
            } catch {
                throw DiagnosticError([Diagnostic(.error, "cannot write '\(url.path)': \(error.localizedDescription)", at: nil)])
            }
            summary.written.append(file.path)
        }
        let current = Set(files.map(\.path))
        for stale in previous.subtracting(current).sorted() where Self.isSafeRelativePath(stale) {
            let url = directory.appendingPathComponent(stale)
            if (try? fileManager.removeItem(at: url)) != nil { summary.removed.append(stale) }
        }
        removeEmptyFolders(previous.subtracting(current))
        try writeManifest(files.map(\.path).sorted())
        return summary
    }

    /// Paths listed in the manifest of an earlier run.
    func readManifest() -> Set<String> {
        let url = directory.appendingPathComponent(Self.manifestName)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return Set(text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.isEmpty })
    }

    private func writeManifest(_ paths: [String]) throws(DiagnosticError) {
        let text = "# Files written by sdkgen; regeneration removes only these when they become stale.\n"
            + paths.joined(separator: "\n") + "\n"
        let url = directory.appendingPathComponent(Self.manifestName)
        if (try? String(contentsOf: url, encoding: .utf8)) == text { return }
        do {
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            throw DiagnosticError([Diagnostic(.error, "cannot write '\(url.path)': \(error.localizedDescription)", at: nil)])
        }
    }

    private func createDirectory(_ url: URL) throws(DiagnosticError) {
        var isDirectory: ObjCBool = false
        if fileManager.fileExists(atPath: url.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw DiagnosticError([Diagnostic(.error, "'\(url.path)' exists and is not a folder; choose another output folder", at: nil)])
            }
            return
        }
        do {
            try fileManager.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw DiagnosticError([Diagnostic(.error, "cannot create folder '\(url.path)': \(error.localizedDescription)", at: nil)])
        }
    }

    private func removeEmptyFolders(_ removed: Set<String>) {
        let folders = Set(removed.map { ($0 as NSString).deletingLastPathComponent }.filter { !$0.isEmpty })
        for folder in folders.sorted(by: { $0.count > $1.count }) where Self.isSafeRelativePath(folder) {
            let url = directory.appendingPathComponent(folder)
            if let contents = try? fileManager.contentsOfDirectory(atPath: url.path), contents.isEmpty {
                try? fileManager.removeItem(at: url)
            }
        }
    }

    /// A manifest entry may only name a file below the output folder.
    static func isSafeRelativePath(_ path: String) -> Bool {
        !path.hasPrefix("/") && !path.split(separator: "/").contains("..") && !path.contains("\\")
    }
}
