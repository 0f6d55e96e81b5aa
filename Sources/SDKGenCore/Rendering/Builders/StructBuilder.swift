/// Builds the view of a struct from a planned struct declaration (properties merged and named by the plan).
struct StructBuilder {
    let types: SwiftTypeMapper

    /// The struct view.
    func build(_ declaration: PlannedDeclaration, docs: [DocLine]) -> StructView {
        let schema = declaration.schema
        let properties = declaration.properties
        let boxed = declaration.boxedProperties
        let additionalType = additionalValueType(schema)
        var views: [PropertyView] = []
        for (index, (property, memberName)) in zip(properties, declaration.memberNames).enumerated() {
            let isOptional = !property.required || types.isNullable(property.schema)
            let baseType = types.type(of: property.schema)
            let type = baseType + (isOptional ? "?" : "")
            let bare = SwiftIdentifier.unescaped(memberName)
            let isBoxed = boxed.contains(property.name)
            var docLines = SwiftText.docLines(property.schema.description ?? property.schema.title)
            if property.schema.deprecated { docLines += SwiftText.docLines("- Important: Deprecated.") }
            views.append(
                PropertyView(
                    name: memberName, type: type, docLines: docLines,
                    defaultArgument: isOptional ? " = nil" : "",
                    codingKeyCase: bare == property.name
                        ? memberName : "\(memberName) = \(SwiftText.stringLiteral(property.name).code)",
                    encodeMethod: property.required ? "encode" : "encodeIfPresent",
                    decodeMethod: isOptional ? "decodeIfPresent" : "decode", decodeType: baseType,
                    isBoxed: isBoxed, storedName: isBoxed ? "_" + bare : memberName,
                    boxOpen: isBoxed ? "_Indirect(" : "", boxClose: isBoxed ? ")" : "",
                    isLast: index == properties.count - 1 && additionalType == nil))
        }
        var additional: AdditionalPropertiesView?
        if let name = declaration.additionalPropertiesName, let valueType = additionalType {
            additional = AdditionalPropertiesView(name: name, valueType: valueType)
        }
        let hasBoxed = views.contains { $0.isBoxed }
        let explicitNull = properties.contains { $0.required && types.isNullable($0.schema) }
        return StructView(
            name: declaration.name, docLines: docs, isDeprecated: schema.deprecated, properties: views,
            hasExplicitEncode: additional != nil || hasBoxed || explicitNull,
            hasExplicitDecode: additional != nil || hasBoxed,
            encodeDoc: additional != nil
                ? "Encodes the declared properties, then the others."
                : explicitNull
                    ? "Encodes required nullable properties as an explicit `null`." : "Encodes the properties.",
            decodeDoc: additional.map { "Decodes the declared properties, then every other key into `\($0.name)`." }
                ?? "Decodes the properties.",
            hasProperties: !views.isEmpty, hasBoxed: hasBoxed, additional: additional)
    }

    /// The value type of `additionalProperties` next to declared properties, kept in a dictionary of their own.
    private func additionalValueType(_ schema: Schema) -> String? {
        guard case .object(let object) = schema.kind, !object.properties.isEmpty else { return nil }
        switch object.additionalProperties {
        case .none: return nil
        case .any: return "JSONValue"
        case .typed(let value):
            return types.type(of: value) + (types.isNullable(value) && value.kind != .any ? "?" : "")
        }
    }
}

/// Builds the view of a scalar enum.
enum EnumBuilder {
    /// The enum view, with the case names the plan decided.
    static func build(_ schema: EnumSchema, declaration: PlannedDeclaration, docs: [DocLine]) -> EnumView {
        let cases = zip(schema.values, declaration.memberNames).enumerated().map { index, pair in
            let (value, caseName) = pair
            // The reader keeps only integer values in an integer enum; anything else stays a string.
            let literal =
                schema.isInteger
                ? SwiftText.integerLiteral(value.text) ?? SwiftText.stringLiteral(value.text)
                : SwiftText.stringLiteral(value.text)
            let implicit = !schema.isInteger && SwiftIdentifier.unescaped(caseName) == value.text
            return EnumCaseView(
                name: caseName, literal: literal, rawAssignment: implicit ? "" : " = " + literal.code,
                isLast: index == schema.values.count - 1)
        }
        return EnumView(
            name: declaration.name, docLines: docs, isDeprecated: declaration.schema.deprecated,
            rawType: schema.isInteger ? "Int" : "String", cases: cases)
    }
}
