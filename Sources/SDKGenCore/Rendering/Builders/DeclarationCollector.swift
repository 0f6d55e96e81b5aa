/// Collects the declarations one file holds: a root schema's own and those of the inline schemas under it.
struct DeclarationCollector {
    let builder: ModelBuilder
    /// Schema pointers already declared somewhere (each type is declared once).
    private(set) var emitted: Set<String>
    private(set) var declarations: [DeclarationView] = []
    private(set) var diagnostics: [Diagnostic] = []

    init(builder: ModelBuilder, emitted: Set<String>) {
        self.builder = builder
        self.emitted = emitted
    }

    /// Declares `schema` under `name`: a struct, enum, union, or (for a component without a shape of its own) a typealias.
    mutating func add(_ schema: Schema, name: String, isComponent: Bool) {
        guard !emitted.contains(schema.origin.pointer) else { return }
        emitted.insert(schema.origin.pointer)
        let docs = SwiftText.docLines(schema.description ?? schema.title)
        switch (DeclarationKind.of(schema), schema.kind) {
        case (.structure, _):
            let (view, warnings) = StructBuilder(builder: builder).build(schema, name: name, docs: docs)
            diagnostics += warnings
            declarations.append(DeclarationView(structure: view, enumeration: nil, openEnumeration: nil, union: nil, alias: nil))
        case (.enumeration, .enumeration(let values)):
            let view = EnumBuilder.build(values, name: name, docs: docs, deprecated: schema.deprecated)
            declarations.append(DeclarationView(structure: nil, enumeration: values.isOpen ? nil : view,
                                                openEnumeration: values.isOpen ? view : nil, union: nil, alias: nil))
        case (.union, _):
            let (view, warnings) = UnionBuilder(builder: builder).build(schema, name: name, docs: docs)
            diagnostics += warnings
            declarations.append(DeclarationView(structure: nil, enumeration: nil, openEnumeration: nil, union: view, alias: nil))
        default:
            guard isComponent else { return }
            let alias = AliasView(name: name, docLines: docs, type: builder.aliasedType(of: schema))
            declarations.append(DeclarationView(structure: nil, enumeration: nil, openEnumeration: nil, union: nil, alias: alias))
        }
    }

    /// Declares the schema if it has a name of its own, then everything under it. A named schema reached again
    /// (a shared inline `$ref` target) is not walked again: its subtree is declared already.
    mutating func addTree(_ schema: Schema) {
        if case .reference = schema.kind { return }
        if let name = builder.names.bySchemaPointer[schema.origin.pointer] {
            guard !emitted.contains(schema.origin.pointer) else { return }
            add(schema, name: name, isComponent: false)
        }
        addChildren(of: schema)
    }

    /// Declares the inline schemas directly or indirectly under `schema`.
    mutating func addChildren(of schema: Schema) {
        switch schema.kind {
        case .object(let object):
            for property in object.properties { addTree(property.schema) }
            if case .typed(let value) = object.additionalProperties { addTree(value) }
        case .array(let items):
            addTree(items)
        case .oneOf(let branches, _), .anyOf(let branches, _):
            for branch in branches { addTree(branch) }
        case .allOf(let parts):
            for part in parts {
                if case .object(let object) = part.kind {
                    for property in object.properties { addTree(property.schema) }
                } else {
                    addTree(part)
                }
            }
        default:
            break
        }
    }
}
