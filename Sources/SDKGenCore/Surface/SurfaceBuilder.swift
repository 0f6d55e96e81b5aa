/// Derives the public API of the client from the plan: the model declarations (here) and the client, groups,
/// methods and error enums (`SurfaceBuilder+Operations.swift`). Types are spelled by the plan's `SwiftTypeMapper`
/// the way the view builders spell them, so the record names what the generated Swift declares.
struct SurfaceBuilder {
    let plan: SDKPlan
    /// The source description the surface carries (`openrouter-files.openapi.yaml (OpenRouter API 1.0.0)`).
    let source: String

    var access: String { plan.options.accessLevel.rawValue }
    var types: SwiftTypeMapper { plan.types }

    /// The whole surface.
    func build() -> APISurface {
        var entries: [SurfaceEntry] = []
        for declaration in plan.declarations.declarations {
            entries += model(declaration)
        }
        entries += errorAliases()
        entries += client()
        for group in plan.groups {
            entries += self.group(group)
        }
        return APISurface(source: source, entries: entries)
    }

    // MARK: - Models

    private func model(_ declaration: PlannedDeclaration) -> [SurfaceEntry] {
        switch (declaration.kind, declaration.schema.kind) {
        case (.structure, _):
            return structure(declaration)
        case (.enumeration, .enumeration(let values)):
            return enumeration(declaration, values: values)
        case (.union, .oneOf(let branches, _)), (.union, .anyOf(let branches, _)):
            let cases = zip(branches, declaration.memberNames).map { branch, caseName in
                SurfaceEntry(
                    access: access, kind: .enumCase, owner: declaration.name, name: caseName,
                    type: types.type(of: branch))
            }
            let unknown =
                declaration.hasUnknownCase
                ? [
                    SurfaceEntry(
                        access: access, kind: .enumCase, owner: declaration.name, name: "unknown", type: "JSONValue")
                ] : []
            return [SurfaceEntry(access: access, kind: .union, name: declaration.name)] + cases + unknown
        default:
            // As `ModelBuilder` spells an alias: the copy's pointer keeps the component from naming itself.
            var copy = declaration.schema
            copy.origin = Origin(pointer: copy.origin.pointer + "#alias", location: copy.origin.location)
            return [SurfaceEntry(access: access, kind: .alias, name: declaration.name, type: types.type(of: copy))]
        }
    }

    /// The struct, its properties and its memberwise initializer (as `StructBuilder` spells them).
    private func structure(_ declaration: PlannedDeclaration) -> [SurfaceEntry] {
        let name = declaration.name
        var entries = [SurfaceEntry(access: access, kind: .structure, name: name)]
        var arguments: [SurfaceArgument] = []
        for (property, memberName) in zip(declaration.properties, declaration.memberNames) {
            let isOptional = !property.required || types.isNullable(property.schema)
            let type = types.type(of: property.schema) + (isOptional ? "?" : "")
            entries.append(SurfaceEntry(access: access, kind: .variable, owner: name, name: memberName, type: type))
            arguments.append(
                SurfaceArgument(
                    label: SwiftIdentifier.unescaped(memberName), type: type,
                    defaultValue: isOptional ? "nil" : nil))
        }
        if let additional = declaration.additionalPropertiesName,
            let valueType = types.undeclaredKeysValueType(of: declaration.schema)
        {
            let type = "[String: \(valueType)]"
            entries.append(SurfaceEntry(access: access, kind: .variable, owner: name, name: additional, type: type))
            arguments.append(
                SurfaceArgument(
                    label: SwiftIdentifier.unescaped(additional), type: type,
                    defaultValue: "[:]"))
        }
        entries.append(
            SurfaceEntry(
                access: access, kind: .initializer, owner: name, name: "init",
                arguments: arguments))
        return entries
    }

    /// A scalar enum and its cases with their raw values; an open one has `unknown` too.
    private func enumeration(_ declaration: PlannedDeclaration, values: EnumSchema) -> [SurfaceEntry] {
        let rawType = values.isInteger ? "Int" : "String"
        let kind: SurfaceEntry.Kind = values.isOpen ? .openEnumeration : .enumeration
        var entries = [SurfaceEntry(access: access, kind: kind, name: declaration.name, type: rawType)]
        for (value, caseName) in zip(values.values, declaration.memberNames) {
            let literal =
                values.isInteger
                ? SwiftText.integerLiteral(value.text) ?? SwiftText.stringLiteral(value.text)
                : SwiftText.stringLiteral(value.text)
            entries.append(
                SurfaceEntry(
                    access: access, kind: .enumCase, owner: declaration.name, name: caseName,
                    literal: literal.code))
        }
        if values.isOpen {
            entries.append(
                SurfaceEntry(
                    access: access, kind: .enumCase, owner: declaration.name, name: "unknown",
                    type: rawType))
        }
        return entries
    }

    /// `typealias BadRequestResponseError = DocumentedError<BadRequestResponse>`.
    private func errorAliases() -> [SurfaceEntry] {
        plan.names.errorAliases.map { bodyType, alias in
            SurfaceEntry(access: access, kind: .alias, name: alias, type: "DocumentedError<\(bodyType)>")
        }
    }
}
