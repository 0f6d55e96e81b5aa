/// Builds an operation's `…WithHeaders` method (its own method's view, returning the body with the headers) and
/// the struct of the headers.
struct ResponseHeadersBuilder {
    let access: String

    /// The method and the struct, when the operation's success responses document headers.
    func build(_ plan: OperationPlan, method: OperationView, groupType: String) -> (
        method: OperationView, headers: ResponseHeadersView
    )? {
        guard let headers = plan.responseHeaders, let name = plan.names.headersMethod else { return nil }
        let read = "try \(headers.typeName)(response, as: \(method.errorType).self)"
        var variant = method
        variant.methodName = name
        let returns: DocLine =
            method.returnType == "Void"
            ? DocLine(" - Returns: The response's documented headers.")
            : DocLine(" - Returns: The body, as the method without headers returns it, and the documented headers.")
        var docLines: [DocLine] = [
            DocLine(
                " Like `\(identifier: SwiftIdentifier.unescaped(method.methodName))`, but also returns the response's documented headers."
            ),
            .blank,
        ]
        for line in method.docLines.drop(while: { !$0.text.hasPrefix(" `") }) {
            if line.text.hasPrefix(" - Returns:") { continue }
            if line.text.hasPrefix(" - Throws:") { docLines.append(returns) }
            docLines.append(line)
        }
        variant.docLines = docLines
        variant.returnType =
            method.returnType == "Void"
            ? headers.typeName : "(body: \(method.returnType), headers: \(headers.typeName))"
        variant.successCases = method.successCases.map { success in
            SuccessCaseView(
                statusPattern: success.statusPattern, decodesJSON: success.decodesJSON,
                returnsData: success.returnsData, returnsText: success.returnsText,
                returnsNothing: success.returnsNothing, type: success.type,
                valueOpen: "(body: " + success.valueOpen, valueClose: success.valueClose + ", headers: \(read))",
                nothingValue: " " + read)
        }
        variant.download = nil
        variant.pagination = nil
        variant.stream = nil
        let fields = headers.fields.enumerated().map { index, field in
            var docLines = SwiftText.docLines(field.header.description ?? field.header.schema.description)
            if docLines.isEmpty { docLines = [DocLine(" The `\(SwiftText.commentText(field.header.name))` header.")] }
            if field.header.deprecated { docLines += SwiftText.docLines("- Important: Deprecated.") }
            return ResponseHeaderFieldView(
                name: field.propertyName, type: field.type + (field.isRequired ? "" : "?"), valueType: field.type,
                wireLiteral: SwiftText.stringLiteral(field.header.name),
                readFunction: field.isRequired ? "required" : "optional",
                defaultArgument: field.isRequired ? "" : " = nil", docLines: docLines,
                isLast: index == headers.fields.count - 1)
        }
        let view = ResponseHeadersView(
            access: access, name: headers.typeName,
            methodText: "\(groupType).\(SwiftIdentifier.unescaped(method.methodName))", fields: fields)
        return (variant, view)
    }
}
