/// Builds the page and item sequences' view from the operation's pagination plan.
struct PaginationBuilder {
    let types: SwiftTypeMapper

    /// The view, for an operation the plan pages; `arguments` are the single-page method's.
    func build(_ plan: OperationPlan, arguments: [ArgumentView], returnType: String) -> PaginationView? {
        guard let pagination = plan.pagination, let pagesMethod = plan.names.pagesMethod else { return nil }
        let cursorName = pagination.cursorParameter.map { plan.names.parameters[$0] }
        let remaining = arguments.filter { $0.name != cursorName }
        let cursorType = pagination.cursorParameter.map { types.parameterType(of: plan.parameters[$0].schema) }
        // The cursor travels as text; an integer offset, page or cursor is converted back for the call.
        let cursorValue: String =
            switch cursorType {
            case .some(let type) where type != "String": "cursor.flatMap { \(type)($0) }"
            default: "cursor"
            }
        let call = arguments.map {
            "\(SwiftIdentifier.unescaped($0.name)): \($0.name == cursorName ? cursorValue : $0.name)"
        }
        // A next page's URL replaces the operation's URL (`RequestOptions.fetchingPage(at:)`); the first page is the
        // call as the caller made it.
        let options =
            pagination.kind == .url
            ? "options: cursor.map { options.fetchingPage(at: $0) } ?? options" : "options: options"
        let itemsMethod = pagination.itemSchema == nil ? nil : plan.names.itemsMethod
        let itemType = pagination.itemSchema.map(types.element) ?? ""
        return PaginationView(
            pagesMethod: pagesMethod, itemsMethod: itemsMethod ?? "", hasItemSequence: itemsMethod != nil,
            pageType: returnType, itemType: itemType,
            arguments: remaining,
            callArguments: (call + [options]).joined(separator: ", "),
            itemsCallArguments: (remaining.map { "\(SwiftIdentifier.unescaped($0.name)): \($0.name)" } + [
                "options: options"
            ])
            .joined(separator: ", "),
            firstCursorExpression: "nil",
            nextCursorExpression: nextCursor(pagination),
            itemCountExpression: Self.perShape(pagination, absent: "0") { shape in
                shape.resultsPath.map { steps in "(\(Self.items(steps))).count" }
            },
            itemsExpression: Self.perShape(pagination, absent: "[]") { shape in
                shape.resultsPath.map { steps in
                    shape.itemCase.map { "(\(Self.items(steps))).map { \(itemType).\($0)($0) }" } ?? Self.items(steps)
                }
            })
    }

    /// The next cursor of `page` (and of the `cursor` it was fetched with): the page's own, the offset plus the
    /// page's number of items, or the page number plus one.
    private func nextCursor(_ pagination: PaginationPlan) -> String {
        switch pagination.kind {
        case .cursor, .url:
            return Self.perShape(pagination, absent: "nil") { shape in
                shape.nextCursorPath.map { steps in
                    let next = Self.expression(steps)
                    return next.optional ? next.text : next.text + " as String?"
                }
            }
        case .offset:
            let items = pagination.shapes.first?.resultsPath.map(Self.items) ?? "[]"
            return "String((cursor.flatMap { Int($0) } ?? 0) + (\(items)).count)"
        case .page:
            return "String((cursor.flatMap { Int($0) } ?? 1) + 1)"
        }
    }

    /// One shape's expression as it is, or a `switch` over the union's cases (shapes without one give `absent`).
    private static func perShape(
        _ pagination: PaginationPlan, absent: String,
        _ expression: (PageShape) -> String?
    ) -> String {
        let shapes = pagination.shapes
        guard shapes.count > 1 || shapes.first?.caseName != nil else {
            return shapes.first.flatMap(expression) ?? absent
        }
        var lines = ["switch page {"]
        var others: [String] = []
        for shape in shapes {
            guard let caseName = shape.caseName else { continue }
            if let text = expression(shape) {
                lines.append("            case .\(caseName)(let page): \(text)")
            } else {
                others.append(".\(caseName)")
            }
        }
        if pagination.hasUnknownShape { others.append(".unknown") }
        if !others.isEmpty { lines.append("            case \(others.joined(separator: ", ")): \(absent)") }
        lines.append("            }")
        return lines.joined(separator: "\n")
    }

    /// The items of a page: `page.data`, or `page.data ?? []` when they may be absent.
    private static func items(_ steps: [PropertyStep]) -> String {
        let results = expression(steps)
        return results.optional ? results.text + " ?? []" : results.text
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
