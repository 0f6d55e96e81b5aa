/// Enums, discriminators, annotations and the simplifications every generator needs.
extension SchemaReader {
    // MARK: - Enums

    func readEnum(_ node: Node, pointer: String) -> Schema.Kind {
        guard let items = context.sequence(node, "enum", pointer: pointer) else { return .any }
        var values: [Scalar] = []
        var texts: Set<String> = []
        for (index, item) in items.enumerated() {
            guard let scalar = item.scalar else {
                context.warning(
                    "enum value \(index) is \(item.kindDescription); only scalar values are kept",
                    at: item, pointer: pointer + "/enum/\(index)")
                continue
            }
            // Values with the same text (`1` and `"1"`) would be the same raw value twice in Swift.
            if scalar == .null || !texts.insert(scalar.text).inserted { continue }
            values.append(scalar)
        }
        let types = declaredTypes(node, pointer: pointer)
        let allIntegers = !values.isEmpty && values.allSatisfy { if case .int = $0 { true } else { false } }
        let isInteger = allIntegers && !types.contains("string")
        if values.isEmpty { return types.contains("null") || node["enum"] != nil ? .null : .any }
        let open = context.text(node, "x-speakeasy-unknown-values") == "allow"
        return .enumeration(EnumSchema(values: values, isInteger: isInteger, isOpen: open, isConst: false))
    }

    func readConst(_ constant: Node, in node: Node, pointer: String) -> Schema.Kind {
        guard let scalar = constant.scalar, scalar != .null else {
            if constant.isNull { return .null }
            context.warning("a non-scalar 'const' is read as any JSON value", at: constant, pointer: pointer + "/const")
            return .any
        }
        let isInteger: Bool = if case .int = scalar { true } else { false }
        return .enumeration(EnumSchema(values: [scalar], isInteger: isInteger, isOpen: false, isConst: true))
    }

    // MARK: - Discriminator

    func readDiscriminator(_ node: Node, pointer: String) -> Discriminator? {
        guard let value = node["discriminator"] else { return nil }
        let discriminatorPointer = pointer + "/discriminator"
        guard let name = value["propertyName"]?.string else {
            context.error("a discriminator needs 'propertyName'", at: value, pointer: discriminatorPointer)
            return nil
        }
        var entries: [Discriminator.Entry] = []
        for entry in context.mapping(value, "mapping", pointer: discriminatorPointer)?.entries ?? [] {
            let entryPointer = discriminatorPointer + "/mapping/" + JSONPointer.escape(entry.key)
            if entry.key.hasPrefix("x-") {
                context.warning(
                    "vendor extension '\(entry.key)' inside a discriminator mapping is not a mapping entry; ignored",
                    at: entry.value, pointer: entryPointer)
                continue
            }
            guard let target = entry.value.string else {
                context.error(
                    "a discriminator mapping value must be a schema reference string", at: entry.value,
                    pointer: entryPointer)
                continue
            }
            let schemaName =
                target.hasPrefix("#/components/schemas/")
                ? JSONPointer.unescape(String(target.dropFirst("#/components/schemas/".count)))
                : target
            guard context.root["components"]?["schemas"]?[schemaName] != nil else {
                // A mapping to nothing selects no branch: the value decodes as `unknown` (or the union is tried
                // branch by branch when no entry is left), so this is a warning, not a reason to refuse.
                context.warning(
                    "discriminator mapping '\(entry.key)' refers to '\(target)', which is not a schema in components/schemas; the value decodes as unknown",
                    at: entry.value, pointer: entryPointer)
                continue
            }
            entries.append(Discriminator.Entry(value: entry.key, schemaName: schemaName))
        }
        return Discriminator(propertyName: name, mapping: entries)
    }

    // MARK: - Annotations

    func applyAnnotations(_ node: Node, to schema: inout Schema, pointer: String) {
        if let title = context.text(node, "title") { schema.title = title }
        if let description = context.text(node, "description") { schema.description = description }
        if context.flag(node, "deprecated", pointer: pointer + "/deprecated") == true { schema.deprecated = true }
        if context.flag(node, "readOnly", pointer: pointer + "/readOnly") == true { schema.readOnly = true }
        if context.flag(node, "writeOnly", pointer: pointer + "/writeOnly") == true { schema.writeOnly = true }
        if context.flag(node, "nullable", pointer: pointer + "/nullable") == true { schema.nullable = true }
        if declaredTypes(node, pointer: pointer).contains("null") { schema.nullable = true }
        if node["enum"]?.sequence?.contains(where: \.isNull) == true { schema.nullable = true }
        if let value = node["default"]?.scalar, value != .null { schema.defaultValue = value }
    }

    // MARK: - Simplification

    /// Removes `null` branches from unions (they make the schema nullable), unwraps one-branch unions and
    /// one-part `allOf`s (the common "`allOf: [$ref]` to add a description" idiom).
    func simplified(_ schema: Schema) -> Schema {
        switch schema.kind {
        case .oneOf(let branches, let discriminator), .anyOf(let branches, let discriminator):
            let nonNull = branches.filter { $0.kind != .null }
            var result = schema
            if nonNull.count != branches.count { result.nullable = true }
            if nonNull.count == 1 { return merged(outer: result, inner: nonNull[0]) }
            if nonNull.isEmpty {
                result.kind = .null
                return result
            }
            if case .oneOf = schema.kind {
                result.kind = .oneOf(nonNull, discriminator: discriminator)
            } else {
                result.kind = .anyOf(nonNull, discriminator: discriminator)
            }
            return result
        case .allOf(let parts):
            // `allOf: [{$ref: X}, {description: ...}]` only annotates X: parts without a shape fold into the outer schema.
            let shaped = parts.filter { $0.kind != .any }
            var outer = schema
            for part in parts where part.kind == .any {
                outer.description = outer.description ?? part.description
                outer.nullable = outer.nullable || part.nullable
                outer.deprecated = outer.deprecated || part.deprecated
                outer.defaultValue = outer.defaultValue ?? part.defaultValue
            }
            if shaped.count == 1 { return merged(outer: outer, inner: shaped[0]) }
            if shaped.count != parts.count { outer.kind = shaped.isEmpty ? .any : .allOf(shaped) }
            return outer
        default:
            return schema
        }
    }

    /// The inner schema carrying the outer one's annotations.
    private func merged(outer: Schema, inner: Schema) -> Schema {
        var result = inner
        result.origin = outer.origin
        result.nullable = outer.nullable || inner.nullable
        result.description = outer.description ?? inner.description
        result.title = outer.title ?? inner.title
        result.deprecated = outer.deprecated || inner.deprecated
        result.readOnly = outer.readOnly || inner.readOnly
        result.writeOnly = outer.writeOnly || inner.writeOnly
        result.defaultValue = outer.defaultValue ?? inner.defaultValue
        return result
    }
}
