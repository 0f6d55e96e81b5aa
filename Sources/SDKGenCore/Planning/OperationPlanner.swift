/// Plans one operation: its group, argument order and names, body, pagination and event stream.
struct OperationPlanner {
    let document: APIDocument
    let names: TypeNames
    let lookup: PropertyLookup

    /// The operation's plan; what cannot be generated is left out with a warning that says what remains.
    func plan(_ operation: Operation, diagnostics: inout [Diagnostic]) -> OperationPlan {
        let parameters = orderedParameters(operation.parameters)
        for parameter in parameters { warnAboutNullItems(parameter, in: operation, diagnostics: &diagnostics) }
        warnAboutSuccessHeaders(operation, diagnostics: &diagnostics)
        let offered = bodies(operation, diagnostics: &diagnostics)
        var primary = plan(operation, parameters: parameters, body: offered.first ?? .none, diagnostics: &diagnostics)
        let server = OperationServer.override(for: operation, in: document, diagnostics: &diagnostics)
        primary.server = server
        primary.pagination = pagination(primary, diagnostics: &diagnostics)
        primary.stream = stream(operation, diagnostics: &diagnostics)
        if let typeName = names.operationHeaders[operation.operationID] {
            primary.responseHeaders = ResponseHeadersPlan.make(
                operation, typeName: typeName, lookup: lookup, types: SwiftTypeMapper(names: names),
                diagnostics: &diagnostics)
        }
        primary.alternatives = offered.dropFirst().map {
            var alternative = plan(operation, parameters: parameters, body: $0, diagnostics: &diagnostics)
            alternative.server = server
            return alternative
        }
        let derived = [primary.pagination != nil ? "page and item" : nil, primary.stream != nil ? "stream" : nil]
            .compactMap { $0 }
        if !derived.isEmpty, let first = primary.body.mediaType, let body = operation.requestBody,
            !primary.alternatives.isEmpty
        {
            let others = primary.alternatives.compactMap(\.body.mediaType).joined(separator: ", ")
            diagnostics.append(
                Diagnostic(
                    .warning,
                    "the \(derived.joined(separator: " and ")) variants of '\(operation.operationID)' send the \(first) body; its methods for the other media types (\(others)) return single responses",
                    at: body.origin.location, pointer: body.origin.pointer))
        }
        return primary
    }

    /// The plan of one method of the operation: its arguments with `body` as the request body.
    private func plan(
        _ operation: Operation, parameters: [Parameter], body: BodyPlan, diagnostics: inout [Diagnostic]
    ) -> OperationPlan {
        var formFields: [FormFieldPlan] = []
        if case .form(let content, let fields, let isMultipart) = body {
            formFields = FormFieldPlan.plans(
                fields: fields, content: content, isMultipart: isMultipart, lookup: lookup,
                diagnostics: &diagnostics)
        }
        var plan = OperationPlan(
            operation: operation, groupTag: operation.tags.first ?? "",
            errorType: names.operationErrors[operation.operationID] ?? "APIError",
            parameters: parameters,
            parameterEncodings: parameters.map {
                ParameterEncoding.of($0.schema, contentMediaType: $0.contentMediaType, index: lookup.index)
            },
            body: body, formFields: formFields)
        OperationNamer.arguments(of: &plan, diagnostics: &diagnostics)
        return plan
    }

    /// Path parameters first, then the others in document order; global (`x-speakeasy-globals`) headers last.
    private func orderedParameters(_ parameters: [Parameter]) -> [Parameter] {
        let globals = Set(document.globals.map { "\($0.location.rawValue):\($0.name)" })
        let isGlobal = { (parameter: Parameter) in globals.contains("\(parameter.location.rawValue):\(parameter.name)")
        }
        let path = parameters.filter { $0.location == .path }
        let others = parameters.filter { $0.location != .path && !isGlobal($0) }
        return path + others + parameters.filter(isGlobal)
    }

    /// A list parameter whose items may be null: null has no form in a query, path, header or cookie value.
    private func warnAboutNullItems(_ parameter: Parameter, in operation: Operation, diagnostics: inout [Diagnostic]) {
        guard parameter.contentMediaType == nil, case .array(let items) = parameter.schema.kind,
            SwiftTypeMapper(names: names).isNullable(items)
        else { return }
        diagnostics.append(
            Diagnostic(
                .warning,
                "the items of parameter '\(parameter.name)' of \(operation.operationID) may be null, which a \(parameter.location.rawValue) value cannot carry; the argument's items are not optional",
                at: parameter.origin.location, pointer: parameter.origin.pointer))
    }

