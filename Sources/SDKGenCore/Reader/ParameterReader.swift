/// Reads parameter objects, following `$ref`s to `components/parameters`.
struct ParameterReader {
    let context: ReaderContext

    /// Reads a list of parameters written at `pointer` (a path item's or an operation's `parameters`).
    func readList(_ nodes: [Node], pointer: String) -> [Parameter] {
        nodes.enumerated().compactMap { index, node in read(node, pointer: pointer + "/\(index)") }
    }

    /// Reads one parameter or parameter reference.
    func read(_ node: Node, pointer: String) -> Parameter? {
        guard let ref = node["$ref"] else { return readResolved(node, pointer: pointer, override: nil) }
        guard let target = ref.string else {
            context.error("'$ref' must be a string", at: ref, pointer: pointer + "/$ref")
            return nil
        }
        guard let resolved = context.resolveReference(target, at: ref, pointer: pointer) else { return nil }
        let override = context.text(node, "x-speakeasy-name-override")
        return context.reading(in: resolved.document) {
            readResolved(resolved.node, pointer: resolved.pointer, override: override)
        }
    }

    /// Reads a parameter object (not a reference).
    private func readResolved(_ target: Node, pointer targetPointer: String, override: String?) -> Parameter? {
        guard target.mapping != nil else {
            context.error(
                "a parameter must be a mapping, found \(target.kindDescription)", at: target, pointer: targetPointer)
            return nil
        }
        guard let name = context.text(target, "name") else {
            context.error("a parameter needs a 'name'", at: target, pointer: targetPointer)
            return nil
        }
        guard let locationText = context.text(target, "in"), let location = ParameterLocation(rawValue: locationText)
        else {
            context.error(
                "parameter '\(name)' needs 'in' set to path, query, header or cookie", at: target["in"] ?? target,
                pointer: targetPointer)
            return nil
        }
        let schema = readSchema(target, pointer: targetPointer)
        var required = context.flag(target, "required", pointer: targetPointer + "/required") ?? false
        if location == .path && !required {
            context.warning(
                "path parameter '\(name)' must be required; read as required", at: target, pointer: targetPointer)
            required = true
        }
        let style = context.text(target, "style") ?? ((location == .query || location == .cookie) ? "form" : "simple")
        let explode = context.flag(target, "explode", pointer: targetPointer + "/explode") ?? (style == "form")
        return Parameter(
            name: name, location: location, required: required,
            description: context.text(target, "description"),
            deprecated: context.flag(target, "deprecated", pointer: targetPointer + "/deprecated") ?? false,
            schema: schema, style: style, explode: explode,
            nameOverride: override ?? context.text(target, "x-speakeasy-name-override"),
            origin: context.origin(target, targetPointer),
            contentMediaType: target["schema"] == nil ? target["content"]?.mapping?.entries.first?.key : nil)
    }

    /// The schema of a parameter or header object: `schema`, else the first `content` entry's, else a string.
    func readSchema(_ node: Node, pointer: String) -> Schema {
        if let schemaNode = node["schema"] {
            return SchemaReader(context: context).read(schemaNode, pointer: pointer + "/schema")
        }
        if let content = node["content"]?.mapping, let first = content.entries.first,
            let schemaNode = first.value["schema"]
        {
            return SchemaReader(context: context).read(
                schemaNode, pointer: pointer + "/content/" + JSONPointer.escape(first.key) + "/schema")
        }
        return Schema(.string(format: nil), origin: context.origin(node, pointer))
    }

}
