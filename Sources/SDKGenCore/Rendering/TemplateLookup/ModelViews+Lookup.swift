// Template lookups of the model views (ViewModels/ModelViews.swift): each answers its stored properties by name, so
// rendering needs no reflection. `TemplateLookupTests` checks that every stored property is answered.

extension ModelFileView: TemplateContext {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func templateValue(forKey key: TemplateKey) -> TemplateValue {
        switch key {
        case .header: self.header.templateValue
        case .access: self.access.templateValue
        case .declarations: self.declarations.templateValue
        default: .missing
        }
    }
}

extension DeclarationView: TemplateContext {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func templateValue(forKey key: TemplateKey) -> TemplateValue {
        switch key {
        case .structure: self.structure.templateValue
        case .enumeration: self.enumeration.templateValue
        case .openEnumeration: self.openEnumeration.templateValue
        case .union: self.union.templateValue
        case .alias: self.alias.templateValue
        default: .missing
        }
    }
}

extension StructView: TemplateContext {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func templateValue(forKey key: TemplateKey) -> TemplateValue {
        switch key {
        case .name: self.name.templateValue
        case .docLines: self.docLines.templateValue
        case .isDeprecated: self.isDeprecated.templateValue
        case .properties: self.properties.templateValue
        case .declaredKeyLiterals: self.declaredKeyLiterals.templateValue
        case .encodeDoc: self.encodeDoc.templateValue
        case .decodeDoc: self.decodeDoc.templateValue
        case .hasProperties: self.hasProperties.templateValue
        case .hasBoxed: self.hasBoxed.templateValue
        case .additional: self.additional.templateValue
        default: .missing
        }
    }
}

extension AdditionalPropertiesView: TemplateContext {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func templateValue(forKey key: TemplateKey) -> TemplateValue {
        switch key {
        case .name: self.name.templateValue
        case .valueType: self.valueType.templateValue
        default: .missing
        }
    }
}

extension PropertyView: TemplateContext {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func templateValue(forKey key: TemplateKey) -> TemplateValue {
        switch key {
        case .name: self.name.templateValue
        case .type: self.type.templateValue
        case .docLines: self.docLines.templateValue
        case .defaultArgument: self.defaultArgument.templateValue
        case .keyLiteral: self.keyLiteral.code.templateValue
        case .encodeFunction: self.encodeFunction.templateValue
        case .decodeFunction: self.decodeFunction.templateValue
        case .encodeMethod: self.encodeMethod.templateValue
        case .decodeMethod: self.decodeMethod.templateValue
        case .decodeType: self.decodeType.templateValue
        case .isBoxed: self.isBoxed.templateValue
        case .storedName: self.storedName.templateValue
        case .boxOpen: self.boxOpen.templateValue
        case .boxClose: self.boxClose.templateValue
        case .isLast: self.isLast.templateValue
        default: .missing
        }
    }
}

extension EnumView: TemplateContext {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func templateValue(forKey key: TemplateKey) -> TemplateValue {
        switch key {
        case .name: self.name.templateValue
        case .docLines: self.docLines.templateValue
        case .isDeprecated: self.isDeprecated.templateValue
        case .rawType: self.rawType.templateValue
        case .cases: self.cases.templateValue
        default: .missing
        }
    }
}

extension EnumCaseView: TemplateContext {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func templateValue(forKey key: TemplateKey) -> TemplateValue {
        switch key {
        case .name: self.name.templateValue
        case .literal: self.literal.code.templateValue
        case .rawAssignment: self.rawAssignment.templateValue
        case .isLast: self.isLast.templateValue
        default: .missing
        }
    }
}

extension UnionView: TemplateContext {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func templateValue(forKey key: TemplateKey) -> TemplateValue {
        switch key {
        case .name: self.name.templateValue
        case .docLines: self.docLines.templateValue
        case .isDeprecated: self.isDeprecated.templateValue
        case .cases: self.cases.templateValue
        case .discriminator: self.discriminator.templateValue
        case .tryInOrder: self.tryInOrder.templateValue
        case .isParameterValue: self.isParameterValue.templateValue
        default: .missing
        }
    }
}

extension UnionCaseView: TemplateContext {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func templateValue(forKey key: TemplateKey) -> TemplateValue {
        switch key {
        case .name: self.name.templateValue
        case .type: self.type.templateValue
        case .docLines: self.docLines.templateValue
        default: .missing
        }
    }
}

extension DiscriminatorView: TemplateContext {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func templateValue(forKey key: TemplateKey) -> TemplateValue {
        switch key {
        case .propertyLiteral: self.propertyLiteral.code.templateValue
        case .mappings: self.mappings.templateValue
        default: .missing
        }
    }
}

extension DiscriminatorMappingView: TemplateContext {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func templateValue(forKey key: TemplateKey) -> TemplateValue {
        switch key {
        case .valueLiteral: self.valueLiteral.code.templateValue
        case .caseName: self.caseName.templateValue
        case .type: self.type.templateValue
        default: .missing
        }
    }
}

extension AliasView: TemplateContext {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func templateValue(forKey key: TemplateKey) -> TemplateValue {
        switch key {
        case .name: self.name.templateValue
        case .docLines: self.docLines.templateValue
        case .type: self.type.templateValue
        default: .missing
        }
    }
}

extension HeaderView: TemplateContext {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func templateValue(forKey key: TemplateKey) -> TemplateValue {
        switch key {
        case .fileName: self.fileName.text.templateValue
        case .generator: self.generator.text.templateValue
        case .commentSuffix: self.commentSuffix.text.templateValue
        case .importLines: self.importLines.templateValue
        default: .missing
        }
    }
}

extension ImportLineView: TemplateContext {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func templateValue(forKey key: TemplateKey) -> TemplateValue {
        switch key {
        case .text: self.text.templateValue
        default: .missing
        }
    }
}