    /// The documented headers of a success response of an operation whose success responses differ (it returns an
    /// outcome enum, and has no `…WithHeaders` method) are not returned; the warning says where they can be read.
    /// (An error keeps its response's headers in `headers`.)
    private func warnAboutSuccessHeaders(_ operation: Operation, diagnostics: inout [Diagnostic]) {
        guard names.operationHeaders[operation.operationID] == nil else { return }
        for response in SuccessResponses.matchable(operation) where !response.headers.isEmpty {
            let names = response.headers.map { "'\($0.name)'" }.joined(separator: ", ")
            let origin = response.headersOrigin ?? response.origin
            diagnostics.append(
                Diagnostic(
                    .warning,
                    "the \(response.status.text) response of '\(operation.operationID)' documents headers (\(names)) that its method does not return; a ClientHook's afterResponse reads them from HTTPResponse.headers",
                    at: origin.location, pointer: origin.pointer))
        }
    }

    // MARK: - Body

    /// Every media type the body may be sent as, the preferred one first (JSON, else a form, else the first
    /// listed), then the others in document order; a media type listed twice (parameters aside) counts once.
    private func bodies(_ operation: Operation, diagnostics: inout [Diagnostic]) -> [BodyPlan] {
        guard let body = operation.requestBody,
            let preferred = body.contents.first(where: { MediaTypes.isJSON($0.mediaType) })
                ?? body.contents.first(where: { MediaTypes.isForm($0.mediaType) }) ?? body.contents.first
        else { return [] }
        var seen: Set<String> = [MediaTypes.essence(preferred.mediaType)]
        let others = body.contents.filter { seen.insert(MediaTypes.essence($0.mediaType)).inserted }
        return ([preferred] + others).map { content in
            let plan = self.body(body, content: content)
            warnAboutUnfieldedForm(plan, of: operation, diagnostics: &diagnostics)
            return plan
        }
    }

    /// A form body whose schema is not an object has no fields to send one by one: the method takes the encoded
    /// body as `Data`. A form without a schema (or `{}`) says nothing more, so only a schema of another shape warns.
    private func warnAboutUnfieldedForm(_ plan: BodyPlan, of operation: Operation, diagnostics: inout [Diagnostic]) {
        guard case .single(_, let content, let schema) = plan, MediaTypes.isForm(content.mediaType),
            let declared = content.schema, let shape = Self.shape(of: lookup.dereferenced(schema).kind)
        else { return }
        let encoded =
            MediaTypes.isMultipart(content.mediaType)
            ? "the whole multipart body, encoded by the caller (with its boundary in a Content-Type set through options.headers)"
            : "the URL-encoded text as bytes"
        diagnostics.append(
            Diagnostic(
                .warning,
                "the \(content.mediaType) body of '\(operation.operationID)' is \(shape), not an object, so it has no fields to send one by one; the method takes `Data`: \(encoded)",
                at: declared.origin.location, pointer: declared.origin.pointer))
    }

    /// The shape of a schema that a form cannot spread into fields, for a warning; nil for any value.
    private static func shape(of kind: Schema.Kind) -> String? {
        switch kind {
        case .any, .object, .reference: return nil
        case .string(let format): return format == "binary" ? "binary" : "a string"
        case .integer, .number: return "a number"
        case .boolean: return "a boolean"
        case .array: return "an array"
        case .enumeration: return "an enum"
        case .oneOf: return "a oneOf"
        case .anyOf: return "an anyOf"
        case .allOf: return "an allOf without properties"
        case .null: return "null"
        }
    }

    /// The body sent as `content`: one argument per field for a form of an object (inline or a `$ref` to one), else
    /// one `body` argument.
    private func body(_ body: RequestBody, content: MediaContent) -> BodyPlan {
        if MediaTypes.isForm(content.mediaType), let schema = content.schema {
            let isMultipart = MediaTypes.isMultipart(content.mediaType)
            switch lookup.dereferenced(schema).kind {
            case .object(let object):
                return .form(content: content, fields: object.properties, isMultipart: isMultipart)
            case .allOf:
                // The parts merged as the struct declares them: one argument per merged property.
                let members = lookup.members(of: schema)
                if !members.isEmpty {
                    return .form(content: content, fields: members.map(\.property), isMultipart: isMultipart)
                }
            default:
                break
            }
        }
        return .single(body: body, content: content, schema: content.schema ?? Schema(.any, origin: body.origin))
    }

    // MARK: - Pagination

