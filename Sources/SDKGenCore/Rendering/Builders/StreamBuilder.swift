/// Builds the `...Stream` variant's view from the operation's stream plan.
struct StreamBuilder {
    let types: SwiftTypeMapper

    /// The view, for an operation the plan gives a stream variant.
    func build(_ plan: OperationPlan) -> StreamView? {
        guard let stream = plan.stream, let method = plan.names.streamMethod else { return nil }
        return StreamView(
            streamMethod: method, mediaTypeLiteral: SwiftText.stringLiteral(stream.mediaType),
            mediaTypeText: SwiftText.commentText(stream.mediaType), isEventStream: stream.framing == .events,
            framing: stream.framing == .jsonSequence ? ".recordSeparated" : ".lines",
            sequenceType: Self.sequenceType(stream), eventType: eventType(stream),
            yieldsText: stream.yieldsText, sentinelLiteral: stream.sentinel.map(SwiftText.stringLiteral) ?? .nil)
    }

    /// The type each element decodes to.
    private func eventType(_ stream: StreamPlan) -> String {
        stream.yieldsText ? "String" : types.type(of: stream.dataSchema)
    }

    /// The runtime sequence the variant returns: `ServerSentEventSequence` or `JSONStreamSequence`.
    static func sequenceType(_ stream: StreamPlan) -> String {
        stream.framing == .events ? "ServerSentEventSequence" : "JSONStreamSequence"
    }

    /// The variant's full return type (`JSONStreamSequence<LogLine, TailLogsError>`).
    func returnType(_ stream: StreamPlan, errorType: String) -> String {
        "\(Self.sequenceType(stream))<\(eventType(stream)), \(errorType)>"
    }
}
