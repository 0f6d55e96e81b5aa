/// Builds the page and item sequences' view from the operation's pagination plan.
struct PaginationBuilder {
    let types: SwiftTypeMapper

    /// The view, for an operation the plan pages; `arguments` are the single-page method's.
    func build(_ plan: OperationPlan, arguments: [ArgumentView], returnType: String) -> PaginationView? {
        guard let pagination = plan.pagination, let pagesMethod = plan.names.pagesMethod,
              let itemsMethod = plan.names.itemsMethod else { return nil }
        let cursorName = plan.names.parameters[pagination.cursorParameter]
        let remaining = arguments.filter { $0.name != cursorName }
        let call = arguments.map { "\(SwiftIdentifier.unescaped($0.name)): \($0.name == cursorName ? "cursor" : $0.name)" }
        let next = Self.expression(pagination.nextCursorPath)
        let results = Self.expression(pagination.resultsPath)
        return PaginationView(
            pagesMethod: pagesMethod, itemsMethod: itemsMethod,
            pageType: returnType, itemType: types.type(of: pagination.itemSchema),
            arguments: remaining,
            callArguments: (call + ["options: options"]).joined(separator: ", "),
            itemsCallArguments: (remaining.map { "\(SwiftIdentifier.unescaped($0.name)): \($0.name)" } + ["options: options"])
                .joined(separator: ", "),
            firstCursorExpression: "nil",
            nextCursorExpression: next.optional ? next.text : next.text + " as String?",
            itemsExpression: results.optional ? results.text + " ?? []" : results.text)
    }

    /// `page.meta?.next`, and whether the value may be nil.
    private static func expression(_ steps: [PropertyStep]) -> (text: String, optional: Bool) {
        var text = "page"
        var optional = false
        for step in steps {
            text += (optional ? "?." : ".") + step.memberName
            optional = optional || step.optional
        }
        return (text, optional)
    }
}
