/// Reads schema objects (3.0 and 3.1) into `Schema` values.
struct SchemaReader {
    let context: ReaderContext

    private static let componentPrefix = "#/components/schemas/"

    /// Reads the schema at `node`, whose place in the document is `pointer`.
    func read(_ node: Node, pointer: String) -> Schema {
        let origin = context.origin(node, pointer)
        context.schemaDepth += 1
        defer { context.schemaDepth -= 1 }
        guard context.schemaDepth <= ReaderContext.maxSchemaDepth else {
            if !context.schemaDepthReported {
                context.schemaDepthReported = true
                context.error(
                    "schemas nest more than \(ReaderContext.maxSchemaDepth) levels deep here (counting the schemas $refs lead into); this is not supported",
                    at: node, pointer: pointer)
            }
            return Schema(.any, origin: origin)
        }
        if let bool = node.bool {
            if !bool {
                context.warning("schema 'false' accepts nothing; read as any value", at: node, pointer: pointer)
            }
            return Schema(.any, origin: origin)
        }
        guard node.mapping != nil else {
            context.error("a schema must be a mapping, found \(node.kindDescription)", at: node, pointer: pointer)
            return Schema(.any, origin: origin)
        }
        if let ref = node["$ref"] {
            return readReference(ref, in: node, pointer: pointer)
        }
        var schema = Schema(readKind(node, pointer: pointer), origin: origin)
        applyAnnotations(node, to: &schema, pointer: pointer)
        return simplified(schema)
    }

    // MARK: - References

    private func readReference(_ ref: Node, in node: Node, pointer: String) -> Schema {
        let origin = context.origin(node, pointer)
        guard let target = ref.string else {
            context.error("'$ref' must be a string", at: ref, pointer: pointer + "/$ref")
            return Schema(.any, origin: origin)
        }
        var schema: Schema
        if context.isReadingMainDocument, target.hasPrefix(Self.componentPrefix),
            !target.utf8.dropFirst(Self.componentPrefix.utf8.count).contains(UInt8(ascii: "/"))
        {
            let name = JSONPointer.unescape(String(target.dropFirst(Self.componentPrefix.count)))
            if context.root["components"]?["schemas"]?[name] == nil {
                context.error(
                    "unresolved $ref '\(target)': no schema named '\(name)' in components/schemas",
                    at: ref, pointer: pointer + "/$ref")
                return Schema(.any, origin: origin)
            }
            schema = Schema(.reference(name), origin: origin)
        } else {
            schema = readInlineReference(target, ref: ref, pointer: pointer)
        }
        // 3.1 allows siblings next to $ref; keep the ones that change meaning for a client.
        applyAnnotations(node, to: &schema, pointer: pointer)
        return schema
    }

    private func readInlineReference(_ target: String, ref: Node, pointer: String) -> Schema {
        let origin = context.origin(ref, pointer)
        guard let resolved = context.resolveReference(target, at: ref, pointer: pointer) else {
            return Schema(.any, origin: origin)
        }
        if context.refsInProgress.contains(resolved.pointer) {
            // A cycle through schemas outside components/schemas: the target becomes a named schema, and the
            // cycle runs through that name (the planner checks it like any cycle among component schemas).
            return Schema(.reference(hoistedName(for: resolved)), origin: origin)
        }
        // Read each target once: references that fan out (`a: [*b, *b]`, `b: [*c, *c]`, ...) stay linear.
        if let cached = context.inlineReferences[resolved.pointer] { return cached }
        context.refsInProgress.insert(resolved.pointer)
        defer { context.refsInProgress.remove(resolved.pointer) }
        var schema = context.reading(in: resolved.document) { read(resolved.node, pointer: resolved.pointer) }
        if let name = context.hoistedNames[resolved.pointer] {
            context.hoistedSchemas.append(NamedSchema(name: name, schema: schema))
            schema = Schema(.reference(name), origin: origin)
        }
        context.inlineReferences[resolved.pointer] = schema
        return schema
    }

    /// The component name a cycle's target is declared under: its title, else the last token of its pointer,
    /// else its file's name, with a number added when the document already has a schema of that name (how Swift
    /// spells it is the planner's concern, as for any component).
    private func hoistedName(for resolved: ReaderContext.ResolvedReference) -> String {
        if let name = context.hoistedNames[resolved.pointer] { return name }
        let fragment = resolved.pointer.firstIndex(of: "#").map { String(resolved.pointer[$0...]) } ?? "#"
        let candidates = [
            resolved.node["title"]?.string, JSONPointer.tokens(ofFragment: fragment)?.last,
            DocumentPaths.stem(resolved.document.path),
        ]
        let stem = candidates.compactMap { $0 }.first { !$0.isEmpty } ?? "Schema"
        var name = stem
        var suffix = 2
        while context.schemaNamesTaken.contains(name) {
            name = stem + String(suffix)
            suffix += 1
        }
        context.schemaNamesTaken.insert(name)
        context.hoistedNames[resolved.pointer] = name
        return name
    }

