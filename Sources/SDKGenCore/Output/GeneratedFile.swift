/// One generated file: its path relative to the output folder and its text.
public struct GeneratedFile: Sendable, Equatable {
    /// The path relative to the output folder (`Models/FileMetadata.swift`).
    public let path: String
    /// The file's text.
    public let contents: String

    /// A file at `path` (relative to the output folder) with `contents`.
    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}

/// What the generated files say about where they came from.
public struct SourceDescription: Sendable, Equatable {
    /// The document's file name (no folders, so output does not depend on where it was run).
    public var fileName: String
    /// SHA-256 of the document's bytes, hex.
    public var sha256: String

    /// The description of a document named `fileName` whose bytes hash to `sha256`.
    public init(fileName: String, sha256: String) {
        self.fileName = fileName
        self.sha256 = sha256
    }
}
