import Foundation

/// Loads a YAML or JSON document into a `Node` tree with a line and column on every node.
///
/// Built on libyaml's event parser. JSON goes through the same path (it is YAML flow syntax),
/// so both give the same tree. Errors come back as one `DiagnosticError` holding every problem
/// found (all duplicate keys, say), or the first syntax error libyaml reports.
public enum DocumentLoader {
    /// Bounds that protect the loader from hostile or broken input.
    public struct Limits: Sendable {
        /// The deepest nesting of mappings and sequences allowed.
        public var maxDepth: Int
        /// The most nodes the document may hold once every alias is expanded ("billion laughs" guard).
        public var maxExpandedNodes: Int
        /// The largest document, in bytes.
        public var maxDocumentBytes: Int

        /// Creates limits; the defaults are 256 levels, 2,000,000 nodes and 64 MiB.
        public init(maxDepth: Int = 256, maxExpandedNodes: Int = 2_000_000, maxDocumentBytes: Int = 64 << 20) {
            self.maxDepth = maxDepth
            self.maxExpandedNodes = maxExpandedNodes
            self.maxDocumentBytes = maxDocumentBytes
        }
    }

    /// Loads a document from its bytes with the default limits; `file` names it in locations.
    public static func load(bytes: [UInt8], file: String) throws(DiagnosticError) -> Node {
        try load(bytes: bytes, file: file, limits: Limits())
    }

    /// Loads a document from its bytes; `file` names it in locations.
    public static func load(bytes: [UInt8], file: String, limits: Limits) throws(DiagnosticError) -> Node {
        guard bytes.count <= limits.maxDocumentBytes else {
            throw DiagnosticError([tooLarge(file, size: bytes.count, limit: limits.maxDocumentBytes)])
        }
        let start = SourceLocation(file: file, line: 1, column: 1)
        guard !bytes.isEmpty else {
            throw DiagnosticError([Diagnostic(.error, "the document is empty", at: start)])
        }
        var builder = EventTreeBuilder(file: file, limits: limits)
        var input = bytes
        if JSONInputNormalizer.looksLikeJSON(bytes), let normalized = JSONInputNormalizer.normalize(bytes) {
            input = normalized.bytes
            builder.columns = normalized.columns
        }
        LibYAMLEventReader.read(input, into: &builder)
        if builder.diagnostics.isEmpty, builder.documentCount == 0 || builder.rootIsEmptyScalar {
            builder.error("the document is empty", at: start)
        }
        guard builder.diagnostics.isEmpty, let root = builder.root else {
            if builder.diagnostics.isEmpty {
                builder.error("the document is empty", at: start)
            }
            throw DiagnosticError(builder.diagnostics)
        }
        return root
    }

    /// Reads and loads the file at `path` with the default limits. Locations name the file
    /// `displayPath` when given (the path as the user wrote it), else `path`.
    public static func load(contentsOf path: String, displayPath: String? = nil) throws(DiagnosticError) -> Node {
        try load(contentsOf: path, displayPath: displayPath, limits: Limits())
    }

    /// Reads and loads the file at `path`. A missing file, a directory or an unreadable file
    /// is an error diagnostic naming the path.
    public static func load(
        contentsOf path: String, displayPath: String? = nil,
        limits: Limits
    ) throws(DiagnosticError) -> Node {
        let name = displayPath ?? path
        let bytes = try readFile(path, name: name, limit: limits.maxDocumentBytes)
        return try load(bytes: bytes, file: name, limits: limits)
    }

    /// The bytes of the file at `path` (at most `limit`); a missing, unreadable or too large file is an error
    /// diagnostic naming it `name`.
    public static func readFile(
        _ path: String, name: String,
        limit: Int = Limits().maxDocumentBytes
    ) throws(DiagnosticError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw cannotRead(name, "no such file")
        }
        if isDirectory.boolValue {
            throw cannotRead(name, "it is a directory, not a file")
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw cannotRead(name, "permission denied")
        }
        let data: Data
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            data = try handle.read(upToCount: limit + 1) ?? Data()
        } catch {
            throw cannotRead(name, "\(error.localizedDescription)")
        }
        guard data.count <= limit else {
            throw DiagnosticError([tooLarge(name, size: nil, limit: limit)])
        }
        return [UInt8](data)
    }

    private static func cannotRead(_ name: String, _ reason: String) -> DiagnosticError {
        DiagnosticError([Diagnostic(.error, "cannot read '\(name)': \(reason)", at: nil)])
    }

    /// `size` nil: only known to be past the limit (a file read up to the limit).
    private static func tooLarge(_ name: String, size: Int?, limit: Int) -> Diagnostic {
        let actual = size.map { " (\($0) bytes)" } ?? ""
        return Diagnostic(.error, "'\(name)' is too large to load\(actual): the limit is \(limit) bytes", at: nil)
    }
}
