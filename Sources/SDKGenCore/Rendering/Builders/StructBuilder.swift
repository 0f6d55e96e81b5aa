/// Builds the view of a struct from an object schema or an `allOf` of object schemas.
struct StructBuilder {
    let builder: ModelBuilder

    /// The struct view and warnings for parts that could not be merged.
    func build(_ schema: Schema, name: String, docs: [DocLine]) -> (StructView, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let properties = collectProperties(schema, diagnostics: &diagnostics, depth: 0)
        var registry = NameRegistry(reserved: ["CodingKeys"])
        var views: [PropertyView] = []
        for (index, property) in properties.enumerated() {
            let memberName = registry.claim(SwiftIdentifier.memberName(property.name),
                                            for: "property '\(property.name)' of \(name)", origin: property.schema.origin)
            let isOptional = !property.required || property.schema.nullable
            let type = builder.type(of: property.schema) + (isOptional ? "?" : "")
            let bare = SwiftIdentifier.unescaped(memberName)
            var docLines = SwiftText.docLines(property.schema.description ?? property.schema.title)
            if property.schema.deprecated { docLines += SwiftText.docLines("- Important: Deprecated.") }
            views.append(PropertyView(
                name: memberName, type: type, docLines: docLines,
                defaultArgument: isOptional ? " = nil" : "",
                codingKeyCase: bare == property.name ? memberName : "\(memberName) = \(SwiftText.stringLiteral(property.name))",
                encodeMethod: property.required ? "encode" : "encodeIfPresent",
                isLast: index == properties.count - 1))
        }
        diagnostics += registry.diagnostics
        let explicit = properties.contains { $0.required && $0.schema.nullable }
        let view = StructView(name: name, docLines: docs, isDeprecated: schema.deprecated, properties: views,
                              hasExplicitEncode: explicit, hasProperties: !views.isEmpty)
        return (view, diagnostics)
    }

    /// Properties of an object, or of every part of an `allOf` (references followed), later parts replacing earlier ones.
    private func collectProperties(_ schema: Schema, diagnostics: inout [Diagnostic], depth: Int) -> [Property] {
        guard depth < 32 else {
            diagnostics.append(Diagnostic(.warning, "allOf nests too deeply to merge; inner parts are ignored",
                                          at: schema.origin.location, pointer: schema.origin.pointer))
            return []
        }
        switch schema.kind {
        case .object(let object):
            if case .typed = object.additionalProperties, !object.properties.isEmpty { warnAdditional(schema, &diagnostics) }
            if case .any = object.additionalProperties, !object.properties.isEmpty { warnAdditional(schema, &diagnostics) }
            return object.properties
        case .reference(let name):
            guard let target = builder.component(name) else { return [] }
            return collectProperties(target, diagnostics: &diagnostics, depth: depth + 1)
        case .allOf(let parts):
            var merged: [Property] = []
            for part in parts {
                for property in collectProperties(part, diagnostics: &diagnostics, depth: depth + 1) {
                    if let index = merged.firstIndex(where: { $0.name == property.name }) {
                        var replaced = property
                        replaced.required = property.required || merged[index].required
                        merged[index] = replaced
                    } else {
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

    private func warnAdditional(_ schema: Schema, _ diagnostics: inout [Diagnostic]) {
        diagnostics.append(Diagnostic(.warning, "additionalProperties next to declared properties are not kept by the generated struct; extra keys are ignored when decoding",
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