    private func pagination(_ plan: OperationPlan, diagnostics: inout [Diagnostic]) -> PaginationPlan? {
        let operation = plan.operation
        guard let pagination = operation.pagination else { return nil }
        func skip(_ reason: String) -> PaginationPlan? {
            diagnostics.append(
                Diagnostic(
                    .warning,
                    "pagination is not generated for '\(operation.operationID)': \(reason); the single-page method is still there",
                    at: operation.origin.location, pointer: operation.origin.pointer + "/x-speakeasy-pagination"))
            return nil
        }
        if names.operationOutcomes[operation.operationID] != nil {
            return skip("its success responses have different bodies, so a page is not one type")
        }
        let kind: PaginationPlan.Kind
        let inputName: String?
        switch pagination.type {
        case "cursor":
            kind = .cursor
            inputName = pagination.inputs.first { $0.type == "cursor" }?.name ?? pagination.inputName
        case "offsetLimit":
            let offset = pagination.inputs.first { $0.type == "offset" }
            let page = pagination.inputs.first { $0.type == "page" }
            kind = offset != nil ? .offset : .page
            inputName = (offset ?? page)?.name
        case "url":
            kind = .url
            inputName = nil
        default:
            return skip("only cursor, offsetLimit and url pagination are supported, found '\(pagination.type)'")
        }
        var cursor: Int?
        if kind != .url {
            guard let input = inputName,
                let position = plan.parameters.firstIndex(where: { $0.name == input && $0.location == .query })
            else {
                return skip(
                    "its \(kind == .cursor ? "cursor" : "offset or page") input is not a query parameter of the operation"
                )
            }
            switch (kind, plan.parameters[position].schema.kind) {
            case (_, .integer), (.cursor, .string):
                break
            default:
                return skip("its \(kind) parameter '\(input)' is neither a string nor an integer")
            }
            cursor = position
        }
        let success = operation.responses.first { StatusNames.isSuccess($0.status) }?
            .contents.first { MediaTypes.isJSON($0.mediaType) }?.schema
        guard let success else { return skip("its success response is not a JSON object") }
        let types = SwiftTypeMapper(names: names)
        var shapes: [PageShape] = []
        var itemTypes: [(type: String, schema: Schema)] = []
        for (caseName, page) in pageShapes(success) {
            var next = resolve(kind == .url ? pagination.nextURLPath : pagination.nextCursorPath, in: page)
            if kind == .url, let url = next, !isString(url.schema) { next = nil }
            let results = resolve(pagination.resultsPath, in: page)
            var resultsPath: [PropertyStep]?
            if let results, case .array(let items) = lookup.dereferenced(results.schema).kind {
                resultsPath = results.steps
                itemTypes.append((types.element(items), items))
            }
            shapes.append(PageShape(caseName: caseName, nextCursorPath: next?.steps, resultsPath: resultsPath))
        }
        if kind == .offset || kind == .page {
            guard shapes.count == 1, shapes[0].caseName == nil, shapes[0].resultsPath != nil else {
                return skip(
                    "its results path does not name a list in the response (offset pages of several shapes are not supported)"
                )
            }
        } else {
            guard shapes.contains(where: { $0.nextCursorPath != nil && $0.resultsPath != nil }) else {
                return skip(
                    "its \(kind == .url ? "nextUrl (a string)" : "nextCursor") or results path does not name properties of the response"
                )
            }
        }
        let sameItems = Set(itemTypes.map(\.type)).count == 1
        var itemSchema = sameItems ? itemTypes.first?.schema : nil
        if !sameItems, !itemTypes.isEmpty {
            if let union = itemUnion(of: itemTypes.map(\.type)) {
                itemSchema = union.schema
                // `itemTypes` lists the item type of each shape with results, in shape order.
                var itemType = itemTypes.makeIterator()
                for index in shapes.indices where shapes[index].resultsPath != nil {
                    shapes[index].itemCase = itemType.next().flatMap { union.cases[$0.type] }
                }
            } else {
                diagnostics.append(
                    Diagnostic(
                        .warning,
                        "the pages of '\(operation.operationID)' hold items of different types in their shapes (\(itemTypes.map(\.type).joined(separator: ", "))) and no schema of components/schemas is a oneOf of exactly those; a page sequence is generated, no item sequence",
                        at: operation.origin.location, pointer: operation.origin.pointer + "/x-speakeasy-pagination"))
            }
        }
        var plan = PaginationPlan(kind: kind, cursorParameter: cursor, shapes: shapes, itemSchema: itemSchema)
        plan.hasUnknownShape = lookup.declaration(of: success)?.hasUnknownCase ?? false
        return plan
    }

