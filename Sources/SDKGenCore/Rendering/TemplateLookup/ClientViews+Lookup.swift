// Template lookups of the client views (ViewModels/ClientViews.swift): each answers its stored properties by name,
// so rendering needs no reflection. `TemplateLookupTests` checks that every stored property is answered.

extension ClientView: TemplateContext {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func templateValue(forKey key: TemplateKey) -> TemplateValue {
        switch key {
        case .header: self.header.templateValue
        case .access: self.access.templateValue
        case .clientName: self.clientName.templateValue
        case .docLines: self.docLines.templateValue
        case .groups: self.groups.templateValue
        case .servers: self.servers.templateValue
        case .defaultServerName: self.defaultServerName.templateValue
        case .globals: self.globals.templateValue
        case .apiVersionLiteral: self.apiVersionLiteral.code.templateValue
        case .userAgentLiteral: self.userAgentLiteral.code.templateValue
        case .apiKeyEnvironmentName: self.apiKeyEnvironmentName.text.templateValue
        case .apiKeyEnvironmentLiteral: self.apiKeyEnvironmentLiteral.code.templateValue
        case .retry: self.retry.templateValue
        case .credentialHeaderNames: self.credentialHeaderNames.templateValue
        case .credentialQueryNames: self.credentialQueryNames.templateValue
        case .credentialPlacementCode: self.credentialPlacementCode.templateValue
        case .apiKeyDocText: self.apiKeyDocText.text.templateValue
        default: .missing
        }
    }
}

extension GroupReferenceView: TemplateContext {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func templateValue(forKey key: TemplateKey) -> TemplateValue {
        switch key {
        case .property: self.property.templateValue
        case .typeName: self.typeName.templateValue
        case .docText: self.docText.text.templateValue
        default: .missing
        }
    }
}

extension ServerView: TemplateContext {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func templateValue(forKey key: TemplateKey) -> TemplateValue {
        switch key {
        case .name: self.name.templateValue
        case .urlLiteral: self.urlLiteral.code.templateValue
        case .docText: self.docText.text.templateValue
        case .isTemplated: self.isTemplated.templateValue
        case .parametersText: self.parametersText.templateValue
        case .valuesText: self.valuesText.templateValue
        case .enums: self.enums.templateValue
        default: .missing
        }
    }
}

extension ServerEnumView: TemplateContext {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func templateValue(forKey key: TemplateKey) -> TemplateValue {
        switch key {
        case .name: self.name.templateValue
        case .variableName: self.variableName.text.templateValue
        case .cases: self.cases.templateValue
        default: .missing
        }
    }
}

extension GlobalView: TemplateContext {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func templateValue(forKey key: TemplateKey) -> TemplateValue {
        switch key {
        case .name: self.name.templateValue
        case .wireName: self.wireName.text.templateValue
        case .wireLiteral: self.wireLiteral.code.templateValue
        case .environmentName: self.environmentName.text.templateValue
        case .environmentLiteral: self.environmentLiteral.code.templateValue
        case .docLines: self.docLines.templateValue
        case .isLast: self.isLast.templateValue
        default: .missing
        }
    }
}

extension RetryView: TemplateContext {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func templateValue(forKey key: TemplateKey) -> TemplateValue {
        switch key {
        case .strategy: self.strategy.templateValue
        case .initialMilliseconds: self.initialMilliseconds.templateValue
        case .maxMilliseconds: self.maxMilliseconds.templateValue
        case .exponent: self.exponent.templateValue
        case .maxElapsedMilliseconds: self.maxElapsedMilliseconds.templateValue
        case .statusCodes: self.statusCodes.templateValue
        case .retryConnectionErrors: self.retryConnectionErrors.templateValue
        default: .missing
        }
    }
}
