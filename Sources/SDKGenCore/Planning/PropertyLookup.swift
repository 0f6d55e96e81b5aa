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

    /// The schema a `$ref` chain ends at (the schema itself when it is no reference).
    func dereferenced(_ schema: Schema) -> Schema {
        var current = schema
        for _ in 0..<64 {
            guard case .reference(let name) = current.kind, let target = index.component(name) else { return current }
            current = target
        }
        return current
    }

    /// The declaration `schema` is (references followed), if it has one.
    func declaration(of schema: Schema) -> PlannedDeclaration? {
        var current = schema
        for _ in 0..<64 {
            guard case .reference(let name) = current.kind else { break }
            guard let target = index.component(name) else { return nil }
            current = target
        }
        return declarations.declaration(at: current.origin.pointer)
    }

    /// The members of the struct `schema` is (references followed); empty for anything else.
    func members(of schema: Schema) -> [Member] {
        var current = schema
        for _ in 0..<64 {
            guard case .reference(let name) = current.kind else { break }
            guard let target = index.component(name) else { return [] }
            current = target
        }
        if let declaration = declarations.declaration(at: current.origin.pointer), declaration.kind == .structure {
            return zip(declaration.properties, declaration.memberNames).map { Member(property: $0, memberName: $1) }
        }
        guard case .object(let object) = current.kind else { return [] }
        return object.properties.map { Member(property: $0, memberName: SwiftIdentifier.memberName($0.name)) }
    }
}
