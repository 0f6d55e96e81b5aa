/// Builds the view of an enum with associated values for `oneOf` / `anyOf`.
struct UnionBuilder {
    let types: SwiftTypeMapper
    let index: SchemaIndex

    /// The union view, decoding by discriminator when the schema has one and by trying cases in order otherwise.
    func build(_ declaration: PlannedDeclaration, docs: [DocLine]) -> UnionView {
        let schema = declaration.schema
        let branches = schema.unionParts?.branches ?? []
        let discriminator = schema.unionParts?.discriminator
        var cases: [UnionCaseView] = []
        var caseByComponent: [String: UnionCaseView] = [:]
        for (branch, caseName) in zip(branches, declaration.memberNames) {
            let view = UnionCaseView(
                name: caseName, type: types.type(of: branch), docLines: SwiftText.docLines(branch.description))
            cases.append(view)
            if case .reference(let component) = branch.kind { caseByComponent[component] = view }
        }
        var discriminatorView: DiscriminatorView?
        if let discriminator {
            let entries =
                discriminator.mapping.isEmpty
                ? branches.compactMap { branch -> Discriminator.Entry? in
                    guard case .reference(let component) = branch.kind else { return nil }
                    return Discriminator.Entry(value: component, schemaName: component)
                }
                : discriminator.mapping
            let mappings = entries.compactMap { entry in
                caseByComponent[entry.schemaName].map {
                    DiscriminatorMappingView(
                        valueLiteral: SwiftText.stringLiteral(entry.value), caseName: $0.name, type: $0.type)
                }
            }
            if !mappings.isEmpty {
                discriminatorView = DiscriminatorView(
                    propertyLiteral: SwiftText.stringLiteral(discriminator.propertyName),
                    mappings: mappings)
            }
        }
        return UnionView(
            name: declaration.name, docLines: docs, isDeprecated: schema.deprecated, cases: cases,
            discriminator: discriminatorView, tryInOrder: discriminatorView == nil,
            isParameterValue: branches.allSatisfy { ParameterEncoding.isScalarLike($0, index: index, depth: 0) })
    }
}
