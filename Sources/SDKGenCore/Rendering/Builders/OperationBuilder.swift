import Foundation

/// Builds the view of one operation method: arguments, request building, response handling.
struct OperationBuilder {
    let document: APIDocument
    let names: TypeNames
    let mapper: SwiftTypeMapper
    let components: [String: Schema]

    /// Everything the template needs for `operation`, plus warnings.
    func build(_ operation: Operation, methodName: String) -> (OperationView, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var registry = NameRegistry(reserved: ["options", "request", "response", "core", "destination"])
        let globalNames = Set(document.globals.map { "\($0.location.rawValue):\($0.name)" })
        let ordered = orderedParameters(operation.parameters, globals: globalNames)
        var arguments: [ArgumentView] = []
        var lines: [ParameterLocation: [ParameterLineView]] = [:]
        let body = RequestBodyBuilder(mapper: mapper).build(operation.requestBody, registry: &registry, diagnostics: &diagnostics)
        var bodyInserted = false
        for parameter in ordered {
            if parameter.location != .path && !bodyInserted {
                arguments += body.arguments
                bodyInserted = true
            }
            let name = registry.claim(parameter.nameOverride.map(SwiftIdentifier.memberName) ?? SwiftIdentifier.memberName(parameter.name),
                                      for: "parameter '\(parameter.name)' of \(operation.operationID)", origin: parameter.origin)
            let type = mapper.type(of: parameter.schema) + (parameter.required ? "" : "?")
            arguments.append(ArgumentView(name: name, type: type, defaultArgument: parameter.required ? "" : " = nil",
                                          docText: docText(parameter.description ?? parameter.schema.description)))
            lines[parameter.location, default: []].append(ParameterLineView(
                wireLiteral: SwiftText.stringLiteral(parameter.name), name: name,
                styleArguments: styleArguments(parameter)))
        }
        if !bodyInserted { arguments += body.arguments }
        diagnostics += registry.diagnostics
        let errorType = names.operationErrors[operation.operationID] ?? "APIError"
        let responses = ResponseBuilder(names: names, mapper: mapper).build(operation, diagnostics: &diagnostics)
        let pagination = PaginationBuilder(mapper: mapper, components: components)
            .build(operation, methodName: methodName, arguments: arguments, returnType: responses.returnType, diagnostics: &diagnostics)
        let view = OperationView(
            methodName: methodName,
            docLines: docLines(operation, arguments: arguments, errorType: errorType, returns: responses.returnDescription),
            isDeprecated: operation.deprecated, arguments: arguments, errorType: errorType,
            returnType: responses.returnType,
            operationIDLiteral: SwiftText.stringLiteral(operation.operationID),
            methodLiteral: SwiftText.stringLiteral(operation.method),
            pathLiteral: SwiftText.stringLiteral(operation.path),
            requestBinding: lines.isEmpty && body.json == nil && body.binary == nil && body.text == nil && body.multipart == nil
                && body.urlEncoded == nil && responses.accept == nil ? "let" : "var",
            pathParameters: lines[.path] ?? [], queryParameters: lines[.query] ?? [],
            headerParameters: lines[.header] ?? [], cookieParameters: lines[.cookie] ?? [],
            jsonBody: body.json, binaryBody: body.binary, textBody: body.text,
            multipartBody: body.multipart, urlEncodedBody: body.urlEncoded,
            acceptLiteral: responses.accept.map(SwiftText.stringLiteral),
            successCases: responses.successCases, errorCases: responses.errorCases,
            documentedDefault: responses.documentedDefault,
            download: responses.returnType == "Data" ? DownloadView(methodName: methodName) : nil,
            pagination: pagination,
            stream: StreamBuilder(mapper: mapper, components: components)
                .build(operation, methodName: methodName, diagnostics: &diagnostics))
        return (view, diagnostics)
    }

    /// Path parameters first, then the others in document order; global (x-speakeasy-globals) headers last.
    private func orderedParameters(_ parameters: [Parameter], globals: Set<String>) -> [Parameter] {
        let isGlobal = { (parameter: Parameter) in globals.contains("\(parameter.location.rawValue):\(parameter.name)") }
        let path = parameters.filter { $0.location == .path }
        let others = parameters.filter { $0.location != .path && !isGlobal($0) }
        return path + others + parameters.filter(isGlobal)
    }

    private func styleArguments(_ parameter: Parameter) -> String {
        guard parameter.location == .query else { return "" }
        let style = parameter.style
        let defaultExplode = style == "form"
        if style == "form" && parameter.explode == defaultExplode { return "" }
        let known = ["form", "spaceDelimited", "pipeDelimited", "deepObject"]
        return ", style: .\(known.contains(style) ? style : "form"), explode: \(parameter.explode)"
    }

    private func docText(_ text: String?) -> String {
        let lines = SwiftText.docLines(text).map(\.text).filter { !$0.isEmpty }
        return lines.joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }

    private func docLines(_ operation: Operation, arguments: [ArgumentView], errorType: String, returns: String) -> [DocLine] {
        var lines = SwiftText.docLines(operation.summary ?? operation.operationID)
        let description = SwiftText.docLines(operation.description)
        if !description.isEmpty, description != lines {
            lines.append(DocLine(text: ""))
            lines += description
        }
        lines.append(DocLine(text: ""))
        lines.append(DocLine(text: " `\(operation.method) \(SwiftText.commentText(operation.path))`"))
        lines.append(DocLine(text: ""))
        lines.append(DocLine(text: " - Parameters:"))
        for argument in arguments {
            let text = argument.docText.isEmpty ? "" : " " + argument.docText
            lines.append(DocLine(text: "   - \(SwiftIdentifier.unescaped(argument.name)):\(text)"))
        }
        lines.append(DocLine(text: "   - options: Per-call retries, timeout, server URL and extra headers."))
        if !returns.isEmpty { lines.append(DocLine(text: " - Returns: \(returns)")) }
        lines.append(DocLine(text: " - Throws: `\(errorType)`: a case per documented error status, or a transport, validation or undocumented-status failure."))
        return lines
    }
}
