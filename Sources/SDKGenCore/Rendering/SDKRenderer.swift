import Mustache

/// One generated file: its path relative to the output folder and its text.
public struct GeneratedFile: Sendable, Equatable {
    public let path: String
    public let contents: String

    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}

/// The document a run reads: its file name and the hash of its bytes (recorded once per output, in
/// `Client/GeneratedFrom.swift` and the manifest; file headers do not name it).
public struct SourceDescription: Sendable, Equatable {
    /// The document's file name (no folders, so output does not depend on where it was run).
    public var fileName: String
    /// SHA-256 of the document's bytes, hex.
    public var sha256: String

    public init(fileName: String, sha256: String) {
        self.fileName = fileName
        self.sha256 = sha256
    }
}

/// Turns the intermediate model into files: names, view models, then templates.
public struct SDKRenderer {
    let templates: TemplateSet
    let options: GeneratorOptions
    let source: SourceDescription

    /// A renderer with these templates and options.
    public init(templates: TemplateSet, options: GeneratorOptions, source: SourceDescription) {
        self.templates = templates
        self.options = options
        self.source = source
    }

    /// Every file of the SDK, sorted by path, and the warnings of naming and rendering.
    public func render(_ document: APIDocument) throws(DiagnosticError) -> (files: [GeneratedFile], diagnostics: [Diagnostic]) {
        let library = try templates.library()
        var namer = TypeNamer(reserved: RuntimeTypeNames.all)
        let names = namer.name(document, clientName: options.clientName ?? defaultClientName(document))
        var diagnostics = names.diagnostics
        let access = options.accessLevel.rawValue
        let header = { (file: String) in self.header(file) }
        var jobs: [RenderJob] = []
        func emit(_ path: String, _ template: String, _ view: Any) {
            jobs.append(RenderJob(path: path, template: template, view: view))
        }

        let groups = GroupBuilder(document: document, names: names, access: access).build(header: header, diagnostics: &diagnostics)
        let client = ClientBuilder(document: document, names: names, options: options, groups: groups.map(\.reference))
            .build(header: header("\(FileNames.stem(names.clientName)).swift"), diagnostics: &diagnostics)
        emit("Client/\(FileNames.stem(names.clientName)).swift", "Client.swift", client)
        emit("Client/GeneratedFrom.swift", "GeneratedFrom.swift",
             GeneratedFromView(header: header("GeneratedFrom.swift"), access: access, clientName: names.clientName,
                               provenance: Provenance(source: source, document: document)))
        for group in groups {
            emit("Operations/\(FileNames.stem(group.view.typeName)).swift", "OperationGroup.swift", group.view)
            let errorsView = OperationErrorsFileView(header: header("\(FileNames.stem(group.view.typeName))+Errors.swift"), access: access,
                                                     enums: group.errors, aliases: [])
            emit("Operations/\(FileNames.stem(group.view.typeName))+Errors.swift", "OperationErrors.swift", errorsView)
        }
        let aliases = names.errorAliases.sorted { $0.value < $1.value }.map { ErrorAliasView(name: $0.value, bodyType: $0.key) }
        if !aliases.isEmpty {
            emit("Errors/ResponseErrors.swift", "OperationErrors.swift",
                     OperationErrorsFileView(header: header("ResponseErrors.swift"), access: access, enums: [], aliases: aliases))
        }
        let models = ModelBuilder(document: document, names: names, access: access, header: header).build()
        diagnostics += models.diagnostics
        for file in models.files {
            emit(file.path, "Model.swift", file.view)
        }
        // TODO(plan): decided by the plan
        let features = RuntimeSelection.features(usedBy: groups.flatMap(\.view.operations))
        // A template set without runtime templates (as the fuzz tests use) renders no runtime.
        for name in RuntimeSelection.templateNames(for: features) where templates.texts[name] != nil {
            let fileName = String(name.dropFirst("Runtime/".count))
            emit(name, name, RuntimeFileView(header: header(fileName), access: access))
        }
        let rendered = try ParallelRenderer.render(jobs, library: library)
        return (rendered.sorted { $0.path < $1.path }, diagnostics)
    }

    /// The header of `file`: its name, the generator and the header comment only, never the document's name or
    /// hash (`GeneratedFrom.swift` holds those), so that a changed document leaves unchanged files unchanged.
    private func header(_ file: String) -> HeaderView {
        var commentSuffix = ""
        if let comment = options.headerComment {
            // The comment ends with one period of its own.
            let text = SwiftText.commentText(comment)
            commentSuffix = " " + String(text.reversed().drop { $0 == "." || $0 == " " }.reversed()) + "."
        }
        return HeaderView(fileName: file, generator: "sdkgen \(GeneratorVersion.current)", commentSuffix: commentSuffix,
                          importLines: options.additionalImports.compactMap(ImportLine.line(for:)).map(ImportLineView.init(text:)))
    }

    private func defaultClientName(_ document: APIDocument) -> String {
        var words = SwiftIdentifier.words(document.title)
        if words.count > 1, words.last?.uppercased() == "API" { words.removeLast() }
        return SwiftIdentifier.typeName(words.joined(separator: " ")) + "Client"
    }
}

/// The view of a runtime file: only the header and the access level.
struct RuntimeFileView {
    let header: HeaderView
    let access: String
}
