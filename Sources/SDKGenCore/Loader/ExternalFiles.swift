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

    /// The bytes of the file at `path`.
    func bytes(at path: String, displayName: String) throws(DiagnosticError) -> [UInt8] {
        try read(path, displayName)
    }
}
