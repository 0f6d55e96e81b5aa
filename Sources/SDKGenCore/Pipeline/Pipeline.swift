import Foundation

/// The one entry point the CLI, the plugins and the tests call. Each stage takes the previous one's value:
///
/// | stage | folder | input → output |
/// |---|---|---|
/// | load | `Loader/` | `[UInt8]` → `Node` |
/// | read | `Reader/` | `Node` → `APIDocument` |
/// | filter | `Filter/` | `APIDocument` → `APIDocument` |
/// | plan | `Planning/`, `Naming/` | `APIDocument` → `SDKPlan` |
/// | build views | `Rendering/Builders/` | `SDKPlan` → `[FileJob]` |
/// | render | `Rendering/` | `[FileJob]` → `[GeneratedFile]` |
/// | merge | `Output/` | `[GeneratedFile]` → `[GeneratedFile]` (one file with `singleFile`) |
///
/// Writing is a separate step (`OutputWriter`).
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
        /// The public API of the files, recorded next to them (`SurfaceRecord`) and compared on regeneration.
        public let surface: APISurface

        /// The files to write into the output folder: the Swift files and the API record (made once).
        public let outputFiles: [GeneratedFile]

        init(
            files: [GeneratedFile], diagnostics: [Diagnostic], document: APIDocument, provenance: Provenance,
            surface: APISurface, record: GeneratedFile
        ) {
            self.files = files
            self.diagnostics = diagnostics
            self.document = document
            self.provenance = provenance
            self.surface = surface
            outputFiles = files + [record]
        }
    }

    /// Generates the SDK for the document at `specPath` in memory, reading the file once.
    ///
    /// - Parameters:
    ///   - displayPath: how diagnostics name the document (defaults to `specPath`).
    ///   - externalFiles: where the files other `$ref`s name are read from.
    /// - Throws: `DiagnosticError` with every error and warning, sorted by location, when the document has errors.
    public static func generate(
        specPath: String, displayPath: String? = nil, externalFiles: ExternalFiles = .fileSystem,
        options: GeneratorOptions, templates: TemplateSet = .embedded
    ) throws(DiagnosticError) -> Result {
        let shownPath = displayPath ?? specPath
        let bytes = try DocumentLoader.readFile(specPath, name: shownPath)
        return try generate(
            bytes: bytes, file: shownPath, fileName: URL(fileURLWithPath: specPath).lastPathComponent,
            externalFiles: externalFiles, options: options, templates: templates)
    }

    /// Generates the SDK for a document's bytes.
    ///
    /// - Parameters:
    ///   - file: how diagnostics name the document; relative `$ref`s to other files resolve against it.
    ///   - fileName: the document's name in headers and the manifest (defaults to the last part of `file`).
    ///   - externalFiles: where the files other `$ref`s name are read from.
    /// - Throws: `DiagnosticError` with every error and warning, sorted by location, when the document has errors.
    public static func generate(
        bytes: [UInt8], file: String, fileName: String? = nil,
        externalFiles: ExternalFiles = .fileSystem, options: GeneratorOptions,
        templates: TemplateSet = .embedded
    ) throws(DiagnosticError) -> Result {
        // The hash and the parse are independent: one on each core.
        let (loaded, sha256) = ConcurrentPair.run(
            {
                Swift.Result { () throws(DiagnosticError) in try DocumentLoader.load(bytes: bytes, file: file) }
            }, { SHA256.hex(bytes) })
        let source = SourceDescription(
            fileName: fileName ?? URL(fileURLWithPath: file).lastPathComponent, sha256: sha256)
        let root = try loaded.get()
        // The tree is not needed after the read; a command-line run keeps it rather than free it just before exiting.
        defer { KeptUntilExit.keep(root) }
        return try generate(
            root: root, file: file, source: source, externalFiles: externalFiles, options: options,
            templates: templates)
    }

    /// Generates from an already loaded document: read → filter → plan → build views → render → merge.
    public static func generate(
        root: Node, file: String, source: SourceDescription,
        externalFiles: ExternalFiles = .fileSystem, options: GeneratorOptions,
        templates: TemplateSet = .embedded
    ) throws(DiagnosticError) -> Result {
        let (read, readDiagnostics) = DocumentReader.readEvenWithErrors(root, file: file, externalFiles: externalFiles)
        guard let document = read, !readDiagnostics.contains(where: { $0.severity == .error }) else {
            // Every error of the document in one run: the plan's recursion errors too.
            throw DiagnosticError(readDiagnostics + (read.map(Planner.recursionErrors) ?? []))
        }
        var diagnostics = readDiagnostics
        let filtered = OperationFilter.apply(options, to: document, diagnostics: &diagnostics)
        do {
            let plan = try Planner.plan(filtered, options: options, reservedTypeNames: RuntimeTypeNames.all)
            // A template set without runtime templates (as the fuzz tests use) renders no runtime, and neither does
            // a client that imports the runtime module.
            let runtime =
                options.runtime == .module
                ? []
                : RuntimeSelection.templateNames(for: plan.runtimeFeatures).filter { templates.texts[$0] != nil }
            let described = "\(source.fileName) (\(document.title) \(document.version))"
            // The views and the API surface (and its record) both read only the plan: one on each core.
            let (views, (surface, record)) = ConcurrentPair.run(
                {
                    FileViewBuilder(plan: plan, source: source, runtimeTemplates: runtime).build()
                },
                {
                    let surface = SurfaceBuilder(plan: plan, source: described).build()
                    return (surface, SurfaceRecord.file(surface))
                })
            diagnostics += (plan.diagnostics + views.diagnostics).map { locate($0, file: file) }
            let files = try ParallelRenderer.render(views.jobs, engine: templates.engine()).sorted {
                $0.path < $1.path
            }
            let merged = options.singleFile ? [SingleFileMerger.merge(files, moduleName: options.moduleName)] : files
            return Result(
                files: merged, diagnostics: Diagnostic.sortedForDisplay(diagnostics), document: plan.document,
                provenance: Provenance(source: source, document: plan.document), surface: surface, record: record)
        } catch {
            throw DiagnosticError(diagnostics + error.diagnostics.map { locate($0, file: file) })
        }
    }

    /// Diagnostics from later stages carry pointers; give the ones without a location the document's name.
    private static func locate(_ diagnostic: Diagnostic, file: String) -> Diagnostic {
        guard diagnostic.location == nil, diagnostic.pointer != nil else { return diagnostic }
        return Diagnostic(
            diagnostic.severity, diagnostic.message, at: SourceLocation(file: file, line: 1, column: 1),
            pointer: diagnostic.pointer, category: diagnostic.category)
    }
}
