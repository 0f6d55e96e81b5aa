/// Compares the arguments of one initializer or method by label: removed and new required arguments break calls,
/// new arguments with a default do not; so does an argument that became optional (a value still converts).
struct ArgumentDiff {
    let before: [SurfaceArgument]
    let after: [SurfaceArgument]

    /// One argument change.
    struct Change {
        let impact: APIChange.Impact
        let summary: String
        let detail: String
    }

    /// The changes; with `orderOnly`, only a changed order of the arguments both lists have.
    func changes(orderOnly: Bool = false) -> [Change] {
        var result: [Change] = []
        let oldLabels = before.map(\.label)
        let newLabels = after.map(\.label)
        if !orderOnly {
            for argument in before where !newLabels.contains(argument.label) {
                result.append(Change(impact: .sourceBreaking, summary: "removed arguments", detail: text(argument)))
            }
            for argument in after where !oldLabels.contains(argument.label) {
                result.append(
                    argument.defaultValue == nil
                        ? Change(impact: .sourceBreaking, summary: "new required arguments", detail: text(argument))
                        : Change(impact: .additive, summary: "new optional arguments", detail: text(argument)))
            }
            for argument in after {
                guard let previous = before.first(where: { $0.label == argument.label }) else { continue }
                if let change = compare(previous, argument) { result.append(change) }
            }
        }
        let common = Set(oldLabels).intersection(newLabels)
        let oldOrder = oldLabels.filter(common.contains)
        let newOrder = newLabels.filter(common.contains)
        if oldOrder != newOrder {
            result.append(
                Change(
                    impact: .sourceBreaking, summary: "reordered arguments",
                    detail: "(\(labels(oldOrder))) → (\(labels(newOrder)))"))
        }
        return result
    }

    private func compare(_ previous: SurfaceArgument, _ argument: SurfaceArgument) -> Change? {
        let detail = "\(text(previous)) → \(text(argument))"
        if previous.type != argument.type {
            if previous.type + "?" == argument.type, argument.defaultValue != nil || previous.defaultValue == nil {
                return Change(impact: .additive, summary: "arguments made optional", detail: detail)
            }
            return Change(impact: .sourceBreaking, summary: "changed argument types", detail: detail)
        }
        if previous.defaultValue != nil, argument.defaultValue == nil {
            return Change(impact: .sourceBreaking, summary: "arguments now required", detail: detail)
        }
        if previous.defaultValue == nil, argument.defaultValue != nil {
            return Change(impact: .additive, summary: "arguments now optional", detail: detail)
        }
        if previous.defaultValue != argument.defaultValue {
            return Change(impact: .other, summary: "changed default values", detail: detail)
        }
        return nil
    }

    /// `id:name:`.
    private func labels(_ names: [String]) -> String {
        names.map { $0 + ":" }.joined()
    }

    private func text(_ argument: SurfaceArgument) -> String {
        "\(argument.label): \(argument.type)" + (argument.defaultValue.map { " = " + $0 } ?? "")
    }
}
