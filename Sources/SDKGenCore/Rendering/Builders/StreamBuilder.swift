/// Builds the `...Stream` variant's view from the operation's stream plan.
struct StreamBuilder {
    let types: SwiftTypeMapper

    /// The view, for an operation the plan gives a stream variant.
    func build(_ plan: OperationPlan) -> StreamView? {
        guard let stream = plan.stream, let method = plan.names.streamMethod else { return nil }
        return StreamView(
            streamMethod: method, eventType: stream.yieldsText ? "String" : types.type(of: stream.dataSchema),
            yieldsText: stream.yieldsText, sentinelLiteral: stream.sentinel.map(SwiftText.stringLiteral) ?? .nil)
    }
}
