/// Reads request bodies and responses, following `$ref`s to `components/requestBodies` and `components/responses`.
struct BodyReader {
    let context: ReaderContext

    /// A `requestBody` object or reference.
    func readRequestBody(_ node: Node, pointer: String) -> RequestBody? {
        guard let (target, targetPointer, _, document) = resolve(node, pointer: pointer) else { return nil }
        return context.reading(in: document) {
            RequestBody(
                required: context.flag(target, "required", pointer: targetPointer + "/required") ?? false,
                description: context.text(target, "description"),
                contents: readContents(target, pointer: targetPointer),
                origin: context.origin(target, targetPointer))
        }
    }

    /// The `responses` of an operation, in document order.
    func readResponses(_ operation: Node, pointer: String) -> [Response] {
        guard let responses = context.mapping(operation, "responses", pointer: pointer) else {
            context.warning(
                "operation has no 'responses'; any answer is treated as undocumented", at: operation, pointer: pointer)
            return []
        }
        var result: [Response] = []
        for entry in responses.entries where !entry.key.hasPrefix("x-") {
            let responsePointer = pointer + "/responses/" + JSONPointer.escape(entry.key)
            guard let status = Self.status(entry.key) else {
                context.error(
                    "response key '\(entry.key)' is not a status code, a range like 4XX, or 'default'",
                    at: entry.value, pointer: responsePointer)
                continue
            }
            guard let (target, targetPointer, componentName, document) = resolve(entry.value, pointer: responsePointer)
            else { continue }
            let contents = context.reading(in: document) { readContents(target, pointer: targetPointer) }
            var response = Response(
                status: status, description: context.text(target, "description"), contents: contents,
                componentName: componentName, origin: context.origin(entry.value, responsePointer))
            if let headers = target["headers"] {
                if let mapping = headers.mapping {
                    response.headers = context.reading(in: document) {
                        readHeaders(mapping, pointer: targetPointer + "/headers")
                    }
                    response.headersOrigin = context.origin(headers, targetPointer + "/headers")
                } else {
                    context.warning(
                        "'headers' must be a mapping, found \(headers.kindDescription); ignored", at: headers,
                        pointer: targetPointer + "/headers")
                }
            }
            result.append(response)
        }
        return result
    }

    /// A response's `headers`, each a header object or a `$ref` to one. `Content-Type` is ignored, as OpenAPI says,
    /// and so are the CORS headers (`Access-Control-*`), which only a browser acts on.
    private func readHeaders(_ headers: Mapping, pointer: String) -> [ResponseHeader] {
        headers.entries.compactMap { entry in
            let name = entry.key.lowercased()
            guard !entry.key.hasPrefix("x-"), name != "content-type", !name.hasPrefix("access-control-") else {
                return nil
            }
            let headerPointer = pointer + "/" + JSONPointer.escape(entry.key)
            guard let (target, targetPointer, _, document) = resolve(entry.value, pointer: headerPointer) else {
                return nil
            }
            return context.reading(in: document) {
                ResponseHeader(
                    name: entry.key,
                    required: context.flag(target, "required", pointer: targetPointer + "/required") ?? false,
                    description: context.text(target, "description"),
                    deprecated: context.flag(target, "deprecated", pointer: targetPointer + "/deprecated") ?? false,
                    schema: ParameterReader(context: context).readSchema(target, pointer: targetPointer),
                    origin: context.origin(target, targetPointer))
            }
        }
    }

    /// `200`, `4XX` (any case) or `default`.
    static func status(_ key: String) -> ResponseStatus? {
        if key == "default" { return .default }
        if let code = Int(key), (100...599).contains(code) { return .code(code) }
        let upper = key.uppercased()
        if upper.count == 3, upper.hasSuffix("XX"), let digit = Int(upper.prefix(1)), (1...5).contains(digit) {
            return .range(digit)
        }
        return nil
    }

    private func readContents(_ node: Node, pointer: String) -> [MediaContent] {
        guard let content = context.mapping(node, "content", pointer: pointer) else { return [] }
        return content.entries.map { entry in
            // OpenAPI 3.2 describes each item of a sequential media type (an event stream) with `itemSchema`.
            let key = entry.value["schema"] == nil && entry.value["itemSchema"] != nil ? "itemSchema" : "schema"
            let schemaNode = entry.value[key]
            let schemaPointer = pointer + "/content/" + JSONPointer.escape(entry.key) + "/" + key
            return MediaContent(
                mediaType: entry.key,
                schema: schemaNode.map { SchemaReader(context: context).read($0, pointer: schemaPointer) },
                sentinel: context.text(entry.value, "x-speakeasy-sse-sentinel"),
                encodings: readEncodings(
                    entry.value, pointer: pointer + "/content/" + JSONPointer.escape(entry.key)))
        }
    }

    /// The `encoding` map of a media type object.
    private func readEncodings(_ node: Node, pointer: String) -> [String: FieldEncoding] {
        guard let encoding = context.mapping(node, "encoding", pointer: pointer) else { return [:] }
        var result: [String: FieldEncoding] = [:]
        for entry in encoding.entries {
            let entryPointer = pointer + "/encoding/" + JSONPointer.escape(entry.key)
            guard entry.value.mapping != nil else {
                context.error(
                    "an encoding entry must be a mapping, found \(entry.value.kindDescription)", at: entry.value,
                    pointer: entryPointer)
                continue
            }
            result[entry.key] = FieldEncoding(
                contentType: context.text(entry.value, "contentType"),
                style: context.text(entry.value, "style"),
                explode: context.flag(entry.value, "explode", pointer: entryPointer + "/explode"),
                allowReserved: context.flag(entry.value, "allowReserved", pointer: entryPointer + "/allowReserved")
                    ?? false,
                hasHeaders: entry.value["headers"] != nil,
                origin: context.origin(entry.value, entryPointer))
        }
        return result
    }

    /// The node itself or the target of its `$ref`, the target's pointer, and its components name.
    private func resolve(_ node: Node, pointer: String) -> (Node, String, String?, (root: Node, path: String))? {
        guard let ref = node["$ref"] else { return (node, pointer, nil, context.currentDocument) }
        guard let target = ref.string, let resolved = context.resolveReference(target, at: ref, pointer: pointer) else {
            if ref.string == nil { context.error("'$ref' must be a string", at: ref, pointer: pointer + "/$ref") }
            return nil
        }
        let tokens =
            JSONPointer.tokens(
                ofFragment: "#" + (resolved.pointer.split(separator: "#", maxSplits: 1).last.map(String.init) ?? ""))
            ?? []
        let name = tokens.count == 3 && tokens[0] == "components" ? tokens[2] : nil
        return (resolved.node, resolved.pointer, name, resolved.document)
    }
}
