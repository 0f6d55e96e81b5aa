import Foundation

/// A template parsed once (`TemplateParser`), rendered many times (`TemplateRenderer`).
struct CompiledTemplate: Sendable {
    /// The template's parts, in order.
    let nodes: [TemplateNode]
}

/// One part of a parsed template.
enum TemplateNode: Sendable {
    /// Text written as it is (UTF-8).
    case text([UInt8])
    /// `{{name}}` (escaped: HTML-escaped unless the content type is text) or `{{{name}}}` / `{{&name}}`; the key is
    /// nil for a name no view answers.
    case variable(TemplateKey?, escaped: Bool)
    /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when inverted; the key is nil for a name no view answers.
    case section(TemplateKey?, CompiledTemplate, inverted: Bool)
    /// `{{> name}}`; a partial alone on its line indents each line it writes by that line's indentation.
    case partial(String, indentation: [UInt8]?)
    /// `{{%CONTENT_TYPE: TEXT}}` (text) or `{{%CONTENT_TYPE: HTML}}`: how the rest of this template escapes.
    case contentType(isText: Bool)
}

/// A set's parsed templates by name (partials also by their file name): parsed up front, or each on its first use
/// (the embedded set, which is known to parse), once per process whatever the thread count.
final class CompiledTemplates: @unchecked Sendable {
    // Guarded by `lock`.
    private let lock = NSLock()
    private var parsed: [String: CompiledTemplate]
    private let texts: [String: String]

    /// Templates parsed already.
    init(parsed: [String: CompiledTemplate]) {
        self.parsed = parsed
        texts = [:]
    }

    /// Templates parsed from `texts` (found by `TemplateSet.lookupNames`) when first asked for.
    init(parsingOnFirstUse texts: [String: String]) {
        var byName: [String: String] = [:]
        for (name, text) in texts.sorted(by: { $0.key < $1.key }) {
            for lookupName in TemplateSet.lookupNames(of: name) { byName[lookupName] = text }
        }
        self.texts = byName
        parsed = [:]
    }

    /// The template named `name`, or nil when there is none (or, for a lazily parsed set, it does not parse).
    func template(named name: String) -> CompiledTemplate? {
        if let template = lock.withLock({ parsed[name] }) { return template }
        // Parsed outside the lock, so that threads needing different templates parse them at once; two threads
        // parsing the same one get equal results, and the first stored is kept.
        guard let text = texts[name], let template = try? TemplateParser.parse(text) else { return nil }
        return lock.withLock {
            if let stored = parsed[name] { return stored }
            parsed[name] = template
            return template
        }
    }
}
