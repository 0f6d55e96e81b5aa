import Foundation

/// Where the reader finds the other files a document's `$ref`s name (`common.yaml#/components/schemas/Pet`).
public struct ExternalFiles: Sendable {
    private let read: @Sendable (_ path: String, _ displayName: String) throws(DiagnosticError) -> [UInt8]

    /// Files read by `read(path, displayName)`: the bytes of the file at a standardized absolute path, or an
    /// error diagnostic naming it `displayName`.
    public init(read: @escaping @Sendable (_ path: String, _ displayName: String) throws(DiagnosticError) -> [UInt8]) {
        self.read = read
    }

    /// The file system, with the loader's size limit.
    public static let fileSystem = ExternalFiles { path, name throws(DiagnosticError) in
        try DocumentLoader.readFile(path, name: name)
    }

    /// Files held in memory by absolute path (for tests); any other path is missing.
    public static func inMemory(_ files: [String: String]) -> ExternalFiles {
        ExternalFiles { path, name throws(DiagnosticError) in
            guard let text = files[path] else {
                throw DiagnosticError([Diagnostic(.error, "cannot read '\(name)': no such file", at: nil)])
            }
            return Array(text.utf8)
        }
    }

    /// These files, with every file read recorded in `recorder` with its status (taken before reading, so a
    /// change while reading shows), for the up-to-date cache.
    public func recording(into recorder: ExternalFileRecorder) -> ExternalFiles {
        ExternalFiles { path, name throws(DiagnosticError) in
            recorder.record(path: path, stamp: GenerationCache.FileStamp(path: path))
            return try self.read(path, name)
        }
    }

    /// The bytes of the file at `path`.
    func bytes(at path: String, displayName: String) throws(DiagnosticError) -> [UInt8] {
        try read(path, displayName)
    }
}

/// The files an `ExternalFiles.recording(into:)` read, for the up-to-date cache.
public final class ExternalFileRecorder: @unchecked Sendable {
    // Guarded by `lock`.
    private let lock = NSLock()
    private var stamps: [String: GenerationCache.FileStamp] = [:]
    private var unstamped = false

    /// An empty record.
    public init() {}

    func record(path: String, stamp: GenerationCache.FileStamp?) {
        lock.withLock {
            if let stamp, stamps[path] == nil { stamps[path] = stamp }
            if stamp == nil { unstamped = true }
        }
    }

    /// Every file read with its status, sorted by path; nil when one could not be examined (then the run is not
    /// cached).
    public var files: [GenerationCache.FileStamp]? {
        lock.withLock { unstamped ? nil : stamps.sorted { $0.key < $1.key }.map(\.value) }
    }
}
