/// The properties of a schema as the module declares them (merged `allOf` parts, Swift member names), for the
/// decisions that follow paths into response bodies: pagination and event streams.
struct PropertyLookup: Sendable {
    let index: SchemaIndex
    let names: TypeNames
    let declarations: DeclarationPlan

    /// A property with the Swift name its struct gives it.
    struct Member {
        let property: Property
        let memberName: String
    }

    /// The schema a `$ref` chain ends at (the schema itself when it is no reference); nil when a reference names
    /// no component. Chains are followed 64 deep at most (the planner has rejected reference cycles).
    private func target(of schema: Schema) -> Schema? {
        var current = schema
        for _ in 0..<64 {
            guard case .reference(let name) = current.kind else { break }
            guard let target = index.component(name) else { return nil }
            current = target
        }
        return current
    }

    /// The schema a `$ref` chain ends at (the schema itself when it is no reference or names no component).
    func dereferenced(_ schema: Schema) -> Schema {
        target(of: schema) ?? schema
    }

    /// The declaration `schema` is (references followed), if it has one.
    func declaration(of schema: Schema) -> PlannedDeclaration? {
        target(of: schema).flatMap { declarations.declaration(at: $0.origin.pointer) }
    }

    /// The members of the struct `schema` is (references followed); empty for anything else.
    func members(of schema: Schema) -> [Member] {
        guard let current = target(of: schema) else { return [] }
        if let declaration = declarations.declaration(at: current.origin.pointer), declaration.kind == .structure {
            return zip(declaration.properties, declaration.memberNames).map { Member(property: $0, memberName: $1) }
        }
        guard case .object(let object) = current.kind else { return [] }
        return object.properties.map { Member(property: $0, memberName: SwiftIdentifier.memberName($0.name)) }
    }
}
