/// Builds the view of an enum with associated values for `oneOf` / `anyOf`.
struct UnionBuilder {
    let builder: ModelBuilder

    /// The union view, decoding by discriminator when the schema has one and by trying cases in order otherwise.
    func build(_ schema: Schema, name: String, docs: [DocLine]) -> (UnionView, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let (branches, discriminator): ([Schema], Discriminator?) = switch schema.kind {
        case .oneOf(let branches, let discriminator), .anyOf(let branches, let discriminator): (branches, discriminator)
        default: ([], nil)
        }
        var registry = NameRegistry()
        var cases: [UnionCaseView] = []
        var caseByComponent: [String: UnionCaseView] = [:]
        for branch in branches {
            let type = builder.type(of: branch)
            let caseName = registry.claim(caseName(for: branch, type: type, union: name), for: "a case of \(name)", origin: branch.origin)
            let view = UnionCaseView(name: caseName, type: type, docLines: SwiftText.docLines(branch.description))
            cases.append(view)
            if case .reference(let component) = branch.kind { caseByComponent[component] = view }
        }
        var discriminatorView: DiscriminatorView?
        if let discriminator {
            let entries = discriminator.mapping.isEmpty
                ? branches.compactMap { branch -> Discriminator.Entry? in
                    guard case .reference(let component) = branch.kind else { return nil }
                    return Discriminator.Entry(value: component, schemaName: component)
                }
                : discriminator.mapping
            var mappings: [DiscriminatorMappingView] = []
            for entry in entries {
                guard let view = caseByComponent[entry.schemaName] else {
                    diagnostics.append(Diagnostic(.warning, "discriminator value '\(entry.value)' maps to '\(entry.schemaName)', which is not one of the union's branches; the value is not decoded",
                                                  at: schema.origin.location, pointer: schema.origin.pointer))
                    continue
                }
                mappings.append(DiscriminatorMappingView(valueLiteral: SwiftText.stringLiteral(entry.value), caseName: view.name, type: view.type))
            }
            if !mappings.isEmpty {
                discriminatorView = DiscriminatorView(propertyLiteral: SwiftText.stringLiteral(discriminator.propertyName), mappings: mappings)
            }
        }
        let view = UnionView(name: name, docLines: docs, isDeprecated: schema.deprecated, cases: cases,
                             discriminator: discriminatorView, tryInOrder: discriminatorView == nil,
                             isParameterValue: branches.allSatisfy(isScalarLike))
        return (view, diagnostics + registry.diagnostics)
    }

    /// Branches that can travel as a query, path or header value.
    private func isScalarLike(_ branch: Schema) -> Bool {
        switch branch.kind {
        case .string(let format): return format != "binary"
        case .integer, .number, .boolean, .enumeration: return true
        case .array(let items): return isScalarLike(items)
        case .reference(let name): return builder.component(name).map(isScalarLike) ?? false
        default: return false
        }
    }

    private func caseName(for branch: Schema, type: String, union: String) -> String {
        if let title = branch.title { return SwiftIdentifier.memberName(title) }
        if type.hasPrefix(union), type.count > union.count, builder.names.declaredName(for: branch) == type {
            return SwiftIdentifier.memberName(String(type.dropFirst(union.count)))
        }
        switch branch.kind {
        case .reference(let component): return SwiftIdentifier.memberName(component)
        case .string: return type == "String" ? "string" : SwiftIdentifier.memberName(type)
        case .integer: return "integer"
        case .number: return "number"
        case .boolean: return "bool"
        case .array: return "array"
        case .object: return type.hasPrefix("[") ? "object" : SwiftIdentifier.memberName(type)
        case .any, .null: return "value"
        default: return SwiftIdentifier.memberName(type)
        }
    }
}
