/// Spells the Swift type expression of a schema, using the names decided by `TypeNamer`.
struct SwiftTypeMapper {
    let names: TypeNames

    /// The type without optionality (`[FileMetadata]`, `Int64`, `[String: JSONValue]`).
    func type(of schema: Schema) -> String {
        if let declared = names.declaredName(for: schema) { return declared }
        switch schema.kind {
        case .reference(let name): return names.byComponent[name] ?? "JSONValue"
        case .string(let format): return stringType(format)
        case .integer(let format): return format == "int32" ? "Int32" : (format == "int64" ? "Int64" : "Int")
        case .number(let format): return format == "float" ? "Float" : "Double"
        case .boolean: return "Bool"
        case .array(let items): return "[" + element(items) + "]"
        case .object(let object):
            if case .typed(let value) = object.additionalProperties { return "[String: " + element(value) + "]" }
            return "[String: JSONValue]"
        case .any, .null: return "JSONValue"
        case .enumeration, .oneOf, .anyOf, .allOf: return "JSONValue"
        }
    }

    /// The type of a parameter's value: like `type(of:)`, but a list's items are never optional (a null item has no
    /// form in a query, path, header or cookie value).
    func parameterType(of schema: Schema) -> String {
        if names.declaredName(for: schema) == nil, case .array(let items) = schema.kind {
            return "[" + type(of: items) + "]"
        }
        return type(of: schema)
    }

    /// The value type of the dictionary a struct keeps its undeclared keys in (`additionalProperties` next to
    /// declared properties); nil when it keeps none.
    func undeclaredKeysValueType(of schema: Schema) -> String? {
        guard case .object(let object) = schema.kind, !object.properties.isEmpty else { return nil }
        switch object.additionalProperties {
        case .none: return nil
        case .any: return "JSONValue"
        case .typed(let value): return type(of: value) + (isNullable(value) && value.kind != .any ? "?" : "")
        }
    }

    /// The type of a value that may be absent or null.
    func optionalType(of schema: Schema) -> String {
        type(of: schema) + "?"
    }

    /// An array element or map value: nullable elements become optionals.
    func element(_ schema: Schema) -> String {
        isNullable(schema) && !isAny(schema) ? type(of: schema) + "?" : type(of: schema)
    }

    /// Whether the schema, or the component it refers to, allows `null`.
    func isNullable(_ schema: Schema) -> Bool {
        if schema.nullable { return true }
        if case .reference(let name) = schema.kind { return names.nullableComponents.contains(name) }
        return false
    }

    private func isAny(_ schema: Schema) -> Bool {
        switch schema.kind {
        case .any, .null: true
        default: false
        }
    }

    private func stringType(_ format: String?) -> String {
        switch format {
        case "date-time": "Date"
        case "byte", "binary": "Data"
        default: "String"
        }
    }

    /// Whether the schema is binary data (`format: binary` strings), for bodies and multipart parts.
    static func isBinary(_ schema: Schema) -> Bool {
        if case .string(let format) = schema.kind { return format == "binary" }
        return false
    }
}
