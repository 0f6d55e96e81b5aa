import Foundation

// The files a run's `$ref`s read, for the up-to-date cache (`GenerationCache`): recorded here, in Output/, so the
// loader knows nothing of the cache.

extension ExternalFiles {
    /// These files, with every file read recorded in `recorder` with its status (taken before reading, so a
    /// change while reading shows), for the up-to-date cache.
    public func recording(into recorder: ExternalFileRecorder) -> ExternalFiles {
        ExternalFiles { path, name throws(DiagnosticError) in
            recorder.record(path: path, stamp: GenerationCache.FileStamp(path: path))
            return try self.bytes(at: path, displayName: name)
        }
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
