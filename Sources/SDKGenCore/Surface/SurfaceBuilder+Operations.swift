/// The client's, the groups' and the error enums' part of the surface.
extension SurfaceBuilder {
    /// The last argument of every method.
    static let optionsArgument = SurfaceArgument(
        label: "options", type: "RequestOptions",
        defaultValue: "RequestOptions()")

    /// The client: its group properties, servers, globals and the initializer whose defaults the document decides.
    func client() -> [SurfaceEntry] {
        let name = plan.names.clientName
        var entries = [SurfaceEntry(access: access, kind: .client, name: name)]
        for group in plan.groups {
            entries.append(
                SurfaceEntry(
                    access: access, kind: .constant, owner: name, name: group.property,
                    type: group.typeName))
        }
        entries.append(
            SurfaceEntry(
                access: access, kind: .staticConstant, owner: name, name: "apiVersion",
                type: "String"))
        let servers = plan.client.servers.map(\.name)
        for server in servers.isEmpty ? ["localhost"] : servers {
            entries.append(
                SurfaceEntry(
                    access: access, kind: .staticConstant, owner: name + ".Servers", name: server,
                    type: "URL"))
        }
        let defaultServer = servers.first ?? "localhost"
        entries.append(
            SurfaceEntry(
                access: access, kind: .initializer, owner: name, name: "init",
                arguments: [
                    SurfaceArgument(label: "apiKey", type: "String?", defaultValue: "nil"),
                    SurfaceArgument(label: "serverURL", type: "URL", defaultValue: "Servers.\(defaultServer)"),
                    SurfaceArgument(label: "globals", type: "Globals", defaultValue: "Globals()"),
                    SurfaceArgument(label: "timeout", type: "Duration?", defaultValue: "nil"),
                    SurfaceArgument(label: "retryPolicy", type: "RetryPolicy", defaultValue: ".documentDefault"),
                    SurfaceArgument(
                        label: "transport", type: "any HTTPTransport", defaultValue: "URLSessionTransport()"),
                    SurfaceArgument(label: "hooks", type: "[any ClientHook]", defaultValue: "[]"),
                    SurfaceArgument(label: "debugLog", type: "(@Sendable (String) -> Void)?", defaultValue: "nil"),
                    SurfaceArgument(
                        label: "environment", type: "[String: String]",
                        defaultValue: "ProcessInfo.processInfo.environment"),
                ]))
        let globals = name + ".Globals"
        entries.append(SurfaceEntry(access: access, kind: .structure, name: globals))
        for global in plan.client.globalNames {
            entries.append(SurfaceEntry(access: access, kind: .variable, owner: globals, name: global, type: "String?"))
        }
        let globalArguments = plan.client.globalNames.map {
            SurfaceArgument(
                label: SwiftIdentifier.unescaped($0),
                type: "String?", defaultValue: "nil")
        }
        entries.append(
            SurfaceEntry(
                access: access, kind: .initializer, owner: globals, name: "init",
                arguments: globalArguments))
        return entries
    }

    /// A group, its methods (each operation's, then its download, page, item and stream variants, then its methods
    /// for other body media types) and the error enums its operations throw.
    func group(_ group: GroupPlan) -> [SurfaceEntry] {
        var entries = [SurfaceEntry(access: access, kind: .group, name: group.typeName)]
        let responses = ResponseBuilder(names: plan.names, mapper: types)
        for position in group.operations {
            let operation = plan.operations[position]
            var ignored: [Diagnostic] = []
            let returnType = responses.build(operation.operation, diagnostics: &ignored).returnType
            entries += methods(operation, owner: group.typeName, returnType: returnType)
            for alternative in operation.alternatives {
                entries += methods(alternative, owner: group.typeName, returnType: returnType)
            }
            entries += errorEnumeration(operation, responses: responses)
            entries += outcomeEnumeration(operation, responses: responses)
            entries += responseHeaders(operation, owner: group.typeName, returnType: returnType)
        }
        return entries
    }

    private func methods(_ operation: OperationPlan, owner: String, returnType: String) -> [SurfaceEntry] {
        let arguments = self.arguments(operation)
        let errorType = operation.errorType
        let effects = "async throws(\(errorType))"
        var entries = [
            SurfaceEntry(
                access: access, kind: .function, owner: owner, name: operation.names.method,
                type: returnType == "Void" ? nil : returnType,
                arguments: arguments + [Self.optionsArgument], effects: effects)
        ]
        if returnType == "Data" {
            let destination = SurfaceArgument(label: "to", type: "URL")
            entries.append(
                SurfaceEntry(
                    access: access, kind: .function, owner: owner, name: operation.names.method,
                    arguments: arguments + [destination, Self.optionsArgument], effects: effects))
        }
        if let pagination = operation.pagination, let pages = operation.names.pagesMethod {
            let cursor = pagination.cursorParameter.map { SwiftIdentifier.unescaped(operation.names.parameters[$0]) }
            let remaining = arguments.filter { $0.label != cursor } + [Self.optionsArgument]
            entries.append(
                SurfaceEntry(
                    access: access, kind: .function, owner: owner, name: pages,
                    type: "PageSequence<\(returnType), \(errorType)>", arguments: remaining))
            if let items = operation.names.itemsMethod, let itemSchema = pagination.itemSchema {
                entries.append(
                    SurfaceEntry(
                        access: access, kind: .function, owner: owner, name: items,
                        type: "PageItemSequence<\(returnType), \(types.element(itemSchema)), \(errorType)>",
                        arguments: remaining))
            }
        }
        if let stream = operation.stream, let method = operation.names.streamMethod {
            entries.append(
                SurfaceEntry(
                    access: access, kind: .function, owner: owner, name: method,
                    type: StreamBuilder(types: types).returnType(stream, errorType: errorType),
                    arguments: arguments + [Self.optionsArgument], effects: effects))
        }
        return entries
    }

