/// A template parsed once (`TemplateParser`), rendered many times (`TemplateRenderer`).
struct CompiledTemplate: Sendable {
    /// The template's parts, in order.
    let nodes: [TemplateNode]
}

/// One part of a parsed template.
enum TemplateNode: Sendable {
    /// Text written as it is (UTF-8).
    case text([UInt8])
    /// `{{name}}` (escaped: HTML-escaped unless the content type is text) or `{{{name}}}` / `{{&name}}`.
    case variable(String, escaped: Bool)
    /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when inverted.
    case section(String, CompiledTemplate, inverted: Bool)
    /// `{{> name}}`; a partial alone on its line indents each line it writes by that line's indentation.
    case partial(String, indentation: [UInt8]?)
    /// `{{%CONTENT_TYPE: TEXT}}` (text) or `{{%CONTENT_TYPE: HTML}}`: how the rest of this template escapes.
    case contentType(isText: Bool)
}
