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
        /// The enum of the outcomes, when the success responses differ.
        var outcome: OutcomeView?
    }

    /// The return type, the `case` branches of the success statuses and the error ones: success responses that
    /// differ make an outcome enum (`TypeNames.operationOutcomes`), with a warning when that loses the download
    /// variant of a binary body.
    func build(_ operation: Operation, diagnostics: inout [Diagnostic]) -> Result {
        var result = Result()
        let successes = SuccessResponses.matchable(operation)
        result.returnDescription = SwiftText.firstParagraph(successes.first?.description)
        if let outcome = names.operationOutcomes[operation.operationID] {
            result.returnType = outcome
            result.returnDescription = "One case per documented success status."
            result.outcome = outcomeView(outcome, successes: successes)
            if let binary = successes.first(where: { SuccessResponses.body(of: $0, types: mapper) == .data }) {
                diagnostics.append(
                    Diagnostic(
                        .warning,
                        "the binary body of this success response is returned in memory, in a case of \(outcome) (the other success statuses differ); no download(to:) variant streams it to a file",
                        at: binary.origin.location, pointer: binary.origin.pointer))
            }
            result.successCases = zip(successes, result.outcome?.cases ?? []).map { response, outcomeCase in
                successCase(response, outcomeCase: outcomeCase.name)
            }
        } else {
            let first = successes.first.map { successCase($0, outcomeCase: nil) }
            result.returnType = first?.type ?? "Void"
            result.successCases = successes.compactMap { response in
                first.map { withPattern($0, StatusNames.pattern(response.status) ?? "") }
            }
            if successes.isEmpty {
                result.successCases = [
                    SuccessCaseView(
                        statusPattern: "200...299", decodesJSON: false, returnsData: false, returnsText: false,
                        returnsNothing: true, type: "Void", valueOpen: "", valueClose: "", nothingValue: "")
                ]
            }
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

    /// The enum of the outcomes: a case per success status, with the body's value when it has one.
    private func outcomeView(_ name: String, successes: [Response]) -> OutcomeView {
        let cases = successes.map { response in
            let body = SuccessResponses.body(of: response, types: mapper)
            let status = response.status.text
            let summary = SwiftText.firstParagraph(response.description)
            return OutcomeCaseView(
                name: StatusNames.caseName(response.status),
                payload: body == .nothing ? "" : "(\(body.type))",
                docText: summary.isEmpty
                    ? SwiftText.commentText(status) : "\(SwiftText.commentText(status)): \(summary)")
        }
        return OutcomeView(name: name, cases: cases)
    }

    private func withPattern(_ shape: SuccessCaseView, _ pattern: String) -> SuccessCaseView {
        SuccessCaseView(
            statusPattern: pattern, decodesJSON: shape.decodesJSON, returnsData: shape.returnsData,
            returnsText: shape.returnsText, returnsNothing: shape.returnsNothing, type: shape.type,
            valueOpen: shape.valueOpen, valueClose: shape.valueClose, nothingValue: shape.nothingValue)
    }

    /// The branch of one success status: its value as it is, or wrapped in the outcome case `outcomeCase`.
    private func successCase(_ response: Response, outcomeCase: String?) -> SuccessCaseView {
        let body = SuccessResponses.body(of: response, types: mapper)
        var type = "Void"
        if case .json(let decoded) = body { type = decoded } else { type = body.type }
        return SuccessCaseView(
            statusPattern: StatusNames.pattern(response.status) ?? "", decodesJSON: body == .json(type: type),
            returnsData: body == .data, returnsText: body == .text, returnsNothing: body == .nothing, type: type,
            valueOpen: outcomeCase.map { ".\($0)(" } ?? "", valueClose: outcomeCase == nil ? "" : ")",
            nothingValue: outcomeCase.map { " .\($0)" } ?? "")
    }

    private func errorCase(_ response: Response) -> ErrorCaseView {
        let caseName = StatusNames.caseName(response.status)
        let statusText = response.status == .default ? "Any other status" : response.status.text
        let summary = SwiftText.firstParagraph(response.description)
        let docText: CommentText =
            summary.isEmpty ? SwiftText.commentText(statusText) : "\(SwiftText.commentText(statusText)): \(summary)"
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
