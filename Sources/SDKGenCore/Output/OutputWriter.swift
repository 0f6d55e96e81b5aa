import Foundation

/// Writes generated files into an output folder without losing anything, and all or nothing:
/// - unchanged files are not touched (not even their modification time);
/// - changed files are first written to a hidden staging folder inside the output folder, then moved into place
///   (a rename on the same file system); if anything fails on the way, the files already moved are put back, so
///   the folder holds either the whole old output or the whole new one; files are written without `fsync`
///   (see `UnsyncedFileWrite` for why that is safe for generated output);
/// - only stale files that sdkgen itself wrote (listed in its manifest) are removed. Any other file survives.
public struct OutputWriter {
    /// The manifest's file name inside the output folder.
    public static let manifestName = ".sdkgen-manifest"
    /// The name prefix of the staging folders (hidden, so SwiftPM and editors ignore them).
    static let stagingPrefix = ".sdkgen-staging-"

    /// What a write changed.
    public struct Summary: Sendable, Equatable {
        /// Files written because they were new or changed.
        public var written: [String] = []
        /// Files already up to date, left untouched.
        public var unchanged: [String] = []
        /// Files of an earlier run that sdkgen no longer produces, removed.
        public var removed: [String] = []
    }

    let directory: URL
    private let fileManager = FileManager.default
    /// Called before each file is moved into place, with its relative path (tests make it throw to check that
    /// a failure midway leaves the old files).
    var beforeMove: ((String) throws -> Void)?

    /// A writer for the folder at `path`.
    public init(directory path: String) {
        directory = URL(fileURLWithPath: path, isDirectory: true)
    }

    /// Writes `files`, and a manifest that lists them and records `provenance` when given; throws a diagnostic
    /// naming the path on any I/O failure, with the folder as it was.
    public func write(_ files: [GeneratedFile], provenance: Provenance? = nil) throws(DiagnosticError) -> Summary {
        var summary = Summary()
        let previous = readManifest()
        var changes: [(path: String, data: Data)] = []
        var seen: Set<String> = []
        for file in files {
            guard Self.isSafeRelativePath(file.path), !file.path.isEmpty, seen.insert(file.path).inserted else {
                throw Self.failure(
                    "generated file path '\(file.path)' is not a unique path inside the output folder (a bug in sdkgen)"
                )
            }
            let data = Data(file.contents.utf8)
            if let existing = try? Data(contentsOf: directory.appendingPathComponent(file.path)), existing == data {
                summary.unchanged.append(file.path)
            } else {
                changes.append((file.path, data))
                summary.written.append(file.path)
            }
        }
        let manifest = Data(manifestText(files.map(\.path).sorted(), provenance: provenance).utf8)
        if (try? Data(contentsOf: directory.appendingPathComponent(Self.manifestName))) != manifest {
            changes.append((Self.manifestName, manifest))
        }
        let current = Set(files.map(\.path))
        let stale = previous.subtracting(current).sorted().filter { path in
            Self.isSafeRelativePath(path) && fileManager.fileExists(atPath: directory.appendingPathComponent(path).path)
        }
        guard !changes.isEmpty || !stale.isEmpty else { return summary }

        try createDirectory(directory)
        removeLeftoverStaging()
        if !changes.isEmpty { try replace(changes) }
        for path in stale where (try? fileManager.removeItem(at: directory.appendingPathComponent(path))) != nil {
            summary.removed.append(path)
        }
        removeEmptyFolders(Set(stale))
        return summary
    }

