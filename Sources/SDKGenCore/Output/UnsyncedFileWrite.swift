import Foundation

/// Writes a staged file with plain POSIX calls and no `fsync`.
///
/// Foundation's `Data.write(to:)` syncs every file on Linux, so writing a whole API (hundreds of files) spent
/// most of its time waiting on the disk. The output does not need that: files are written into the staging
/// folder and only then renamed into place, so a killed run never leaves a half-written file in the output
/// folder; and the output is a pure function of the document, so after a power loss (the one case a sync
/// would cover) `sdkgen check` reports any damage and rerunning `sdkgen` repairs it.
enum UnsyncedFileWrite {
    /// Creates or truncates the file at `path` and writes all of `data`; throws with the system's reason.
    static func write(_ data: some ContiguousBytes, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw failure(path) }
        var written = 0
        let result: Int32 = data.withUnsafeBytes { buffer in
            while written < buffer.count {
                let count = Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    return -1
                }
                written += count
            }
            return 0
        }
        let writeError = errno
        if close(descriptor) != 0, result == 0 { throw failure(path) }
        guard result == 0 else {
            errno = writeError
            throw failure(path)
        }
    }

    private static func failure(_ path: String) -> CocoaError {
        CocoaError(
            .fileWriteUnknown,
            userInfo: [
                NSFilePathErrorKey: path,
                NSLocalizedDescriptionKey: String(cString: strerror(errno)),
            ])
    }
}
