import Foundation

/// Builds the view of one operation method from its plan: arguments, request building, response handling.
struct OperationBuilder {
    let plan: SDKPlan

    /// Everything the template needs for the operation, plus warnings about its responses.
    func build(_ operationPlan: OperationPlan, diagnostics: inout [Diagnostic]) -> OperationView {
        let operation = operationPlan.operation
        let names = operationPlan.names
        let types = plan.types
        var arguments: [ArgumentView] = []
        var lines: [ParameterLocation: [ParameterLineView]] = [:]
        let body = RequestBodyBuilder(types: types).build(operationPlan)
        var bodyInserted = false
        for (position, (parameter, name)) in zip(operationPlan.parameters, names.parameters).enumerated() {
            let encoding = operationPlan.parameterEncodings[position]
            if parameter.location != .path && !bodyInserted {
                arguments += body.arguments
                bodyInserted = true
            }
            // An idempotency key is always optional: without one, the client makes a fresh key per call.
            let idempotency = parameter.location == .header && plan.options.isIdempotencyHeader(parameter.name)
            let optional = !parameter.required || idempotency
            let valueType =
                encoding == .json ? types.type(of: parameter.schema) : types.parameterType(of: parameter.schema)
            let type = idempotency ? "String?" : valueType + (optional ? "?" : "")
            var doc = SwiftText.inlineCommentText(parameter.description ?? parameter.schema.description)
            if doc.isEmpty {
                doc =
                    "The `\(SwiftText.commentText(parameter.name))` \(SwiftText.commentText(parameter.location.rawValue)) parameter."
            }
            if parameter.deprecated { doc = Self.appending("Deprecated.", to: doc) }
            if !parameter.required, let value = parameter.schema.defaultValue {
                doc = Self.appending(
                    "When nil, the server's default applies (`\(SwiftText.commentText(value.text))`).", to: doc)
            }
            if idempotency {
                doc = Self.appending("A fresh key per call when nil; the same on every retry.", to: doc)
            }
            arguments.append(
                ArgumentView(
                    name: name, type: type, defaultArgument: optional ? " = nil" : "",
                    docText: doc))
            lines[parameter.location, default: []].append(
                ParameterLineView(
                    wireLiteral: SwiftText.stringLiteral(parameter.name), name: name,
                    valueExpression: Self.valueExpression(name, encoding: encoding, optional: optional),
                    styleArguments: styleArguments(parameter), isIdempotencyKey: idempotency))
        }
        if !bodyInserted { arguments += body.arguments }
        let errorType = operationPlan.errorType
        let responses = ResponseBuilder(names: plan.names, mapper: types).build(operation, diagnostics: &diagnostics)
        let pagination = PaginationBuilder(types: types)
            .build(operationPlan, arguments: arguments, returnType: responses.returnType)
        return OperationView(
            methodName: names.method,
            docLines: docLines(
                operationPlan, arguments: arguments, errorType: errorType, returns: responses.returnDescription),
            isDeprecated: operation.deprecated,
            isDiscardableResult: operation.method.uppercased() == "DELETE" && responses.returnType != "Void",
            arguments: arguments, errorType: errorType,
            returnType: responses.returnType,
            operationIDLiteral: SwiftText.stringLiteral(operation.operationID),
            methodLiteral: SwiftText.stringLiteral(operation.method),
            pathLiteral: SwiftText.stringLiteral(operation.path),
            requestBinding: lines.isEmpty && body.json == nil && body.binary == nil && body.text == nil
                && body.multipart == nil && body.urlEncoded == nil && responses.accept == nil
                && operationPlan.server == nil ? "let" : "var",
            serverLiteral: operationPlan.server.map(SwiftText.stringLiteral),
            pathParameters: lines[.path] ?? [], queryParameters: lines[.query] ?? [],
            headerParameters: lines[.header] ?? [], cookieParameters: lines[.cookie] ?? [],
            jsonBody: body.json, binaryBody: body.binary, textBody: body.text,
            multipartBody: body.multipart, urlEncodedBody: body.urlEncoded,
            acceptLiteral: responses.accept.map(SwiftText.stringLiteral),
            successCases: responses.successCases, errorCases: responses.errorCases,
            documentedDefault: responses.documentedDefault,
            download: responses.returnType == "Data" ? DownloadView(methodName: names.method) : nil,
            pagination: pagination,
            stream: StreamBuilder(types: types).build(operationPlan))
    }

    /// `doc` followed by the sentence `note`, with a full stop ended `doc` if it had no closing punctuation.
    private static func appending(_ note: CommentText, to doc: CommentText) -> CommentText {
        guard let last = doc.text.last else { return note }
        return ".!?:".contains(last) ? "\(doc) \(note)" : "\(doc). \(note)"
    }

    /// The argument as a `ParameterValue`: itself, or wrapped to be sent as JSON text or spread into members.
    static func valueExpression(_ name: String, encoding: ParameterEncoding, optional: Bool) -> String {
        let wrapper: String
        switch encoding {
        case .direct: return name
        case .json: wrapper = "JSONParameter"
        case .encodable: wrapper = "EncodableParameter"
        }
        return optional ? "\(name).map { \(wrapper)($0) }" : "\(wrapper)(\(name))"
    }

    private func styleArguments(_ parameter: Parameter) -> String {
        guard parameter.location == .query else { return "" }
        let style = parameter.style
        let defaultExplode = style == "form"
        if style == "form" && parameter.explode == defaultExplode { return "" }
        let known = ["form", "spaceDelimited", "pipeDelimited", "deepObject"]
        return ", style: .\(known.contains(style) ? style : "form"), explode: \(parameter.explode)"
    }

    private func docLines(
        _ operationPlan: OperationPlan, arguments: [ArgumentView], errorType: String,
        returns: CommentText
    ) -> [DocLine] {
        let operation = operationPlan.operation
        var lines = SwiftText.docLines(operation.summary ?? operation.operationID)
        let description = SwiftText.docLines(operation.description)
        if !description.isEmpty, description != lines {
            lines.append(.blank)
            lines += description
        }
        lines.append(.blank)
        lines.append(DocLine(" `\(SwiftText.commentText(operation.method)) \(SwiftText.commentText(operation.path))`"))
        if (operation.requestBody?.contents.count ?? 0) > 1, let mediaType = operationPlan.body.mediaType {
            lines.append(.blank)
            lines.append(
                DocLine(
                    " Sends the request body as `\(SwiftText.commentText(mediaType))`; the operation has a method for each media type it accepts."
                ))
        }
        lines.append(.blank)
        lines.append(DocLine(" - Parameters:"))
        for argument in arguments {
            let text: CommentText = argument.docText.isEmpty ? "" : " \(argument.docText)"
            lines.append(DocLine("   - \(identifier: SwiftIdentifier.unescaped(argument.name)):\(text)"))
        }
        lines.append(DocLine("   - options: Per-call retries, timeout, server URL and extra headers."))
        if !returns.isEmpty { lines.append(DocLine(" - Returns: \(returns)")) }
        lines.append(
            DocLine(
                " - Throws: `\(identifier: errorType)`: a case per documented error status, or a transport, validation or undocumented-status failure."
            ))
        return lines
    }
}
