/// Builds the view of a struct from an object schema or an `allOf` of object schemas.
struct StructBuilder {
    let builder: ModelBuilder

    /// The struct view and warnings for parts that could not be merged.
    func build(_ schema: Schema, name: String, docs: [DocLine]) -> (StructView, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var memo: [String: [Property]] = [:]
        let properties = collectProperties(schema, diagnostics: &diagnostics, depth: 0, memo: &memo)
        let boxed = builder.boxedProperties(of: name)
        var registry = NameRegistry(reserved: ["CodingKeys"])
        let additionalType = additionalValueType(schema)
        var views: [PropertyView] = []
        for (index, property) in properties.enumerated() {
            let memberName = registry.claim(SwiftIdentifier.memberName(property.name),
                                            for: "property '\(property.name)' of \(name)", origin: property.schema.origin)
            let isOptional = !property.required || builder.isNullable(property.schema)
            let baseType = builder.type(of: property.schema)
            let type = baseType + (isOptional ? "?" : "")
            let bare = SwiftIdentifier.unescaped(memberName)
            let isBoxed = boxed.contains(property.name)
            var docLines = SwiftText.docLines(property.schema.description ?? property.schema.title)
            if property.schema.deprecated { docLines += SwiftText.docLines("- Important: Deprecated.") }
            views.append(PropertyView(
                name: memberName, type: type, docLines: docLines,
                defaultArgument: isOptional ? " = nil" : "",
                codingKeyCase: bare == property.name ? memberName : "\(memberName) = \(SwiftText.stringLiteral(property.name))",
                encodeMethod: property.required ? "encode" : "encodeIfPresent",
                decodeMethod: isOptional ? "decodeIfPresent" : "decode", decodeType: baseType,
                isBoxed: isBoxed, storedName: isBoxed ? "_" + bare : memberName,
                boxOpen: isBoxed ? "_Indirect(" : "", boxClose: isBoxed ? ")" : "",
                isLast: index == properties.count - 1 && additionalType == nil))
        }
        let additional = additionalType.map { valueType in
            AdditionalPropertiesView(
                name: registry.claim("additionalProperties", for: "the undeclared keys of \(name)", origin: schema.origin),
                valueType: valueType)
        }
        diagnostics += registry.diagnostics
        let hasBoxed = views.contains { $0.isBoxed }
        let explicitNull = properties.contains { $0.required && builder.isNullable($0.schema) }
        let view = StructView(name: name, docLines: docs, isDeprecated: schema.deprecated, properties: views,
                              hasExplicitEncode: additional != nil || hasBoxed || explicitNull,
                              hasExplicitDecode: additional != nil || hasBoxed,
                              encodeDoc: additional != nil ? "Encodes the declared properties, then the others."
                                  : explicitNull ? "Encodes required nullable properties as an explicit `null`." : "Encodes the properties.",
                              decodeDoc: additional.map { "Decodes the declared properties, then every other key into `\($0.name)`." }
                                  ?? "Decodes the properties.",
                              hasProperties: !views.isEmpty, hasBoxed: hasBoxed, additional: additional)
        return (view, diagnostics)
    }

    /// The properties the struct of `schema` has (merged `allOf` parts included).
    func properties(of schema: Schema) -> [Property] {
        var diagnostics: [Diagnostic] = []
        var memo: [String: [Property]] = [:]
        return collectProperties(schema, diagnostics: &diagnostics, depth: 0, memo: &memo)
    }

    /// Properties of an object, or of every part of an `allOf` (references followed), later parts replacing earlier ones.
    /// `memo` holds the properties of components already merged, so parts shared by many paths are merged once.
    private func collectProperties(_ schema: Schema, diagnostics: inout [Diagnostic], depth: Int,
                                   memo: inout [String: [Property]]) -> [Property] {
        guard depth < 128 else {
            diagnostics.append(Diagnostic(.warning, "allOf nests too deeply to merge; inner parts are ignored",
                                          at: schema.origin.location, pointer: schema.origin.pointer))
            return []
        }
        switch schema.kind {
        case .object(let object):
            if depth > 0, object.additionalProperties != .none, !object.properties.isEmpty { warnAdditional(schema, &diagnostics) }
            return object.properties
        case .reference(let name):
            if let known = memo[name] { return known }
            guard let target = builder.component(name) else { return [] }
            let result = collectProperties(target, diagnostics: &diagnostics, depth: depth + 1, memo: &memo)
            memo[name] = result
            return result
        case .allOf(let parts):
            var merged: [Property] = []
            var positions: [String: Int] = [:]
            for part in parts {
                for property in collectProperties(part, diagnostics: &diagnostics, depth: depth + 1, memo: &memo) {
                    if let index = positions[property.name] {
                        var replaced = property
                        replaced.required = property.required || merged[index].required
                        merged[index] = replaced
                    } else {
                        positions[property.name] = merged.count
                        merged.append(property)
                    }
                }
            }
            return merged
        case .any:
            return []
        default:
            diagnostics.append(Diagnostic(.warning, "an allOf part that is not an object cannot be merged into a struct; it is ignored",
                                          at: schema.origin.location, pointer: schema.origin.pointer))
            return []
        }
    }

    /// The value type of `additionalProperties` next to declared properties, kept in a dictionary of their own.
    private func additionalValueType(_ schema: Schema) -> String? {
        guard case .object(let object) = schema.kind, !object.properties.isEmpty else { return nil }
        switch object.additionalProperties {
        case .none: return nil
        case .any: return "JSONValue"
        case .typed(let value): return builder.type(of: value) + (builder.isNullable(value) && value.kind != .any ? "?" : "")
        }
    }

    private func warnAdditional(_ schema: Schema, _ diagnostics: inout [Diagnostic]) {
        diagnostics.append(Diagnostic(.warning, "additionalProperties of an allOf part are not kept by the merged struct; extra keys are ignored when decoding",
                                      at: schema.origin.location, pointer: schema.origin.pointer))
    }
}

/// Builds the view of a scalar enum.
enum EnumBuilder {
    /// The enum view; case names are unique (numbered on collision) and `unknown` is kept free for open enums.
    static func build(_ schema: EnumSchema, name: String, docs: [DocLine], deprecated: Bool) -> EnumView {
        var registry = NameRegistry(reserved: schema.isOpen ? ["unknown", "rawValue"] : ["rawValue", "allCases"])
        let cases = schema.values.enumerated().map { index, value in
            let caseName = registry.claim(SwiftIdentifier.caseName(value.text), for: "enum value", origin: nil)
            let literal = schema.isInteger ? value.text : SwiftText.stringLiteral(value.text)
            let implicit = !schema.isInteger && SwiftIdentifier.unescaped(caseName) == value.text
            return EnumCaseView(name: caseName, literal: literal, rawAssignment: implicit ? "" : " = " + literal,
                                isLast: index == schema.values.count - 1)
        }
        return EnumView(name: name, docLines: docs, isDeprecated: deprecated, rawType: schema.isInteger ? "Int" : "String", cases: cases)
    }
}