    /// The first component union (in document order) with exactly one case per type in `itemTypes`: a reference
    /// to it, and its case name by item type.
    private func itemUnion(of itemTypes: [String]) -> (schema: Schema, cases: [String: String])? {
        let wanted = Set(itemTypes)
        let types = SwiftTypeMapper(names: names)
        for named in document.schemas {
            guard let declaration = lookup.declarations.declaration(at: named.schema.origin.pointer),
                declaration.kind == .union, declaration.isComponent
            else { continue }
            let branches: [Schema] =
                switch declaration.schema.kind {
                case .oneOf(let branches, _), .anyOf(let branches, _): branches
                default: []
                }
            let branchTypes = branches.map(types.element)
            guard branchTypes.count == wanted.count, Set(branchTypes) == wanted,
                declaration.memberNames.count == branches.count
            else { continue }
            let cases = Dictionary(zip(branchTypes, declaration.memberNames), uniquingKeysWith: { first, _ in first })
            return (Schema(.reference(named.name), origin: named.schema.origin), cases)
        }
        return nil
    }

    /// Whether the schema (references followed) is a string.
    private func isString(_ schema: Schema) -> Bool {
        if case .string = lookup.dereferenced(schema).kind { return true }
        return false
    }

    /// The page itself, or each branch of a union page (with its case name).
    private func pageShapes(_ page: Schema) -> [(caseName: String?, schema: Schema)] {
        guard let declaration = lookup.declaration(of: page), declaration.kind == .union else { return [(nil, page)] }
        let branches: [Schema] =
            switch declaration.schema.kind {
            case .oneOf(let branches, _), .anyOf(let branches, _): branches
            default: []
            }
        return zip(branches, declaration.memberNames).map { ($1, $0) }
    }

    /// The properties `$.a.b` names from `schema` down, and the schema it ends at.
    private func resolve(_ path: String?, in schema: Schema) -> (steps: [PropertyStep], schema: Schema)? {
        guard let path, path.hasPrefix("$.") else { return nil }
        var steps: [PropertyStep] = []
        var current = schema
        let types = SwiftTypeMapper(names: names)
        for segment in path.dropFirst(2).split(separator: ".").map(String.init) {
            guard let member = lookup.members(of: current).first(where: { $0.property.name == segment }) else {
                return nil
            }
            steps.append(
                PropertyStep(
                    memberName: member.memberName,
                    optional: !member.property.required || types.isNullable(member.property.schema)))
            current = member.property.schema
        }
        return (steps, current)
    }

    // MARK: - Event streams

    /// The variant of a JSON Lines or JSON text sequence success body: its schema (or `itemSchema`) is each value's.
    private func jsonStream(_ successes: [Response]) -> StreamPlan? {
        let streamed = successes.lazy.flatMap(\.contents).first {
            MediaTypes.isJSONLines($0.mediaType) || MediaTypes.isJSONSequence($0.mediaType)
        }
        guard let content = streamed else { return nil }
        var plan = StreamPlan(
            dataSchema: content.schema ?? Schema(.any, origin: successes[0].origin), yieldsText: false, sentinel: nil)
        plan.framing = MediaTypes.isJSONSequence(content.mediaType) ? .jsonSequence : .jsonLines
        plan.mediaType = content.mediaType
        return plan
    }

    /// The event-stream variant. Two conventions are in use: the media type's schema describes one event (an
    /// object whose properties are among `data`, `event`, `id` and `retry`: the envelope), or it is the type of
    /// each event's `data`. Data that is a string (or has no schema) is yielded as text; anything else is JSON.
    private func stream(_ operation: Operation, diagnostics: inout [Diagnostic]) -> StreamPlan? {
        let successes = operation.responses.filter { StatusNames.isSuccess($0.status) }
        guard let content = successes.lazy.flatMap(\.contents).first(where: { MediaTypes.isEventStream($0.mediaType) })
        else {
            return jsonStream(successes)
        }
        let schema = content.schema ?? Schema(.string(format: nil), origin: operation.origin)
        let members = lookup.members(of: schema)
        let envelope: Set<String> = ["data", "event", "id", "retry"]
        var data = schema
        if !members.isEmpty, members.allSatisfy({ envelope.contains($0.property.name) }) {
            data =
                members.first { $0.property.name == "data" }?.property.schema
                ?? Schema(.string(format: nil), origin: schema.origin)
        }
        let yieldsText: Bool =
            switch lookup.dereferenced(data).kind {
            case .string(let format): format != "byte" && format != "binary"
            default: false
            }
        return StreamPlan(dataSchema: data, yieldsText: yieldsText, sentinel: content.sentinel)
    }
}
