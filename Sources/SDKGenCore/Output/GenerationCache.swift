import Foundation

/// What a run generated into an output folder, remembered outside that folder, so that a run with the same inputs
/// whose output folder is as that run left it can skip generating (the up-to-date short-cut).
///
/// The key covers everything the output and the diagnostics depend on: the generator (its version, and the
/// executable's size and modification time, so a rebuilt sdkgen never reuses an entry), the document and the path
/// diagnostics show, the options and the templates. Files are compared by their status, as git's index does: path,
/// device, inode, size, and modification and change times to the nanosecond (`FileStamp`). Any write to a file
/// changes its change time, which no tool can set back, so a changed document, a changed file its `$ref`s read, or
/// an edited, removed or replaced output file means a full run, and nothing needs to be read or hashed to know.
/// Nothing is cached inside the output folder, so vendored output is the same on every machine.
public struct GenerationCache: Sendable {
    /// The folder that holds one entry per output folder.
    public let directory: URL

    /// A cache in `directory`.
    public init(directory: URL) {
        self.directory = directory
    }

    /// The cache the command line uses: `SDKGEN_CACHE_DIR`, else `$XDG_CACHE_HOME/sdkgen`, else
    /// `~/.cache/sdkgen`; nil (no short-cut) when `SDKGEN_CACHE_DIR` is `off` or no folder is known.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment)
        -> GenerationCache?
    {
        if let explicit = environment["SDKGEN_CACHE_DIR"], !explicit.isEmpty {
            return explicit == "off" ? nil : GenerationCache(directory: URL(fileURLWithPath: explicit))
        }
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            return GenerationCache(directory: URL(fileURLWithPath: xdg).appendingPathComponent("sdkgen"))
        }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return GenerationCache(directory: URL(fileURLWithPath: home).appendingPathComponent(".cache/sdkgen"))
    }

    // MARK: - Keys and entries

    /// The digest of every input known before generating.
    public struct Key: Sendable, Equatable {
        /// SHA-256 of the inputs' canonical text, hex.
        public let digest: String

        /// The key of a run of `generator` (`GenerationCache.generatorIdentity()`) on the document at
        /// `documentPath`; nil when the document cannot be examined.
        public init?(
            generator: String, documentPath: String, displayPath: String, options: GeneratorOptions,
            templates: TemplateSet
        ) {
            guard let document = FileStamp(path: URL(fileURLWithPath: documentPath).standardizedFileURL.path) else {
                return nil
            }
            var text = "sdkgen-cache-key 3\ngenerator: \(generator)\ndisplay: \(displayPath.debugDescription)\n"
            text += "document: \(document.text)\noptions: \(options.keyText)\n"
            text += "templates: \(Self.templatesDigest(templates))\n"
            digest = SHA256.hex(Array(text.utf8))
        }

        /// `embedded` for the built-in templates (part of the executable), else a hash of every name and text.
        private static func templatesDigest(_ templates: TemplateSet) -> String {
            if templates.texts == TemplateSet.embedded.texts { return "embedded" }
            var bytes: [UInt8] = []
            for (name, text) in templates.texts.sorted(by: { $0.key < $1.key }) {
                bytes += Array(name.utf8) + [0] + Array(text.utf8) + [0]
            }
            return SHA256.hex(bytes)
        }
    }

    /// A file's status, by which it is known unchanged: a write changes at least its change time.
    public struct FileStamp: Sendable, Equatable {
        /// An absolute path (inputs) or a path relative to the output folder (outputs).
        public var path: String
        var device: UInt64
        var inode: UInt64
        var size: Int64
        var modified: [Int]
        var changed: [Int]

        /// The status of the regular file at `path` (relative paths are taken from the working folder), named
        /// `name`; nil when there is no such file.
        public init?(path: String, name: String? = nil) {
            var status = stat()
            guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
            self.path = name ?? path
            device = UInt64(status.st_dev)
            inode = UInt64(status.st_ino)
            size = Int64(status.st_size)
            #if canImport(Darwin)
                modified = [Int(status.st_mtimespec.tv_sec), Int(status.st_mtimespec.tv_nsec)]
                changed = [Int(status.st_ctimespec.tv_sec), Int(status.st_ctimespec.tv_nsec)]
            #else
                modified = [Int(status.st_mtim.tv_sec), Int(status.st_mtim.tv_nsec)]
                changed = [Int(status.st_ctim.tv_sec), Int(status.st_ctim.tv_nsec)]
            #endif
        }

        /// The stamp as one line of a key.
        var text: String {
            // Numbers joined by hand: an array's `description` prints each element through reflection.
            func numbers(_ values: [Int]) -> String { "[" + values.map(String.init).joined(separator: ", ") + "]" }
            return "\(path.debugDescription) \(device) \(inode) \(size) \(numbers(modified)) \(numbers(changed))"
        }
    }

    /// What a run read, wrote and reported.
    public struct Entry: Sendable, Equatable {
        /// The other files the document's `$ref`s read.
        public var inputs: [FileStamp]
        /// Every file the run left in the output folder (the Swift files, the API record and the manifest), by
        /// its path relative to the folder.
        public var outputs: [FileStamp]
        /// The run's warnings, to print again.
        public var diagnostics: [Diagnostic]
        /// How many Swift files the client has (for the summary line).
        public var swiftFileCount: Int

        /// An entry.
        public init(inputs: [FileStamp], outputs: [FileStamp], diagnostics: [Diagnostic], swiftFileCount: Int) {
            self.inputs = inputs
            self.outputs = outputs
            self.diagnostics = diagnostics
            self.swiftFileCount = swiftFileCount
        }
    }

    // MARK: - Looking up and storing

    /// The entry of the last run into `output` when it had this key and every recorded input and output file is
    /// as it was; nil otherwise (any doubt means a full run).
    public func upToDate(_ key: Key, output: String) -> Entry? {
        guard let data = FileBytes.read(entryPath(output).path),
            let stored = CacheEntryFormat.decode(data), stored.key == key.digest
        else { return nil }
        for file in stored.entry.inputs where FileStamp(path: file.path) != file { return nil }
        for file in stored.entry.outputs
        where !OutputWriter.isSafeRelativePath(file.path)
            || FileStamp(path: OutputWriter.path(file.path, in: output), name: file.path) != file
        {
            return nil
        }
        return stored.entry
    }

    /// Records `entry` as the last run into `output` with `key`; a cache that cannot be written is no error
    /// (the next run is simply a full one).
    public func store(_ entry: Entry, key: Key, output: String) {
        let data = Data(CacheEntryFormat.encode(key: key.digest, entry: entry))
        let path = entryPath(output)
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let staged = path.path + ".\(ProcessInfo.processInfo.processIdentifier).tmp"
        guard (try? UnsyncedFileWrite.write(data, to: staged)) != nil else { return }
        if rename(staged, path.path) != 0 { unlink(staged) }
        // Entries before the text format were JSON, named `<hash>.json`: the new entry replaces the old one.
        unlink(path.deletingPathExtension().appendingPathExtension("json").path)
    }

    /// Forgets the entry of `output` (after a run that failed to write).
    public func remove(output: String) {
        unlink(entryPath(output).path)
    }

    /// One file per output folder, named by the hash of its absolute path.
    private func entryPath(_ output: String) -> URL {
        let absolute = URL(fileURLWithPath: output).standardizedFileURL.path
        return directory.appendingPathComponent(SHA256.hex(Array(absolute.utf8)) + ".entry")
    }

    // MARK: - Files

    /// The executable's identity for keys: the version and the executable's status (`FileStamp`: a rebuilt or
    /// replaced generator has another); nil when the executable cannot be found.
    public static func generatorIdentity() -> String? {
        guard let path = Bundle.main.executableURL?.resolvingSymlinksInPath().path,
            let executable = FileStamp(path: path)
        else { return nil }
        return "sdkgen \(GeneratorVersion.current) \(executable.text)"
    }
}

extension GeneratorOptions {
    /// Every option as one line of the cache key: each stored property by its name (`GenerationCacheTests`
    /// checks that none is missing), strings quoted. Written out: `String(reflecting:)` cost a tenth of
    /// generating the Files API (7 M instructions, mostly looking up conformances).
    var keyText: String {
        func quoted(_ text: String?) -> String { text?.debugDescription ?? "nil" }
        func list(_ texts: [String]) -> String { "[" + texts.map(\.debugDescription).joined(separator: ", ") + "]" }
        return "moduleName=\(quoted(moduleName)) accessLevel=\(accessLevel.rawValue) clientName=\(quoted(clientName))"
            + " environmentPrefix=\(quoted(environmentPrefix)) includeTags=\(list(includeTags))"
            + " includeOperations=\(list(includeOperations)) additionalImports=\(list(additionalImports))"
            + " headerComment=\(quoted(headerComment)) singleFile=\(singleFile)"
            + " idempotencyHeaders=\(list(idempotencyHeaders)) runtime=\(runtime.rawValue)"
    }
}
