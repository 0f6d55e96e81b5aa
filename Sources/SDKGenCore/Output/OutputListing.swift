import Foundation

/// What the output folder holds where generated files go, read once before writing: the entries of every folder
/// that a generated path passes through (`readdir`, not a system call per file).
///
/// Asking about each generated file instead (is there a file to compare, is it a folder, is its folder a file,
/// is there a file to keep before the move) cost five failing calls per file on a first run: 4,500 for the
/// whole OpenRouter API. Nothing here is trusted to stay true while writing: a file that appears at a new
/// path during the run is still kept (`OutputWriter` moves new files with a link that fails if one is there).
struct OutputListing {
    /// What is at a path.
    enum Kind: Equatable {
        /// A regular file (or a link to one).
        case file
        /// A folder (or a link to one).
        case folder
        /// Anything else: a broken link, a socket, a device.
        case other
    }

    /// The entries of the listed folders, by path relative to the output folder.
    private var entries: [String: Kind] = [:]
    /// Whether the output folder itself could be listed (false: there is nothing at its path, or no folder).
    private(set) var folderExists = false

    /// The listing of `directory` (absolute) for the relative `paths` to be written: each folder on the way to
    /// one of them, outermost first, as far as the folders exist.
    init(directory: String, paths: some Sequence<String>) {
        var folders: Set<String> = []
        for path in paths {
            var folder = Self.parent(path)
            while folders.insert(folder).inserted, !folder.isEmpty { folder = Self.parent(folder) }
        }
        // Sorted, a folder comes after its parent ("" first), whose listing says whether it exists.
        for folder in folders.sorted() where folder.isEmpty || entries[folder] == .folder {
            list(folder, in: directory)
        }
    }

    /// What is at `path` (relative to the output folder); nil when nothing is, or its folder is not there.
    func kind(of path: String) -> Kind? {
        entries[path]
    }

    /// Whether `path` (relative) is a folder; the output folder itself (`""`) always counts as one.
    func isFolder(_ path: String) -> Bool {
        path.isEmpty || entries[path] == .folder
    }

    /// The names in `folder` that start with `prefix` (read with `readdir`; other names are not made into strings:
    /// the folder next to a new output folder may hold many).
    static func names(in folder: String, withPrefix prefix: String) -> [String] {
        guard let stream = opendir(folder) else { return [] }
        defer { closedir(stream) }
        let wanted = Array(prefix.utf8)
        var names: [String] = []
        while let entry = readdir(stream) {
            if let name = Self.name(of: entry, ifPrefixedBy: wanted) { names.append(name) }
        }
        return names.sorted()
    }

    /// The folder holding a relative path (`a/b` → `a`; `a` → ``).
    static func parent(_ path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[..<slash])
    }

    private mutating func list(_ folder: String, in directory: String) {
        let absolute = folder.isEmpty ? directory : OutputWriter.path(folder, in: directory)
        guard let stream = opendir(absolute) else { return }
        defer { closedir(stream) }
        if folder.isEmpty { folderExists = true }
        let prefix = folder.isEmpty ? "" : folder + "/"
        while let entry = readdir(stream) {
            guard let name = Self.name(of: entry), name != ".", name != ".." else { continue }
            let kind: Kind
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): kind = .file
            case Int32(DT_DIR): kind = .folder
            default: kind = Self.followedKind(OutputWriter.path(name, in: absolute))
            }
            entries[prefix + name] = kind
        }
    }

    /// The name of a `readdir` entry; nil when it does not start with `prefix` (then no string is made).
    private static func name(of entry: UnsafeMutablePointer<dirent>, ifPrefixedBy prefix: [UInt8] = []) -> String? {
        withUnsafeBytes(of: entry.pointee.d_name) { bytes in
            let name = bytes.prefix { $0 != 0 }
            guard name.starts(with: prefix) else { return nil }
            return String(decoding: name, as: UTF8.self)
        }
    }

    /// The kind of what a link (or an entry of unknown type) leads to, as `stat` sees it.
    private static func followedKind(_ path: String) -> Kind {
        var status = stat()
        guard stat(path, &status) == 0 else { return .other }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        default: return .other
        }
    }
}
