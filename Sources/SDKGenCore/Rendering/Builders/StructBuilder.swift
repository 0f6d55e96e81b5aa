/// Builds the view of a struct from a planned struct declaration (properties merged and named by the plan).
struct StructBuilder {
    let types: SwiftTypeMapper

    /// The struct view.
    func build(_ declaration: PlannedDeclaration, docs: [DocLine]) -> StructView {
        let schema = declaration.schema
        let properties = declaration.properties
        let boxed = declaration.boxedProperties
        let additionalType = types.undeclaredKeysValueType(of: schema)
        var views: [PropertyView] = []
        for (index, (property, memberName)) in zip(properties, declaration.memberNames).enumerated() {
            let isOptional = !property.required || types.isNullable(property.schema)
            let baseType = types.type(of: property.schema)
            let type = baseType + (isOptional ? "?" : "")
            let bare = SwiftIdentifier.unescaped(memberName)
            let isBoxed = boxed.contains(property.name)
            var docLines = SwiftText.docLines(property.schema.description ?? property.schema.title)
            if property.schema.deprecated { docLines += SwiftText.docLines("- Important: Deprecated.") }
            if property.schema.readOnly { docLines += SwiftText.docLines("- Note: Read-only: set by the server.") }
            if property.schema.writeOnly {
                docLines += SwiftText.docLines("- Note: Write-only: the server never returns it.")
            }
            views.append(
                PropertyView(
                    name: memberName, type: type, docLines: docLines,
                    defaultArgument: isOptional ? " = nil" : "",
                    keyLiteral: SwiftText.stringLiteral(property.name),
                    encodeFunction: property.required ? "encodeProperty" : "encodePropertyIfPresent",
                    decodeFunction: isOptional ? "decodePropertyIfPresent" : "decodeProperty",
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
            declaredKeyLiterals: properties.map { SwiftText.stringLiteral($0.name).code }.joined(separator: ", "),
            encodeDoc: additional != nil
                ? "Encodes the declared properties, then the others."
                : explicitNull
                    ? "Encodes required nullable properties as an explicit `null`." : "Encodes the properties.",
            decodeDoc: additional.map { "Decodes the declared properties, then every other key into `\($0.name)`." }
                ?? "Decodes the properties.",
            hasProperties: !views.isEmpty, hasBoxed: hasBoxed, additional: additional)
    }
}

/// Builds the view of a scalar enum.
enum EnumBuilder {
    /// The enum view, with the case names the plan decided.
    static func build(_ schema: EnumSchema, declaration: PlannedDeclaration, docs: [DocLine]) -> EnumView {
        let cases = caseViews(schema.values.map(\.text), names: declaration.memberNames, isInteger: schema.isInteger)
        return EnumView(
            name: declaration.name, docLines: docs, isDeprecated: declaration.schema.deprecated,
            rawType: schema.isInteger ? "Int" : "String", cases: cases)
    }

    /// One case per raw value, with the names the plan decided: the raw value as a literal, and an explicit
    /// assignment unless a string case's name spells its value.
    static func caseViews(_ values: [String], names: [String], isInteger: Bool) -> [EnumCaseView] {
        zip(values, names).enumerated().map { index, pair in
            let (value, caseName) = pair
            // The reader keeps only integer values in an integer enum; anything else stays a string.
            let literal =
                isInteger
                ? SwiftText.integerLiteral(value) ?? SwiftText.stringLiteral(value) : SwiftText.stringLiteral(value)
            let implicit = !isInteger && SwiftIdentifier.unescaped(caseName) == value
            return EnumCaseView(
                name: caseName, literal: literal, rawAssignment: implicit ? "" : " = " + literal.code,
                isLast: index == min(values.count, names.count) - 1)
        }
    }
}
