import Foundation

/// The one entry point the CLI, the plugins and the tests call:
/// load → read → (filter) → name and render → files. Writing is a separate step (`OutputWriter`).
public enum Pipeline {
    /// The outcome of a successful generation.
    public struct Result: Sendable {
        /// Every file of the SDK, sorted by path.
        public let files: [GeneratedFile]
        /// Warnings (never errors: errors throw).
        public let diagnostics: [Diagnostic]
        /// The model that was rendered.
        public let document: APIDocument
        /// The document and generator the files came from (for the manifest).
        public let provenance: Provenance
    }

    /// Generates the SDK for the document at `specPath` in memory.
    ///
    /// - Parameter displayPath: how diagnostics name the document (defaults to `specPath`).
    /// - Throws: `DiagnosticError` with every error and warning, sorted by location, when the document has errors.
    public static func generate(specPath: String, displayPath: String? = nil, options: GeneratorOptions,
                                templates: TemplateSet = .embedded) throws(DiagnosticError) -> Result {
        let shownPath = displayPath ?? specPath
        // One read: the bytes that are loaded are the bytes that are hashed.
        let bytes = try DocumentLoader.readBytes(contentsOf: specPath, displayPath: shownPath)
        let root = try DocumentLoader.load(bytes: bytes, file: shownPath)
        let source = SourceDescription(fileName: URL(fileURLWithPath: specPath).lastPathComponent, sha256: SHA256.hex(bytes))
        return try generate(root: root, file: shownPath, source: source, options: options, templates: templates)
    }

    /// Generates from an already loaded document (for tests and in-memory documents).
    public static func generate(root: Node, file: String, source: SourceDescription, options: GeneratorOptions,
                                templates: TemplateSet = .embedded) throws(DiagnosticError) -> Result {
        let (read, readDiagnostics) = DocumentReader.read(root, file: file)
        guard var document = read else { throw DiagnosticError(readDiagnostics) }
        var diagnostics = readDiagnostics
        document = filtered(document, options: options, diagnostics: &diagnostics)
        let rendered: (files: [GeneratedFile], diagnostics: [Diagnostic])
        do {
            rendered = try SDKRenderer(templates: templates, options: options, source: source).render(document)
        } catch {
            throw DiagnosticError(diagnostics + error.diagnostics)
        }
        diagnostics += rendered.diagnostics.map { locate($0, file: file) }
        var files = rendered.files
        if options.singleFile { files = [SingleFileMerger.merge(files, moduleName: options.moduleName)] }
        return Result(files: files, diagnostics: Diagnostic.sortedForDisplay(diagnostics), document: document,
                      provenance: Provenance(source: source, document: document))
    }

    /// Keeps only the operations the options include.
    private static func filtered(_ document: APIDocument, options: GeneratorOptions, diagnostics: inout [Diagnostic]) -> APIDocument {
        guard !options.includeTags.isEmpty || !options.includeOperations.isEmpty else { return document }
        var result = document
        result.operations = document.operations.filter { operation in
            (options.includeTags.isEmpty || operation.tags.contains { options.includeTags.contains($0) })
                && (options.includeOperations.isEmpty || options.includeOperations.contains(operation.operationID))
        }
        let used = Set(result.operations.flatMap(\.tags))
        result.tags = document.tags.filter { used.contains($0.name) }
        for tag in options.includeTags where !document.tags.contains(where: { $0.name == tag }) {
            diagnostics.append(Diagnostic(.warning, "the configuration includes tag '\(tag)', which no operation has", at: nil))
        }
        for id in options.includeOperations where !document.operations.contains(where: { $0.operationID == id }) {
            diagnostics.append(Diagnostic(.warning, "the configuration includes operation '\(id)', which the document does not have", at: nil))
        }
        return result
    }

    /// Diagnostics from later stages carry pointers; give the ones without a location the document's name.
    private static func locate(_ diagnostic: Diagnostic, file: String) -> Diagnostic {
        guard diagnostic.location == nil, diagnostic.pointer != nil else { return diagnostic }
        return Diagnostic(diagnostic.severity, diagnostic.message, at: SourceLocation(file: file, line: 1, column: 1), pointer: diagnostic.pointer)
    }
}