    /// Paths listed in the manifest of an earlier run.
    func readManifest() -> Set<String> {
        let url = directory.appendingPathComponent(Self.manifestName)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return Set(text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.isEmpty })
    }

    private func manifestText(_ paths: [String], provenance: Provenance?) -> String {
        let recorded = provenance?.manifestLines.map { $0 + "\n" }.joined() ?? ""
        return "# Files written by sdkgen; regeneration removes only these when they become stale.\n" + recorded
            + paths.joined(separator: "\n") + "\n"
    }

    // MARK: - Staged replacement

    /// One file moved into place, and how to undo it.
    private struct Move {
        let destination: URL
        /// The previous file, kept in the staging folder (nil: there was none).
        let backup: URL?
    }

    /// Writes every change to a staging folder, then moves each into place; on failure, undoes the moves.
    private func replace(_ changes: [(path: String, data: Data)]) throws(DiagnosticError) {
        let staging = directory.appendingPathComponent(Self.stagingPrefix + UUID().uuidString, isDirectory: true)
        defer { try? fileManager.removeItem(at: staging) }
        let fresh = staging.appendingPathComponent("new", isDirectory: true)
        let old = staging.appendingPathComponent("old", isDirectory: true)

        // 1. Stage: nothing in the output folder changes yet.
        for change in changes {
            let destination = directory.appendingPathComponent(change.path)
            var isDirectory: ObjCBool = false
            if fileManager.fileExists(atPath: destination.path, isDirectory: &isDirectory), isDirectory.boolValue {
                throw Self.failure("cannot write '\(destination.path)': a folder has that name; remove or rename it")
            }
            var parent = destination.deletingLastPathComponent()
            while parent.path.count > directory.path.count {
                if fileManager.fileExists(atPath: parent.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                    throw Self.failure(
                        "cannot write '\(destination.path)': '\(parent.path)' is a file, not a folder; remove or rename it"
                    )
                }
                parent = parent.deletingLastPathComponent()
            }
            let url = fresh.appendingPathComponent(change.path)
            try createDirectory(url.deletingLastPathComponent())
            do {
                try UnsyncedFileWrite.write(change.data, to: url.path)
            } catch {
                throw Self.failure("cannot write '\(destination.path)': \(Self.describe(error))")
            }
        }

        // 2. Move into place, keeping each replaced file until all are in place.
        var moves: [Move] = []
        var createdFolders: [URL] = []
        do {
            for change in changes {
                try beforeMove?(change.path)
                let destination = directory.appendingPathComponent(change.path)
                createdFolders += try createFolders(for: destination.deletingLastPathComponent())
                var backup: URL?
                if fileManager.fileExists(atPath: destination.path) {
                    let url = old.appendingPathComponent(change.path)
                    try fileManager.createDirectory(
                        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try keepCopy(of: destination, at: url)
                    backup = url
                }
                try move(fresh.appendingPathComponent(change.path), to: destination)
                moves.append(Move(destination: destination, backup: backup))
            }
        } catch {
            undo(moves, createdFolders: createdFolders)
            throw Self.failure(
                "cannot write the output to '\(directory.path)': \(Self.describe(error)); the folder is as it was")
        }
    }

    /// A hard link to the file (a copy where links are not supported), so it can be restored.
    private func keepCopy(of file: URL, at backup: URL) throws {
        if link(file.path, backup.path) != 0 {
            try fileManager.copyItem(at: file, to: backup)
        }
    }

    /// Renames `source` over `destination` (atomic on one file system: the destination is never missing).
    private func move(_ source: URL, to destination: URL) throws {
        guard rename(source.path, destination.path) == 0 else {
            throw CocoaError(
                .fileWriteUnknown,
                userInfo: [
                    NSFilePathErrorKey: destination.path,
                    NSLocalizedDescriptionKey:
                        "cannot move into '\(destination.path)': \(String(cString: strerror(errno)))",
                ])
        }
    }

    /// Puts back what `moves` replaced, newest first, and removes the folders created for them.
    private func undo(_ moves: [Move], createdFolders: [URL]) {
        for moved in moves.reversed() {
            if let backup = moved.backup {
                _ = rename(backup.path, moved.destination.path)
            } else {
                try? fileManager.removeItem(at: moved.destination)
            }
        }
        for folder in createdFolders.reversed() {
            if let contents = try? fileManager.contentsOfDirectory(atPath: folder.path), contents.isEmpty {
                try? fileManager.removeItem(at: folder)
            }
        }
    }

    /// Creates `folder` and missing parents; returns the folders created, outermost first.
    private func createFolders(for folder: URL) throws -> [URL] {
        var missing: [URL] = []
        var current = folder
        while !fileManager.fileExists(atPath: current.path), current.path != directory.path,
            current.pathComponents.count > 1
        {
            missing.insert(current, at: 0)
            current = current.deletingLastPathComponent()
        }
        for url in missing { try fileManager.createDirectory(at: url, withIntermediateDirectories: false) }
        return missing
    }

    /// Staging folders left by a run that was killed midway (older than ten minutes, so a concurrent run's
    /// folder is left alone).
    private func removeLeftoverStaging() {
        guard let names = try? fileManager.contentsOfDirectory(atPath: directory.path) else { return }
        for name in names where name.hasPrefix(Self.stagingPrefix) {
            let url = directory.appendingPathComponent(name)
            let modified = (try? fileManager.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date
            if let modified, Date().timeIntervalSince(modified) > 600 { try? fileManager.removeItem(at: url) }
        }
    }

    // MARK: - Folders

    private func createDirectory(_ url: URL) throws(DiagnosticError) {
        var isDirectory: ObjCBool = false
        if fileManager.fileExists(atPath: url.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw Self.failure("'\(url.path)' exists and is not a folder; choose another output folder")
            }
            return
        }
        do {
            try fileManager.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw Self.failure("cannot create folder '\(url.path)': \(Self.describe(error))")
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
        !path.hasPrefix("/") && !path.split(separator: "/").contains("..") && !path.utf8.contains(UInt8(ascii: "\\"))
    }

    private static func failure(_ message: String) -> DiagnosticError {
        DiagnosticError([Diagnostic(.error, message, at: nil)])
    }

    private static func describe(_ error: any Error) -> String {
        if let cocoa = error as? CocoaError, let text = cocoa.userInfo[NSLocalizedDescriptionKey] as? String {
            return text
        }
        return error.localizedDescription
    }
}
