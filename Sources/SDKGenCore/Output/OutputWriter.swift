import Foundation

/// Writes generated files into an output folder without losing anything, and all or nothing:
/// - unchanged files are not touched (not even their modification time);
/// - into a folder that does not exist yet, the whole output is written to a hidden staging folder next to it,
///   renamed to the output folder at the end;
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

    /// The output folder's path (absolute, no trailing slash). Paths are plain strings joined with `/`: URL
    /// operations were a tenth of writing a whole API.
    let directory: String
    private let fileManager = FileManager.default
    /// Called before each file is moved into place, with its relative path (tests make it throw to check that
    /// a failure midway leaves the old files).
    var beforeMove: ((String) throws -> Void)?

    /// A writer for the folder at `path`.
    public init(directory path: String) {
        let standardized = URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL.path
        directory =
            standardized.count > 1 && standardized.hasSuffix("/") ? String(standardized.dropLast()) : standardized
    }

    /// Writes `files`, and a manifest that lists them and records `provenance` when given; throws a diagnostic
    /// naming the path on any I/O failure, with the folder as it was.
    public func write(_ files: [GeneratedFile], provenance: Provenance? = nil) throws(DiagnosticError) -> Summary {
        var summary = Summary()
        let previous = readManifest()
        let listing = OutputListing(directory: directory, paths: files.map(\.path) + [Self.manifestName])
        var changes: [(path: String, data: [UInt8])] = []
        var seen: Set<String> = []
        for file in files {
            guard Self.isSafeRelativePath(file.path), !file.path.isEmpty, seen.insert(file.path).inserted else {
                throw Self.failure(
                    "generated file path '\(file.path)' is not a unique path inside the output folder (a bug in sdkgen)"
                )
            }
            let data = Array(file.contents.utf8)
            if listing.kind(of: file.path) == .file, let existing = FileBytes.read(inside(file.path)), existing == data
            {
                summary.unchanged.append(file.path)
            } else {
                changes.append((file.path, data))
                summary.written.append(file.path)
            }
        }
        let manifest = Array(manifestText(files.map(\.path).sorted(), provenance: provenance).utf8)
        if listing.kind(of: Self.manifestName) != .file || FileBytes.read(inside(Self.manifestName)) != manifest {
            changes.append((Self.manifestName, manifest))
        }
        let current = Set(files.map(\.path))
        let stale = previous.subtracting(current).sorted().filter { path in
            Self.isSafeRelativePath(path) && fileManager.fileExists(atPath: inside(path))
        }
        guard !changes.isEmpty || !stale.isEmpty else { return summary }

        if !listing.folderExists, !Self.exists(directory), try writeWholeFolder(changes) { return summary }
        try createDirectory(directory)
        removeLeftoverStaging()
        if !changes.isEmpty { try replace(changes, listing: listing) }
        for path in stale where (try? fileManager.removeItem(atPath: inside(path))) != nil {
            summary.removed.append(path)
        }
        removeEmptyFolders(Set(stale))
        return summary
    }

    /// Paths listed in the manifest of an earlier run.
    func readManifest() -> Set<String> {
        guard let bytes = FileBytes.read(inside(Self.manifestName)) else { return [] }
        let text = String(decoding: bytes, as: UTF8.self)
        return Set(text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.isEmpty })
    }

    private func manifestText(_ paths: [String], provenance: Provenance?) -> String {
        let recorded = provenance?.manifestLines.map { $0 + "\n" }.joined() ?? ""
        return "# Files written by sdkgen; regeneration removes only these when they become stale.\n" + recorded
            + paths.joined(separator: "\n") + "\n"
    }

    /// The path of `relative` inside the output folder.
    private func inside(_ relative: String) -> String {
        Self.path(relative, in: directory)
    }

    /// The path of `relative` inside `folder`, joined as text (`URL.appendingPathComponent` asks the file system
    /// whether the result is a folder: more system calls per file).
    public static func path(_ relative: String, in folder: String) -> String {
        folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
    }

    /// The folder holding `path` (`/a/b` → `/a`; `/a` → `/`).
    private static func parent(_ path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    // MARK: - Staged replacement

    /// One file moved into place, and how to undo it.
    private struct Move {
        let destination: String
        /// The previous file, kept in the staging folder (nil: there was none).
        let backup: String?
    }

    /// A first run, into a folder that does not exist: the whole output is written into a hidden staging folder
    /// next to it, which is then renamed to the output folder in one step (no rename per file, no folders made
    /// twice). False when the folder appeared meanwhile: then the caller writes file by file.
    private func writeWholeFolder(_ changes: [(path: String, data: [UInt8])]) throws(DiagnosticError) -> Bool {
        let parent = Self.parent(directory)
        try createDirectory(parent)
        removeLeftoverStaging(in: parent)
        let staging = Self.path(Self.stagingPrefix + UUID().uuidString, in: parent)
        var renamed = false
        defer { if !renamed { try? fileManager.removeItem(atPath: staging) } }
        var folders: Set<String> = []
        do {
            try fileManager.createDirectory(atPath: staging, withIntermediateDirectories: false)
            for change in changes {
                let folder = OutputListing.parent(change.path)
                if !folder.isEmpty, folders.insert(folder).inserted {
                    try fileManager.createDirectory(atPath: staging + "/" + folder, withIntermediateDirectories: true)
                }
                try UnsyncedFileWrite.write(change.data, to: staging + "/" + change.path)
            }
            for change in changes { try beforeMove?(change.path) }
        } catch {
            throw Self.failure(
                "cannot write the output to '\(directory)': \(Self.describe(error)); nothing was written")
        }
        guard rename(staging, directory) == 0 else {
            let reason = errno
            // Something is at the output path now (another run, or the user): write file by file into it.
            if reason == EEXIST || reason == ENOTEMPTY || reason == ENOTDIR || reason == EISDIR { return false }
            throw Self.failure(
                "cannot move the output into '\(directory)': \(String(cString: strerror(reason))); nothing was written")
        }
        renamed = true
        return true
    }

    /// Whether anything (a file, a folder, a link) is at `path`.
    private static func exists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }

    /// Writes every change to a staging folder, then moves each into place; on failure, undoes the moves.
    /// `listing` is what the output folder held when the run began.
    private func replace(_ changes: [(path: String, data: [UInt8])], listing: OutputListing) throws(DiagnosticError) {
        let staging = inside(Self.stagingPrefix + UUID().uuidString)
        defer { try? fileManager.removeItem(atPath: staging) }
        let fresh = staging + "/new"
        let old = staging + "/old"
        var stagedFolders: Set<String> = []

        // 1. Stage: nothing in the output folder changes yet.
        for change in changes {
            let destination = inside(change.path)
            if listing.kind(of: change.path) == .folder {
                throw Self.failure("cannot write '\(destination)': a folder has that name; remove or rename it")
            }
            var parent = OutputListing.parent(change.path)
            while !parent.isEmpty {
                if listing.kind(of: parent) != nil, !listing.isFolder(parent) {
                    throw Self.failure(
                        "cannot write '\(destination)': '\(inside(parent))' is a file, not a folder; remove or rename it"
                    )
                }
                parent = OutputListing.parent(parent)
            }
            let staged = fresh + "/" + change.path
            let folder = Self.parent(staged)
            if stagedFolders.insert(folder).inserted { try createDirectory(folder) }
            do {
                try UnsyncedFileWrite.write(change.data, to: staged)
            } catch {
                throw Self.failure("cannot write '\(destination)': \(Self.describe(error))")
            }
        }

        // 2. Move into place, keeping each replaced file until all are in place.
        var moves: [Move] = []
        var createdFolders: [String] = []
        var knownFolders: Set<String> = []
        var backupFolders: Set<String> = []
        do {
            for change in changes {
                try beforeMove?(change.path)
                let destination = inside(change.path)
                createdFolders += try createFolders(
                    for: OutputListing.parent(change.path), listing: listing, known: &knownFolders)
                let source = fresh + "/" + change.path
                // A path that was free when the run began gets the file by a link that fails if something is
                // there now; anything that is there is kept first, to be put back if a later move fails.
                if listing.kind(of: change.path) == nil, try placeNew(source, at: destination) {
                    moves.append(Move(destination: destination, backup: nil))
                    continue
                }
                var backup: String?
                if fileManager.fileExists(atPath: destination) {
                    let kept = old + "/" + change.path
                    let folder = Self.parent(kept)
                    if backupFolders.insert(folder).inserted {
                        try fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true)
                    }
                    try keepCopy(of: destination, at: kept)
                    backup = kept
                }
                try move(source, to: destination)
                moves.append(Move(destination: destination, backup: backup))
            }
        } catch {
            undo(moves, createdFolders: createdFolders)
            throw Self.failure(
                "cannot write the output to '\(directory)': \(Self.describe(error)); the folder is as it was")
        }
    }

    /// Puts the staged file `source` at `destination` when nothing is there: a hard link (which fails rather than
    /// replace anything), then the staged name removed. False when something is at `destination` now, or the
    /// file system has no hard links (the caller then checks and renames).
    private func placeNew(_ source: String, at destination: String) throws -> Bool {
        guard link(source, destination) == 0 else { return false }
        guard unlink(source) == 0 else {
            let reason = errno
            unlink(destination)
            throw Self.systemError(source, "cannot move '\(source)' into place", errno: reason)
        }
        return true
    }

    /// A hard link to the file (a copy where links are not supported), so it can be restored.
    private func keepCopy(of file: String, at backup: String) throws {
        if link(file, backup) != 0 {
            try fileManager.copyItem(atPath: file, toPath: backup)
        }
    }

    /// Renames `source` over `destination` (atomic on one file system: the destination is never missing).
    private func move(_ source: String, to destination: String) throws {
        guard rename(source, destination) == 0 else {
            throw Self.systemError(destination, "cannot move into '\(destination)'", errno: errno)
        }
    }

    /// Puts back what `moves` replaced, newest first, and removes the folders created for them.
    private func undo(_ moves: [Move], createdFolders: [String]) {
        for moved in moves.reversed() {
            if let backup = moved.backup {
                _ = rename(backup, moved.destination)
            } else {
                try? fileManager.removeItem(atPath: moved.destination)
            }
        }
        for folder in createdFolders.reversed() {
            if let contents = try? fileManager.contentsOfDirectory(atPath: folder), contents.isEmpty {
                try? fileManager.removeItem(atPath: folder)
            }
        }
    }

    /// Creates the folder `relative` (to the output folder) and its missing parents; returns the absolute paths
    /// of the folders created, outermost first. `known` collects the folders known to be there, which `listing`
    /// (the folders at the start of the run) does not have to list again.
    private func createFolders(for relative: String, listing: OutputListing, known: inout Set<String>) throws
        -> [String]
    {
        var missing: [String] = []
        var current = relative
        while !listing.isFolder(current), !known.contains(current) {
            missing.insert(current, at: 0)
            current = OutputListing.parent(current)
        }
        var created: [String] = []
        for folder in missing {
            let path = inside(folder)
            if mkdir(path, 0o777) == 0 {
                created.append(path)
            } else {
                let reason = errno
                var isDirectory: ObjCBool = false
                // A folder made meanwhile by someone else is fine (and not ours to remove on undo).
                guard reason == EEXIST, fileManager.fileExists(atPath: path, isDirectory: &isDirectory),
                    isDirectory.boolValue
                else { throw Self.systemError(path, "cannot create folder '\(path)'", errno: reason) }
            }
            known.insert(folder)
        }
        return created
    }

    /// Staging folders left by a run that was killed midway (older than ten minutes, so a concurrent run's
    /// folder is left alone).
    private func removeLeftoverStaging(in folder: String? = nil) {
        let folder = folder ?? directory
        for name in OutputListing.names(in: folder, withPrefix: Self.stagingPrefix) {
            let path = Self.path(name, in: folder)
            let modified = (try? fileManager.attributesOfItem(atPath: path))?[.modificationDate] as? Date
            if let modified, Date().timeIntervalSince(modified) > 600 { try? fileManager.removeItem(atPath: path) }
        }
    }

    // MARK: - Folders

    private func createDirectory(_ path: String) throws(DiagnosticError) {
        var isDirectory: ObjCBool = false
        if fileManager.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw Self.failure("'\(path)' exists and is not a folder; choose another output folder")
            }
            return
        }
        do {
            try fileManager.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw Self.failure("cannot create folder '\(path)': \(Self.describe(error))")
        }
    }

    private func removeEmptyFolders(_ removed: Set<String>) {
        let folders = Set(removed.map { ($0 as NSString).deletingLastPathComponent }.filter { !$0.isEmpty })
        for folder in folders.sorted(by: { $0.count > $1.count }) where Self.isSafeRelativePath(folder) {
            let path = inside(folder)
            if let contents = try? fileManager.contentsOfDirectory(atPath: path), contents.isEmpty {
                try? fileManager.removeItem(atPath: path)
            }
        }
    }

    /// A manifest entry may only name a file below the output folder.
    static func isSafeRelativePath(_ path: String) -> Bool {
        // On bytes: splitting the `String` into `Character`s was 13,000 instructions a path.
        let bytes = path.utf8
        guard bytes.first != UInt8(ascii: "/"), !bytes.contains(UInt8(ascii: "\\")) else { return false }
        return !bytes.split(separator: UInt8(ascii: "/")).contains { $0.elementsEqual("..".utf8) }
    }

    /// The error of a failed system call: `message` and the system's reason for `errno`.
    private static func systemError(_ path: String, _ message: String, errno code: Int32) -> CocoaError {
        CocoaError(
            .fileWriteUnknown,
            userInfo: [
                NSFilePathErrorKey: path, NSLocalizedDescriptionKey: "\(message): \(String(cString: strerror(code)))",
            ])
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
