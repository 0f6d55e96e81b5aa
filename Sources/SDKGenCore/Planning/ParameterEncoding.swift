/// How a parameter's or form field's value reaches the wire.
enum ParameterEncoding: Sendable, Equatable {
    /// Through the value's own `ParameterValue` conformance: scalars, enums, unions of scalars, arrays and maps of
    /// those, and any-JSON values.
    case direct
    /// As its JSON text, for a parameter declared with `content: {application/json: …}` (`JSONParameter`).
    case json
    /// An object, a union of objects or a list of them, spread into members by the parameter's style
    /// (`EncodableParameter`).
    case encodable

    /// The encoding of a parameter of `schema`, declared with `contentMediaType` when it uses `content`.
    static func of(_ schema: Schema, contentMediaType: String?, index: SchemaIndex) -> ParameterEncoding {
        if let mediaType = contentMediaType, MediaTypes.isJSON(mediaType) { return .json }
        return conformsToParameterValue(schema, index: index, depth: 0) ? .direct : .encodable
    }

    /// Whether the Swift type of `schema` conforms to the runtime's `ParameterValue` (as the templates declare it).
    static func conformsToParameterValue(_ schema: Schema, index: SchemaIndex, depth: Int) -> Bool {
        guard depth < 32 else { return false }
        switch schema.kind {
        case .string(let format): return format != "byte" && format != "binary"
        case .integer, .number, .boolean, .enumeration, .any, .null: return true
        case .array(let items): return conformsToParameterValue(items, index: index, depth: depth + 1)
        case .object(let object):
            guard object.properties.isEmpty else { return false }
            guard case .typed(let value) = object.additionalProperties else { return true }
            return conformsToParameterValue(value, index: index, depth: depth + 1)
        case .reference(let name):
            return index.component(name).map { conformsToParameterValue($0, index: index, depth: depth + 1) } ?? true
        case .oneOf(let branches, _), .anyOf(let branches, _):
            return branches.allSatisfy { isScalarLike($0, index: index, depth: depth + 1) }
        case .allOf:
            return false
        }
    }

    /// Whether a union branch is a scalar or a list of scalars: a union of such branches declares `ParameterValue`
    /// (base64 and binary strings are `Data`, which is no parameter value).
    static func isScalarLike(_ branch: Schema, index: SchemaIndex, depth: Int) -> Bool {
        guard depth < 32 else { return false }
        switch branch.kind {
        case .string(let format): return format != "binary" && format != "byte"
        case .integer, .number, .boolean, .enumeration: return true
        case .array(let items): return isScalarLike(items, index: index, depth: depth + 1)
        case .reference(let name):
            return index.component(name).map { isScalarLike($0, index: index, depth: depth + 1) } ?? false
        default: return false
        }
    }
}
