import Foundation

/// Builds page and item sequences for operations with cursor `x-speakeasy-pagination`.
struct PaginationBuilder {
    let mapper: SwiftTypeMapper
    let components: [String: Schema]

    func build(_ operation: Operation, methodName: String, arguments: [ArgumentView], returnType: String,
               diagnostics: inout [Diagnostic]) -> PaginationView? {
        guard let pagination = operation.pagination else { return nil }
        func skip(_ reason: String) -> PaginationView? {
            diagnostics.append(Diagnostic(.warning, "pagination is not generated for '\(operation.operationID)': \(reason); the single-page method is still there",
                                          at: operation.origin.location, pointer: operation.origin.pointer + "/x-speakeasy-pagination"))
            return nil
        }
        guard pagination.type == "cursor" else { return skip("only cursor pagination is supported, found '\(pagination.type)'") }
        guard let input = pagination.inputName,
              let cursorParameter = operation.parameters.first(where: { $0.name == input && $0.location == .query }) else {
            return skip("its cursor input is not a query parameter of the operation")
        }
        guard let responseSchema = successSchema(operation) else { return skip("its success response is not a JSON object") }
        guard let next = resolve(pagination.nextCursorPath, in: responseSchema),
              let results = resolve(pagination.resultsPath, in: responseSchema),
              case .array(let items) = results.schema.kind else {
            return skip("its nextCursor or results path does not name properties of the response")
        }
        let cursorName = SwiftIdentifier.memberName(cursorParameter.nameOverride ?? cursorParameter.name)
        let remaining = arguments.filter { $0.name != cursorName }
        let call = arguments.map { "\(SwiftIdentifier.unescaped($0.name)): \($0.name == cursorName ? "cursor" : $0.name)" }
        let cursorExpression = next.optional ? next.expression : next.expression + " as String?"
        return PaginationView(
            pagesMethod: SwiftIdentifier.unescaped(methodName) + "Pages",
            itemsMethod: SwiftIdentifier.unescaped(methodName) + "Items",
            pageType: returnType, itemType: mapper.type(of: items),
            arguments: remaining,
            callArguments: (call + ["options: options"]).joined(separator: ", "),
            itemsCallArguments: (remaining.map { "\(SwiftIdentifier.unescaped($0.name)): \($0.name)" } + ["options: options"]).joined(separator: ", "),
            firstCursorExpression: "nil",
            nextCursorExpression: cursorExpression.replacingOccurrences(of: "$PAGE", with: "page"),
            itemsExpression: (results.optional ? results.expression + " ?? []" : results.expression).replacingOccurrences(of: "$PAGE", with: "page"))
    }

    private func successSchema(_ operation: Operation) -> Schema? {
        operation.responses.first { StatusNames.isSuccess($0.status) }?
            .contents.first { MediaTypes.isJSON($0.mediaType) }?.schema
    }

    /// `$.a.b` → `$PAGE.a?.b`, with whether the result may be nil and the schema it ends at.
    private func resolve(_ path: String?, in schema: Schema) -> (expression: String, optional: Bool, schema: Schema)? {
        guard let path, path.hasPrefix("$.") else { return nil }
        var expression = "$PAGE"
        var optional = false
        var current = schema
        for segment in path.dropFirst(2).split(separator: ".").map(String.init) {
            guard let property = properties(of: current).first(where: { $0.name == segment }) else { return nil }
            expression += (optional ? "?." : ".") + SwiftIdentifier.memberName(segment)
            optional = optional || !property.required || mapper.isNullable(property.schema)
            current = property.schema
        }
        return (expression, optional, current)
    }

    private func properties(of schema: Schema) -> [Property] {
        switch schema.kind {
        case .object(let object): return object.properties
        case .reference(let name): return components[name].map(properties(of:)) ?? []
        case .allOf(let parts): return parts.flatMap(properties(of:))
        default: return []
        }
    }
}