    /// The `…WithHeaders` method and the struct of the headers it returns, with its properties and initializer.
    private func responseHeaders(_ operation: OperationPlan, owner: String, returnType: String) -> [SurfaceEntry] {
        guard let headers = operation.responseHeaders, let method = operation.names.headersMethod else { return [] }
        let name = headers.typeName
        var entries = [
            SurfaceEntry(
                access: access, kind: .function, owner: owner, name: method,
                type: returnType == "Void" ? name : "(body: \(returnType), headers: \(name))",
                arguments: arguments(operation) + [Self.optionsArgument],
                effects: "async throws(\(operation.errorType))"),
            SurfaceEntry(access: access, kind: .structure, name: name),
        ]
        var initArguments: [SurfaceArgument] = []
        for field in headers.fields {
            let type = field.type + (field.isRequired ? "" : "?")
            entries.append(
                SurfaceEntry(access: access, kind: .variable, owner: name, name: field.propertyName, type: type))
            initArguments.append(
                SurfaceArgument(
                    label: SwiftIdentifier.unescaped(field.propertyName), type: type,
                    defaultValue: field.isRequired ? nil : "nil"))
        }
        entries.append(
            SurfaceEntry(access: access, kind: .initializer, owner: name, name: "init", arguments: initArguments))
        return entries
    }

    /// The arguments in the order `OperationBuilder` declares them: path parameters, the body, the others.
    private func arguments(_ operation: OperationPlan) -> [SurfaceArgument] {
        let body = RequestBodyBuilder(types: types).build(operation).arguments.map(argument)
        var result: [SurfaceArgument] = []
        var bodyInserted = false
        for (parameter, name) in zip(operation.parameters, operation.names.parameters) {
            if parameter.location != .path && !bodyInserted {
                result += body
                bodyInserted = true
            }
            let type = types.type(of: parameter.schema) + (parameter.required ? "" : "?")
            result.append(
                SurfaceArgument(
                    label: SwiftIdentifier.unescaped(name), type: type,
                    defaultValue: parameter.required ? nil : "nil"))
        }
        return bodyInserted ? result : result + body
    }

    private func argument(_ view: ArgumentView) -> SurfaceArgument {
        let defaultText = view.defaultArgument.hasPrefix(" = ") ? String(view.defaultArgument.dropFirst(3)) : nil
        return SurfaceArgument(label: SwiftIdentifier.unescaped(view.name), type: view.type, defaultValue: defaultText)
    }

    /// The outcome enum of an operation whose success responses differ: a case per success status.
    private func outcomeEnumeration(_ operation: OperationPlan, responses: ResponseBuilder) -> [SurfaceEntry] {
        var ignored: [Diagnostic] = []
        guard let outcome = responses.build(operation.operation, diagnostics: &ignored).outcome else { return [] }
        return [SurfaceEntry(access: access, kind: .union, name: outcome.name)]
            + outcome.cases.map { outcomeCase in
                SurfaceEntry(
                    access: access, kind: .enumCase, owner: outcome.name, name: outcomeCase.name,
                    type: outcomeCase.payload.isEmpty ? nil : String(outcomeCase.payload.dropFirst().dropLast()))
            }
    }

    /// The error enum: a case per documented error status, then the failures every call can have.
    private func errorEnumeration(_ operation: OperationPlan, responses: ResponseBuilder) -> [SurfaceEntry] {
        let name = operation.errorType
        var entries = [SurfaceEntry(access: access, kind: .errorEnumeration, name: name)]
        for errorCase in responses.allErrorCases(operation.operation) {
            entries.append(
                SurfaceEntry(
                    access: access, kind: .enumCase, owner: name, name: errorCase.caseName,
                    type: errorCase.payloadType))
        }
        let fixed = [
            ("undocumented", "APIError"), ("responseValidation", "ResponseValidationError"),
            ("transport", "TransportError"), ("invalidRequest", "InvalidRequestError"),
        ]
        for (caseName, payload) in fixed {
            entries.append(SurfaceEntry(access: access, kind: .enumCase, owner: name, name: caseName, type: payload))
        }
        return entries
    }
}
