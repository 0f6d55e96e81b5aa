import Mustache

// Template lookups of the model views (ViewModels/ModelViews.swift): each answers its stored properties by name, so
// rendering needs no reflection. `TemplateLookupTests` checks that every stored property is answered.

extension ModelFileView: MustacheParent {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func child(named key: String) -> Any? {
        switch key {
        case "header": self.header
        case "access": self.access
        case "declarations": self.declarations
        default: nil
        }
    }
}

extension DeclarationView: MustacheParent {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func child(named key: String) -> Any? {
        switch key {
        case "structure": self.structure
        case "enumeration": self.enumeration
        case "openEnumeration": self.openEnumeration
        case "union": self.union
        case "alias": self.alias
        default: nil
        }
    }
}

extension StructView: MustacheParent {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func child(named key: String) -> Any? {
        switch key {
        case "name": self.name
        case "docLines": self.docLines
        case "isDeprecated": self.isDeprecated
        case "properties": self.properties
        case "declaredKeyLiterals": self.declaredKeyLiterals
        case "encodeDoc": self.encodeDoc
        case "decodeDoc": self.decodeDoc
        case "hasProperties": self.hasProperties
        case "hasBoxed": self.hasBoxed
        case "additional": self.additional
        default: nil
        }
    }
}

extension AdditionalPropertiesView: MustacheParent {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func child(named key: String) -> Any? {
        switch key {
        case "name": self.name
        case "valueType": self.valueType
        default: nil
        }
    }
}

extension PropertyView: MustacheParent {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func child(named key: String) -> Any? {
        switch key {
        case "name": self.name
        case "type": self.type
        case "docLines": self.docLines
        case "defaultArgument": self.defaultArgument
        case "keyLiteral": self.keyLiteral.code
        case "encodeMethod": self.encodeMethod
        case "decodeMethod": self.decodeMethod
        case "decodeType": self.decodeType
        case "isBoxed": self.isBoxed
        case "storedName": self.storedName
        case "boxOpen": self.boxOpen
        case "boxClose": self.boxClose
        case "isLast": self.isLast
        default: nil
        }
    }
}

extension EnumView: MustacheParent {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func child(named key: String) -> Any? {
        switch key {
        case "name": self.name
        case "docLines": self.docLines
        case "isDeprecated": self.isDeprecated
        case "rawType": self.rawType
        case "cases": self.cases
        default: nil
        }
    }
}

extension EnumCaseView: MustacheParent {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func child(named key: String) -> Any? {
        switch key {
        case "name": self.name
        case "literal": self.literal.code
        case "rawAssignment": self.rawAssignment
        case "isLast": self.isLast
        default: nil
        }
    }
}

extension UnionView: MustacheParent {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func child(named key: String) -> Any? {
        switch key {
        case "name": self.name
        case "docLines": self.docLines
        case "isDeprecated": self.isDeprecated
        case "cases": self.cases
        case "discriminator": self.discriminator
        case "tryInOrder": self.tryInOrder
        case "isParameterValue": self.isParameterValue
        default: nil
        }
    }
}

extension UnionCaseView: MustacheParent {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func child(named key: String) -> Any? {
        switch key {
        case "name": self.name
        case "type": self.type
        case "docLines": self.docLines
        default: nil
        }
    }
}

extension DiscriminatorView: MustacheParent {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func child(named key: String) -> Any? {
        switch key {
        case "propertyLiteral": self.propertyLiteral.code
        case "mappings": self.mappings
        default: nil
        }
    }
}

extension DiscriminatorMappingView: MustacheParent {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func child(named key: String) -> Any? {
        switch key {
        case "valueLiteral": self.valueLiteral.code
        case "caseName": self.caseName
        case "type": self.type
        default: nil
        }
    }
}

extension AliasView: MustacheParent {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func child(named key: String) -> Any? {
        switch key {
        case "name": self.name
        case "docLines": self.docLines
        case "type": self.type
        default: nil
        }
    }
}

extension HeaderView: MustacheParent {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func child(named key: String) -> Any? {
        switch key {
        case "fileName": self.fileName.text
        case "generator": self.generator.text
        case "commentSuffix": self.commentSuffix.text
        case "importLines": self.importLines
        default: nil
        }
    }
}

extension ImportLineView: MustacheParent {
    /// The stored property named `key`, as the templates read it (nil: no such property, or nil).
    func child(named key: String) -> Any? {
        switch key {
        case "text": self.text
        default: nil
        }
    }
}
