/// The build-views stage: `SDKPlan` → one view per file (client, groups and their errors, models, runtime).
struct FileViewBuilder {
    let plan: SDKPlan
    let source: SourceDescription
    /// The runtime templates the client carries (`Runtime/HTTPHeaders.swift`).
    let runtimeTemplates: [String]

    /// Every file's job, and the warnings of building the operations' views.
    func build() -> (jobs: [FileJob], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let access = plan.options.accessLevel.rawValue
        var jobs: [FileJob] = []
        let groups = GroupBuilder(plan: plan).build(header: header, diagnostics: &diagnostics)
        let clientStem = FileNames.stem(plan.names.clientName)
        let client = ClientBuilder(plan: plan, groups: groups.map(\.reference)).build(
            header: header("\(clientStem).swift"))
        jobs.append(FileJob(path: "Client/\(clientStem).swift", view: client))
        jobs.append(
            FileJob(
                path: "Client/GeneratedFrom.swift",
                view: GeneratedFromView(
                    header: header("GeneratedFrom.swift", runtimeImport: RuntimeModule.reexport), access: access,
                    clientName: plan.names.clientName,
                    provenance: Provenance(source: source, document: plan.document),
                    runtimeVersionType: plan.options.runtime == .module ? RuntimeModule.versionType : nil)))
        for group in groups {
            let stem = FileNames.stem(group.view.typeName)
            jobs.append(FileJob(path: "Operations/\(stem).swift", view: group.view))
            jobs.append(
                FileJob(
                    path: "Operations/\(stem)+Errors.swift",
                    view: OperationErrorsFileView(
                        header: header("\(stem)+Errors.swift"), access: access, enums: group.errors, aliases: [])))
        }
        let aliases = plan.names.errorAliases.sorted { $0.value < $1.value }
            .map { ErrorAliasView(name: $0.value, bodyType: $0.key) }
        if !aliases.isEmpty {
            jobs.append(
                FileJob(
                    path: "Errors/ResponseErrors.swift",
                    view: OperationErrorsFileView(
                        header: header("ResponseErrors.swift"), access: access, enums: [], aliases: aliases)))
        }
        for file in ModelBuilder(plan: plan, header: header).build() {
            jobs.append(FileJob(path: file.path, view: file.view))
        }
        for name in runtimeTemplates {
            let fileName = String(name.dropFirst("Runtime/".count))
            jobs.append(
                FileJob(path: name, view: RuntimeFileView(header: header(fileName), access: access, templateName: name))
            )
        }
        return (jobs, diagnostics)
    }

    /// The header of `file`: its name, the generator and the header comment only, never the document's name or
    /// hash (`GeneratedFrom.swift` holds those), so that a changed document leaves unchanged files unchanged.
    private func header(_ file: String) -> HeaderView {
        header(file, runtimeImport: RuntimeModule.generatedCodeImport)
    }

    /// The header of `file`; with the runtime module, the file imports it (`runtimeImport`) before the config's
    /// `additionalImports`.
    private func header(_ file: String, runtimeImport: String) -> HeaderView {
        var commentSuffix: CommentText = ""
        if let comment = plan.options.headerComment {
            // The comment ends with one period of its own.
            let escaped = SwiftText.commentText(comment).text
            let trimmed = SwiftText.commentText(String(escaped.reversed().drop { $0 == "." || $0 == " " }.reversed()))
            commentSuffix = " \(trimmed)."
        }
        return HeaderView(
            fileName: SwiftText.commentText(file), generator: "sdkgen \(identifier: GeneratorVersion.current)",
            commentSuffix: commentSuffix,
            importLines: ((plan.options.runtime == .module ? [runtimeImport] : [])
                + plan.options.additionalImports.compactMap(ImportLine.line(for:))).map(ImportLineView.init(text:)))
    }
}
