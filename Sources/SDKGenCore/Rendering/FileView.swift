/// The view model of one generated file: plain stored properties, and the template that renders it. Views answer
/// the templates' key lookups by name (`TemplateContext`, in `TemplateLookup/`).
protocol FileView: Sendable, TemplateContext {
    /// The template's name (`Model.swift`, `Runtime/HTTPHeaders.swift`).
    var templateName: String { get }
}

/// One file to render: where it goes and its view.
struct FileJob: Sendable {
    /// The path relative to the output folder.
    let path: String
    let view: any FileView
}

/// The view of a runtime file: only the header and the access level.
struct RuntimeFileView: FileView {
    let header: HeaderView
    let access: String
    let templateName: String
}
