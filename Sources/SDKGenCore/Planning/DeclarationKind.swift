/// Whether a schema needs a declaration of its own (a struct or enum), as opposed to a type expression.
public enum DeclarationKind: Sendable, Equatable {
    case structure
    case enumeration
    case union
    case none

    /// Decides the declaration a schema gets.
    public static func of(_ schema: Schema) -> DeclarationKind {
        switch schema.kind {
        case .object(let object): return object.properties.isEmpty ? .none : .structure
        case .enumeration: return .enumeration
        case .oneOf, .anyOf: return .union
        case .allOf: return .structure
        default: return .none
        }
    }
}
