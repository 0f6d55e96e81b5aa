// Template lookups of the views outside ViewModels/ (FileView.swift, GeneratedFromView.swift, SwiftText.swift).

extension RuntimeFileView: TemplateContext {
    /// The stored property named `key`, as the templates read it (nil: no such property).
    func templateValue(forKey key: TemplateKey) -> TemplateValue {
        switch key {
        case .header: self.header.templateValue
        case .access: self.access.templateValue
        case .templateName: self.templateName.templateValue
        default: .missing
        }
    }
}

extension GeneratedFromView: TemplateContext {
    /// The stored property named `key`, as the templates read it (nil: no such property).
    func templateValue(forKey key: TemplateKey) -> TemplateValue {
        switch key {
        case .header: self.header.templateValue
        case .access: self.access.templateValue
        case .clientName: self.clientName.templateValue
        case .documentFileNameLiteral: self.documentFileNameLiteral.code.templateValue
        case .documentSHA256Literal: self.documentSHA256Literal.code.templateValue
        case .documentTitleLiteral: self.documentTitleLiteral.code.templateValue
        case .documentVersionLiteral: self.documentVersionLiteral.code.templateValue
        case .generatorVersionLiteral: self.generatorVersionLiteral.code.templateValue
        case .runtimeVersionType: self.runtimeVersionType.templateValue
        default: .missing
        }
    }
}

extension DocLine: TemplateContext {
    /// `text`, the line body (`///{{text}}`); nil for any other name.
    func templateValue(forKey key: TemplateKey) -> TemplateValue {
        key == .text ? .text(text) : .missing
    }

    /// swift-mustache's lookup (public, as `DocLine` is).
    public func child(named key: String) -> Any? {
        TemplateKey.named(key).flatMap { templateValue(forKey: $0).mustacheValue }
    }
}
