import Mustache
import SDKGenEmbedded

/// What renders a template set: the built-in renderer (`TemplateParser` + `TemplateRenderer`) when every template
/// is in its subset, else swift-mustache.
///
/// The built-in renderer takes the embedded templates, and a user's overrides that are ASCII and in the subset;
/// `TemplateEngineTests` checks that both engines write the same bytes for every fixture and for random templates.
/// Anything else (a construct outside the subset, non-ASCII text in an override, a template that does not parse)
/// goes to swift-mustache, which renders the whole of Mustache and reports parse errors.
enum TemplateEngine: Sendable {
    /// Parsed templates by name (partials also by their file name).
    case builtIn(CompiledTemplates)
    /// swift-mustache's library of the same set.
    case mustache(MustacheLibrary)

    /// The engine for `texts`: built-in when every template is in its subset.
    static func make(texts: [String: String]) throws(DiagnosticError) -> TemplateEngine {
        if let parsed = builtInTemplates(texts) { return .builtIn(parsed) }
        return .mustache(try mustacheLibrary(texts))
    }

    /// The engine for `texts` that swift-mustache drives, whatever the templates (for the tests that compare the
    /// two engines, and for sets outside the subset).
    static func mustache(texts: [String: String]) throws(DiagnosticError) -> TemplateEngine {
        .mustache(try mustacheLibrary(texts))
    }

    /// The text of `view`'s template, or nil when the set has no such template.
    func render(_ view: any FileView) -> String? {
        switch self {
        case .builtIn(let templates):
            guard let template = templates.template(named: view.templateName) else { return nil }
            return TemplateRenderer.render(template, view: view, templates: templates)
        case .mustache(let library):
            return library.render(view, withTemplate: view.templateName)
        }
    }

    /// Whether the built-in renderer renders this set.
    var isBuiltIn: Bool {
        if case .builtIn = self { return true }
        return false
    }

    // MARK: - Making

    /// The templates `TemplateParser` parses: the embedded set, parsed as each template is first used (a run
    /// uses only the runtime files its client needs; `TemplateEngineTests` parses them all); any other set parsed
    /// now, or nil when a template is outside the subset (or is a user's text that is not ASCII, where Unicode's
    /// characters and swift-mustache's could part ways).
    private static func builtInTemplates(_ texts: [String: String]) -> CompiledTemplates? {
        if texts == EmbeddedTemplates.all { return CompiledTemplates(parsingOnFirstUse: texts) }
        var templates: [String: CompiledTemplate] = [:]
        templates.reserveCapacity(texts.count * 2)
        let embedded = EmbeddedTemplates.all
        for (name, text) in texts.sorted(by: { $0.key < $1.key }) {
            guard text == embedded[name] || text.utf8.allSatisfy({ $0 < 0x80 }),
                let template = try? TemplateParser.parse(text)
            else { return nil }
            for lookupName in TemplateSet.lookupNames(of: name) { templates[lookupName] = template }
        }
        return CompiledTemplates(parsed: templates)
    }

    /// Every template parsed by swift-mustache; the first by name that does not parse is the one reported.
    private static func mustacheLibrary(_ texts: [String: String]) throws(DiagnosticError) -> MustacheLibrary {
        var library = MustacheLibrary()
        for (name, text) in texts.sorted(by: { $0.key < $1.key }) {
            let template: MustacheTemplate
            do {
                template = try MustacheTemplate(string: text)
            } catch {
                throw DiagnosticError([
                    Diagnostic(.error, "template '\(name).mustache' does not parse: \(error)", at: nil)
                ])
            }
            for lookupName in TemplateSet.lookupNames(of: name) { library.register(template, named: lookupName) }
        }
        return library
    }
}