    // MARK: - Kinds

    private func readKind(_ node: Node, pointer: String) -> Schema.Kind {
        if node["enum"] != nil { return readEnum(node, pointer: pointer) }
        if let constant = node["const"] { return readConst(constant, in: node, pointer: pointer) }
        for key in ["oneOf", "anyOf"] {
            if let branches = context.sequence(node, key, pointer: pointer) {
                let schemas = branches.enumerated().map { read($1, pointer: pointer + "/\(key)/\($0)") }
                let discriminator = readDiscriminator(node, pointer: pointer)
                return key == "oneOf"
                    ? .oneOf(schemas, discriminator: discriminator) : .anyOf(schemas, discriminator: discriminator)
            }
        }
        if let parts = context.sequence(node, "allOf", pointer: pointer) {
            return .allOf(parts.enumerated().map { read($1, pointer: pointer + "/allOf/\($0)") })
        }
        let types = declaredTypes(node, pointer: pointer).filter { $0 != "null" }
        if types.count > 1 { return severalTypes(types, node: node, pointer: pointer) }
        return kind(of: types.first, node: node, pointer: pointer)
    }

    /// `type: [number, string]`: a union with one branch per type (integers tried before numbers, so whole
    /// numbers keep their type), decoded by trying the branches in order.
    private func severalTypes(_ types: [String], node: Node, pointer: String) -> Schema.Kind {
        var ordered: [String] = []
        for type in types where !ordered.contains(type) { ordered.append(type) }
        if let integer = ordered.firstIndex(of: "integer"), let number = ordered.firstIndex(of: "number"),
            number < integer
        {
            ordered.swapAt(integer, number)
        }
        let branches = ordered.enumerated().map { index, type in
            Schema(
                kind(of: type, node: node, pointer: pointer),
                origin: context.origin(node["type"] ?? node, pointer + "/type/\(index)"))
        }
        return .oneOf(branches, discriminator: nil)
    }

    private func kind(of type: String?, node: Node, pointer: String) -> Schema.Kind {
        let format = context.text(node, "format")
        switch type {
        case "string": return .string(format: format)
        case "integer": return .integer(format: format)
        case "number": return .number(format: format)
        case "boolean": return .boolean
        case "array": return .array(items: readItems(node, pointer: pointer))
        case "object": return .object(readObject(node, pointer: pointer))
        case nil:
            if node["properties"] != nil || node["additionalProperties"] != nil {
                return .object(readObject(node, pointer: pointer))
            }
            if node["items"] != nil { return .array(items: readItems(node, pointer: pointer)) }
            return isOnlyNull(node, pointer: pointer) ? .null : .any
        case let other?:
            context.error(
                "unknown schema type '\(other)'; use string, integer, number, boolean, array, object or null",
                at: node["type"], pointer: pointer + "/type")
            return .any
        }
    }

    private func isOnlyNull(_ node: Node, pointer: String) -> Bool {
        declaredTypes(node, pointer: pointer) == ["null"]
    }

    /// `type` as a list: a 3.0 string or a 3.1 array.
    func declaredTypes(_ node: Node, pointer: String) -> [String] {
        guard let type = node["type"] else { return [] }
        if let single = type.string { return [single] }
        if let items = type.sequence { return items.compactMap(\.string) }
        context.error("'type' must be a string or a list of strings", at: type, pointer: pointer + "/type")
        return []
    }

    private func readItems(_ node: Node, pointer: String) -> Schema {
        guard let items = node["items"] else {
            return Schema(.any, origin: context.origin(node, pointer + "/items"))
        }
        return read(items, pointer: pointer + "/items")
    }

    private func readObject(_ node: Node, pointer: String) -> ObjectSchema {
        let required = Set((context.sequence(node, "required", pointer: pointer) ?? []).compactMap(\.string))
        var properties: [Property] = []
        if let mapping = context.mapping(node, "properties", pointer: pointer) {
            for entry in mapping.entries {
                let propertyPointer = pointer + "/properties/" + JSONPointer.escape(entry.key)
                let schema = read(entry.value, pointer: propertyPointer)
                // `required` holds only in responses for a read-only property, only in requests for a write-only
                // one: the model serves both directions, so such a property is not required in it.
                let oneWay = schema.readOnly || schema.writeOnly
                properties.append(
                    Property(name: entry.key, schema: schema, required: required.contains(entry.key) && !oneWay))
            }
        }
        return ObjectSchema(
            properties: properties, additionalProperties: readAdditionalProperties(node, pointer: pointer))
    }

    private func readAdditionalProperties(_ node: Node, pointer: String) -> ObjectSchema.AdditionalProperties {
        guard let value = node["additionalProperties"] else { return .none }
        if let bool = value.bool { return bool ? .any : .none }
        let schema = read(value, pointer: pointer + "/additionalProperties")
        if case .any = schema.kind, !schema.nullable { return .any }
        return .typed(schema)
    }
}
