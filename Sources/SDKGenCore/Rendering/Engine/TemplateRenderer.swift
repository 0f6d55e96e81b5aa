/// Renders parsed templates (`TemplateParser`) with the views' typed lookups, into one byte buffer: no reflection,
/// no dynamic casts, and swift-mustache's rules for name lookup, sections, partial indentation and escaping.
struct TemplateRenderer {
    private let templates: CompiledTemplates
    private var output: [UInt8] = []
    /// The views that sections entered, innermost last; names are looked up from the innermost out. (Only views
    /// answer names: a section over text, a flag or a list item that is not a view adds none.)
    private var views: [any TemplateContext] = []

    /// Renders `template` with `view` as the outermost view; partials are looked up in `templates`.
    static func render(
        _ template: CompiledTemplate, view: any TemplateContext, templates: CompiledTemplates
    ) -> String {
        var renderer = TemplateRenderer(templates: templates)
        renderer.output.reserveCapacity(16 * 1024)
        renderer.views.append(view)
        renderer.render(template, indentation: [], escapesHTML: true)
        return String(decoding: renderer.output, as: UTF8.self)
    }

    private init(templates: CompiledTemplates) {
        self.templates = templates
    }

    /// Renders the nodes of one template; in an indented partial, each node's output that starts a line after the
    /// first gets the indentation (as swift-mustache does, node by node).
    private mutating func render(_ template: CompiledTemplate, indentation: [UInt8], escapesHTML: Bool) {
        var escapesHTML = escapesHTML
        let start = output.count
        for node in template.nodes {
            let before = output.count
            render(node, indentation: indentation, escapesHTML: &escapesHTML)
            if !indentation.isEmpty, output.count > before, endsWithLineFeed(from: start, to: before) {
                output.insert(contentsOf: indentation, at: before)
            }
        }
    }

    private mutating func render(_ node: TemplateNode, indentation: [UInt8], escapesHTML: inout Bool) {
        switch node {
        case .text(let bytes) where !indentation.isEmpty:
            writeIndented(bytes, indentation: indentation)
        case .text(let bytes):
            output.append(contentsOf: bytes)
        case .variable(let name, let escaped):
            write(lookUp(name), escaped: escaped && escapesHTML)
        case .section(let name, let body, let inverted):
            let value = lookUp(name)
            if inverted {
                renderInverted(value, body, indentation: indentation, escapesHTML: escapesHTML)
            } else {
                renderSection(value, body, indentation: indentation, escapesHTML: escapesHTML)
            }
        case .partial(let name, let partialIndentation):
            guard let partial = templates.template(named: name) else { return }
            // A partial starts with HTML escaping, whatever its caller's content type.
            render(partial, indentation: indentation + (partialIndentation ?? []), escapesHTML: true)
        case .contentType(let isText):
            escapesHTML = !isText
        }
    }

    private mutating func renderSection(
        _ value: TemplateValue, _ body: CompiledTemplate, indentation: [UInt8], escapesHTML: Bool
    ) {
        switch value {
        case .missing:
            return
        case .flag(let flag):
            if flag { render(body, indentation: indentation, escapesHTML: escapesHTML) }
        case .list(let list):
            for index in 0..<list.count {
                render(body, entering: list.item(at: index), indentation: indentation, escapesHTML: escapesHTML)
            }
        case .text, .object:
            render(body, entering: value, indentation: indentation, escapesHTML: escapesHTML)
        }
    }

    /// Renders a section's body with `value` as the innermost view when it is one.
    private mutating func render(
        _ body: CompiledTemplate, entering value: TemplateValue, indentation: [UInt8], escapesHTML: Bool
    ) {
        guard case .object(let view) = value else {
            render(body, indentation: indentation, escapesHTML: escapesHTML)
            return
        }
        views.append(view)
        render(body, indentation: indentation, escapesHTML: escapesHTML)
        views.removeLast()
    }

    private mutating func renderInverted(
        _ value: TemplateValue, _ body: CompiledTemplate, indentation: [UInt8], escapesHTML: Bool
    ) {
        switch value {
        case .missing:
            render(body, indentation: indentation, escapesHTML: escapesHTML)
        case .flag(let flag):
            if !flag { render(body, indentation: indentation, escapesHTML: escapesHTML) }
        case .list(let list):
            guard list.count == 0 else { return }
            render(body, indentation: indentation, escapesHTML: escapesHTML)
        case .text, .object:
            return
        }
    }

    /// A run of text lines in an indented partial: the parser merged them, so each line after a line feed gets
    /// the indentation here, as swift-mustache gives it to each line's node (a CR LF is no line feed to it). The
    /// run's first line is indented, or not, by `render(_:indentation:escapesHTML:)`.
    private mutating func writeIndented(_ bytes: [UInt8], indentation: [UInt8]) {
        var start = 0
        for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") && index + 1 < bytes.count {
            let previous = index > start ? bytes[index - 1] : output.last
            output.append(contentsOf: bytes[start...index])
            if previous != UInt8(ascii: "\r") { output.append(contentsOf: indentation) }
            start = index + 1
        }
        output.append(contentsOf: bytes[start...])
    }

    /// The value of `key` in the innermost view that has one (by index: iterating would copy each view); a name no
    /// view answers (nil) is missing.
    private func lookUp(_ key: TemplateKey?) -> TemplateValue {
        guard let key else { return .missing }
        var index = views.count
        while index > 0 {
            index -= 1
            let value = views[index].templateValue(forKey: key)
            if case .missing = value { continue }
            return value
        }
        return .missing
    }

    private mutating func write(_ value: TemplateValue, escaped: Bool) {
        let text: String
        switch value {
        case .missing: return
        case .text(let string): text = string
        case .flag(let flag): text = flag ? "true" : "false"
        case .list(let list): text = String(describing: list)
        case .object(let view): text = String(describing: view)
        }
        if escaped {
            HTMLEscaping.append(text, to: &output)
        } else {
            output.append(contentsOf: text.utf8)
        }
    }

    /// Whether the output written since `start` (up to `end`) ends with a line feed character (a CR LF pair is
    /// one character, not a line feed, as Swift's `String.last` sees it).
    private func endsWithLineFeed(from start: Int, to end: Int) -> Bool {
        guard end > start, output[end - 1] == UInt8(ascii: "\n") else { return false }
        return end - 1 == start || output[end - 2] != UInt8(ascii: "\r")
    }
}

/// swift-mustache's HTML escaping of `& < > " '`, character by character.
enum HTMLEscaping {
    /// Appends `text`, escaped, to `output`.
    static func append(_ text: String, to output: inout [UInt8]) {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'"): output.append(contentsOf: "&#39;".utf8)
                default: output.append(byte)
                }
            }
            return
        }
        // Beyond ASCII a combining mark can make `&` part of another character, which is not escaped.
        for character in text {
            switch character {
            case "&": output.append(contentsOf: "&amp;".utf8)
            case "<": output.append(contentsOf: "&lt;".utf8)
            case ">": output.append(contentsOf: "&gt;".utf8)
            case "\"": output.append(contentsOf: "&quot;".utf8)
            case "'": output.append(contentsOf: "&#39;".utf8)
            default: output.append(contentsOf: String(character).utf8)
            }
        }
    }
}
