import Foundation

/// Decides what an operation returns and which error it throws for each documented status.
struct ResponseBuilder {
    let names: TypeNames
    let mapper: SwiftTypeMapper

    /// The response handling of one operation.
    struct Result {
        var returnType = "Void"
        var returnDescription: CommentText = ""
        var accept: String?
        var successCases: [SuccessCaseView] = []
        var errorCases: [ErrorCaseView] = []
        var documentedDefault: ErrorCaseView?
    }

    func build(_ operation: Operation, diagnostics: inout [Diagnostic]) -> Result {
        var result = Result()
        let successes = operation.responses.filter { StatusNames.isSuccess($0.status) }
        let shape =
            successes.first.map(successShape)
            ?? SuccessCaseView(
                statusPattern: "", decodesJSON: false, returnsData: false,
                returnsText: false, returnsNothing: true, type: "Void")
        result.returnType = shape.type
        let firstLine = successes.first.flatMap { SwiftText.docLines($0.description).first?.text }
        result.returnDescription = SwiftText.commentText(firstLine?.trimmingWhitespace() ?? "")
        if successes.isEmpty {
            result.successCases = [withPattern(shape, "200...299")]
        }
        for response in successes {
            let own = successShape(response)
            guard let pattern = StatusNames.pattern(response.status) else { continue }
            if own.type != shape.type {
                diagnostics.append(
                    Diagnostic(
                        .warning,
                        "this success response's body (\(own.type)) differs from the first success response's (\(shape.type)); it is decoded as \(shape.type)",
                        at: response.origin.location, pointer: response.origin.pointer))
            }
            result.successCases.append(withPattern(shape, pattern))
        }
        result.accept = acceptHeader(operation)
        for response in operation.responses where !StatusNames.isSuccess(response.status) {
            let view = errorCase(response)
            if response.status == .default { result.documentedDefault = view } else { result.errorCases.append(view) }
        }
        return result
    }

    /// Every documented error case, including the `default` one, in document order (for the error enum).
    func allErrorCases(_ operation: Operation) -> [ErrorCaseView] {
        operation.responses.filter { !StatusNames.isSuccess($0.status) }.map(errorCase)
    }

    private func withPattern(_ shape: SuccessCaseView, _ pattern: String) -> SuccessCaseView {
        SuccessCaseView(
            statusPattern: pattern, decodesJSON: shape.decodesJSON, returnsData: shape.returnsData,
            returnsText: shape.returnsText, returnsNothing: shape.returnsNothing, type: shape.type)
    }

    private func successShape(_ response: Response) -> SuccessCaseView {
        let json = response.contents.first { MediaTypes.isJSON($0.mediaType) }
        if let json {
            let type = json.schema.map(mapper.type(of:)) ?? "JSONValue"
            return SuccessCaseView(
                statusPattern: "", decodesJSON: true, returnsData: false, returnsText: false, returnsNothing: false,
                type: type)
        }
        if let first = response.contents.first(where: { !MediaTypes.isEventStream($0.mediaType) }) {
            let isText = MediaTypes.isText(first.mediaType) && !(first.schema.map(SwiftTypeMapper.isBinary) ?? false)
            return SuccessCaseView(
                statusPattern: "", decodesJSON: false, returnsData: !isText, returnsText: isText,
                returnsNothing: false, type: isText ? "String" : "Data")
        }
        return SuccessCaseView(
            statusPattern: "", decodesJSON: false, returnsData: false, returnsText: false, returnsNothing: true,
            type: "Void")
    }

    private func errorCase(_ response: Response) -> ErrorCaseView {
        let caseName = StatusNames.caseName(response.status)
        let statusText: String =
            switch response.status {
            case .code(let code): String(code)
            case .range(let digit): "\(digit)XX"
            case .default: "Any other status"
            }
        let summary = SwiftText.docLines(response.description).first?.text.trimmingWhitespace() ?? ""
        let docText = SwiftText.commentText(summary.isEmpty ? statusText : "\(statusText): \(summary)")
        guard let json = response.contents.first(where: { MediaTypes.isJSON($0.mediaType) }), let schema = json.schema
        else {
            return ErrorCaseView(
                statusPattern: StatusNames.pattern(response.status) ?? "", caseName: caseName,
                payloadType: "APIError", bodyType: nil, docText: docText)
        }
        let bodyType = mapper.type(of: schema)
        let payload = names.errorAliases[bodyType] ?? "DocumentedError<\(bodyType)>"
        return ErrorCaseView(
            statusPattern: StatusNames.pattern(response.status) ?? "", caseName: caseName,
            payloadType: payload, bodyType: bodyType, docText: docText)
    }

    /// `application/json` when the success response is JSON; the success media type otherwise.
    private func acceptHeader(_ operation: Operation) -> String? {
        let success = operation.responses.filter { StatusNames.isSuccess($0.status) }.flatMap(\.contents)
        if success.contains(where: { MediaTypes.isJSON($0.mediaType) }) { return "application/json" }
        return success.first?.mediaType
    }
}
