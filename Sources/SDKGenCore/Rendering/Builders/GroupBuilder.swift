import Foundation

/// Builds each planned group's view: its methods and the error enums of its operations.
struct GroupBuilder {
    let plan: SDKPlan

    /// One group: its reference from the client, its view, and the error enums of its operations.
    struct Group {
        let reference: GroupReferenceView
        let view: OperationGroupView
        let errors: [OperationErrorView]
    }

    /// Every group's views, in the plan's order; `diagnostics` gets the warnings about responses.
    func build(header: (String) -> HeaderView, diagnostics: inout [Diagnostic]) -> [Group] {
        let operationBuilder = OperationBuilder(plan: plan)
        let responseBuilder = ResponseBuilder(names: plan.names, mapper: plan.types)
        var ignored: [Diagnostic] = []
        let access = plan.options.accessLevel.rawValue
        return plan.groups.map { group in
            var views: [OperationView] = []
            var errors: [OperationErrorView] = []
            var outcomes: [OutcomeView] = []
            var headerStructs: [ResponseHeadersView] = []
            for position in group.operations {
                let operationPlan = plan.operations[position]
                if let outcome = responseBuilder.build(operationPlan.operation, diagnostics: &ignored).outcome {
                    outcomes.append(outcome)
                }
                let view = operationBuilder.build(operationPlan, diagnostics: &diagnostics)
                views.append(view)
                if let (variant, headers) = ResponseHeadersBuilder(access: access)
                    .build(operationPlan, method: view, groupType: group.typeName)
                {
                    views.append(variant)
                    headerStructs.append(headers)
                }
                // The response warnings are the operation's, reported once with its own method.
                var repeated: [Diagnostic] = []
                views += operationPlan.alternatives.map { operationBuilder.build($0, diagnostics: &repeated) }
                errors.append(
                    OperationErrorView(
                        name: view.errorType,
                        operationDescription:
                            "\(group.typeName).\(SwiftIdentifier.unescaped(operationPlan.names.method))",
                        cases: responseBuilder.allErrorCases(operationPlan.operation)))
            }
            let description = plan.document.tags.first { $0.name == group.tag }?.description
            let documentation =
                description ?? (group.tag.isEmpty ? "Operations without a tag." : "The \(group.tag) operations.")
            let docLines = SwiftText.docLines(documentation)
            let reference = GroupReferenceView(
                property: group.property, typeName: group.typeName, docText: SwiftText.firstParagraph(documentation))
            return Group(
                reference: reference,
                view: OperationGroupView(
                    header: header("\(FileNames.stem(group.typeName)).swift"), access: access,
                    typeName: group.typeName, docLines: docLines, operations: views, outcomes: outcomes,
                    responseHeaders: headerStructs),
                errors: errors)
        }
    }
}
