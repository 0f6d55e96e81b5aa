/// Builds the model files' views from the declaration plan: one file per component schema (its declaration and
/// the inline types under it), one per operation that owns inline types.
struct ModelBuilder {
    let plan: SDKPlan
    let header: (String) -> HeaderView

    /// Every model file with its path relative to the output folder.
    func build() -> [(path: String, view: ModelFileView)] {
        let types = plan.types
        let access = plan.options.accessLevel.rawValue
        return plan.declarations.files.map { file in
            let declarations = file.declarations.map { declaration(plan.declarations.declarations[$0], types: types) }
            return (file.path, ModelFileView(header: header(file.fileName), access: access, declarations: declarations))
        }
    }

    private func declaration(_ declaration: PlannedDeclaration, types: SwiftTypeMapper) -> DeclarationView {
        let schema = declaration.schema
        let docs = SwiftText.docLines(schema.description ?? schema.title)
        switch (declaration.kind, schema.kind) {
        case (.structure, _):
            let view = StructBuilder(types: types).build(declaration, docs: docs)
            return DeclarationView(structure: view, enumeration: nil, openEnumeration: nil, union: nil, alias: nil)
        case (.enumeration, .enumeration(let values)):
            // An open enum's doc comment ends with a note on unknown values, set apart from any description.
            let view = EnumBuilder.build(
                values, declaration: declaration, docs: values.isOpen && !docs.isEmpty ? docs + [.blank] : docs)
            return DeclarationView(
                structure: nil, enumeration: values.isOpen ? nil : view,
                openEnumeration: values.isOpen ? view : nil, union: nil, alias: nil)
        case (.union, _):
            let view = UnionBuilder(types: types, index: plan.index).build(declaration, docs: docs)
            return DeclarationView(structure: nil, enumeration: nil, openEnumeration: nil, union: view, alias: nil)
        default:
            // A component without a shape of its own: `typealias Name = Type`. The copy's pointer keeps the
            // component from naming itself.
            var copy = schema
            copy.origin = Origin(pointer: schema.origin.pointer + "#alias", location: schema.origin.location)
            let alias = AliasView(name: declaration.name, docLines: docs, type: types.type(of: copy))
            return DeclarationView(structure: nil, enumeration: nil, openEnumeration: nil, union: nil, alias: alias)
        }
    }
}
