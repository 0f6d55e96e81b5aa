/// Decides the `...Stream` variant of an operation whose success response can be a `text/event-stream`.
///
/// Follows the convention of the API's own SDKs: the event-stream schema describes one event, whose `data`
/// property is the JSON each event carries.
struct StreamBuilder {
    let mapper: SwiftTypeMapper
    let components: [String: Schema]

    func build(_ operation: Operation, methodName: String, diagnostics: inout [Diagnostic]) -> StreamView? {
        let successes = operation.responses.filter { StatusNames.isSuccess($0.status) }
        guard let content = successes.lazy.flatMap(\.contents).first(where: { MediaTypes.isEventStream($0.mediaType) }) else {
            return nil
        }
        guard let schema = content.schema, let data = dataProperty(of: schema) else {
            diagnostics.append(Diagnostic(.warning, "the text/event-stream response of '\(operation.operationID)' has no JSON 'data' schema; no streaming method is generated",
                                          at: operation.origin.location, pointer: operation.origin.pointer))
            return nil
        }
        let sentinel = content.sentinel.map(SwiftText.stringLiteral) ?? "nil"
        return StreamView(streamMethod: SwiftIdentifier.unescaped(methodName) + "Stream",
                          eventType: mapper.type(of: data), sentinelLiteral: sentinel)
    }

    /// The schema of the event's `data` property, when it is structured JSON.
    private func dataProperty(of schema: Schema) -> Schema? {
        let properties: [Property]
        switch schema.kind {
        case .object(let object): properties = object.properties
        case .reference(let name):
            guard let target = components[name] else { return nil }
            return dataProperty(of: target)
        default: return nil
        }
        guard let data = properties.first(where: { $0.name == "data" })?.schema else { return nil }
        switch data.kind {
        case .string, .integer, .number, .boolean: return nil
        default: return data
        }
    }
}
