/// The document's schemas as the later stages look them up: components by name, the schemas directly under a
/// schema (the one definition of the tree every walk follows), and the properties a struct schema ends up with.
struct SchemaIndex: Sendable {
    /// Component schemas by name (the first of a name, should a name occur twice).
    let components: [String: Schema]

    /// An index of the document's component schemas.
    init(_ document: APIDocument) {
        var components: [String: Schema] = [:]
        for named in document.schemas where components[named.name] == nil { components[named.name] = named.schema }
        self.components = components
    }

    /// A component schema by name.
    func component(_ name: String) -> Schema? { components[name] }

    /// One schema directly under another, with what its type name would add to its owner's.
    struct Child {
        let schema: Schema
        /// `Kind` for the property `kind`, `Item` for array items, `Value` for map values, `Option2`, `Part`.
        let suffix: String
    }

    /// The schemas directly under `schema` that may need declarations of their own, in document order.
    /// `allOf` object parts are looked through: their properties become the struct's own.
    static func children(of schema: Schema) -> [Child] {
        switch schema.kind {
        case .object(let object):
            var result = object.properties.map { Child(schema: $0.schema, suffix: SwiftIdentifier.typeName($0.name)) }
            if case .typed(let value) = object.additionalProperties {
                result.append(Child(schema: value, suffix: "Value"))
            }
            return result
        case .array(let items):
            return [Child(schema: items, suffix: "Item")]
        case .oneOf(let branches, _), .anyOf(let branches, _):
            return branches.enumerated().map { Child(schema: $1, suffix: "Option\($0 + 1)") }
        case .allOf(let parts):
            return parts.flatMap { part -> [Child] in
                guard case .object(let object) = part.kind else { return [Child(schema: part, suffix: "Part")] }
                return object.properties.map { Child(schema: $0.schema, suffix: SwiftIdentifier.typeName($0.name)) }
            }
        default:
            return []
        }
    }
}
