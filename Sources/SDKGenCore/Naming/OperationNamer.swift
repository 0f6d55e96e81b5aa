/// Names operation methods, the methods derived from them and their arguments.
enum OperationNamer {
    /// The arguments of one operation, in one scope with the names its method body uses: the body's first (the
    /// `body` argument, or one per form field), then the parameters in argument order.
    static func arguments(of plan: inout OperationPlan, diagnostics: inout [Diagnostic]) {
        var registry = NameRegistry(reserved: ReservedNames.operationLocals)
        switch plan.body {
        case .none:
            break
        case .form(_, let fields, _):
            plan.names.formFields = fields.map { field in
                registry.claim(
                    SwiftIdentifier.memberName(field.name), for: "form field '\(field.name)'",
                    origin: field.schema.origin)
            }
        case .single(let body, _, _):
            plan.names.body = registry.claim("body", for: "the request body", origin: body.origin)
        }
        plan.names.parameters = plan.parameters.map { parameter in
            registry.claim(
                SwiftIdentifier.memberName(parameter.nameOverride ?? parameter.name),
                for: "parameter '\(parameter.name)' of \(plan.operation.operationID)", origin: parameter.origin)
        }
        diagnostics += registry.diagnostics
    }

    /// The methods of one group, in one scope: every operation's own method first (document order), then the
    /// derived ones (`listPages`, `listItems`, `sendStream`, and `uploadMultipart` for another body media type),
    /// so that a documented operation keeps its name and a derived method that collides with one is renamed, with
    /// a warning.
    static func methods(of plans: inout [OperationPlan], group: [Int], diagnostics: inout [Diagnostic]) {
        var registry = NameRegistry(reserved: ReservedNames.groupMembers)
        for index in group {
            let operation = plans[index].operation
            plans[index].names.method = registry.claim(
                SwiftIdentifier.memberName(operation.nameOverride ?? operation.operationID),
                for: "operation '\(operation.operationID)'", origin: operation.origin)
        }
        for index in group {
            let operation = plans[index].operation
            let base = SwiftIdentifier.unescaped(plans[index].names.method)
            if let pagination = plans[index].pagination {
                plans[index].names.pagesMethod = registry.claim(
                    base + "Pages", for: "the page sequence of '\(operation.operationID)'",
                    origin: operation.origin)
                if pagination.itemSchema != nil {
                    plans[index].names.itemsMethod = registry.claim(
                        base + "Items", for: "the item sequence of '\(operation.operationID)'", origin: operation.origin
                    )
                }
            }
            if plans[index].responseHeaders != nil {
                plans[index].names.headersMethod = registry.claim(
                    base + "WithHeaders", for: "the headers variant of '\(operation.operationID)'",
                    origin: operation.origin)
            }
            if plans[index].stream != nil {
                plans[index].names.streamMethod = registry.claim(
                    base + "Stream", for: "the event stream of '\(operation.operationID)'",
                    origin: operation.origin)
            }
            for position in plans[index].alternatives.indices {
                let mediaType = plans[index].alternatives[position].body.mediaType ?? ""
                plans[index].alternatives[position].names.method = registry.claim(
                    base + bodySuffix(mediaType),
                    for: "the \(mediaType) request body of '\(operation.operationID)'", origin: operation.origin)
            }
        }
        diagnostics += registry.diagnostics
    }

    /// What a method sending the body as `mediaType` adds to the operation's name: `Multipart`, `Form`
    /// (URL-encoded), `JSON`, `Text` (`text/plain`), `Binary` (`application/octet-stream`, or a type without a
    /// usable name), else the subtype spelled as a type name (`image/png` → `Png`).
    static func bodySuffix(_ mediaType: String) -> String {
        let essence = MediaTypes.essence(mediaType)
        if MediaTypes.isMultipart(essence) { return "Multipart" }
        if MediaTypes.isURLEncodedForm(essence) { return "Form" }
        if essence == "application/json" { return "JSON" }
        if essence == "text/plain" { return "Text" }
        if essence == "application/octet-stream" { return "Binary" }
        let subtype = essence.split(separator: "/", maxSplits: 1).last.map(String.init) ?? ""
        let name = SwiftIdentifier.typeName(subtype)
        return name.isEmpty || !subtype.contains(where: \.isLetter) ? "Binary" : SwiftIdentifier.unescaped(name)
    }
}
