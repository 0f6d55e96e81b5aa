/// What each success response of an operation gives the caller, and whether they differ so much that the method
/// returns an enum of the outcomes.
enum SuccessResponses {
    /// What a success response's body becomes.
    enum Body: Equatable {
        /// A decoded JSON value of this Swift type.
        case json(type: String)
        /// The raw bytes.
        case data
        /// The body as text.
        case text
        /// Nothing (no content, or only an event stream, which has its own method).
        case nothing

        /// The Swift type the caller gets.
        var type: String {
            switch self {
            case .json(let type): type
            case .data: "Data"
            case .text: "String"
            case .nothing: "Void"
            }
        }
    }

    /// The body of a success response: JSON when a JSON media type is listed, else the first other media type's
    /// text or bytes (event streams aside), else nothing.
    static func body(of response: Response, types: SwiftTypeMapper) -> Body {
        if let json = response.contents.first(where: { MediaTypes.isJSON($0.mediaType) }) {
            return .json(type: json.schema.map(types.type(of:)) ?? "JSONValue")
        }
        if let first = response.contents.first(where: { !MediaTypes.isEventStream($0.mediaType) }) {
            let isText = MediaTypes.isText(first.mediaType) && !(first.schema.map(SwiftTypeMapper.isBinary) ?? false)
            return isText ? .text : .data
        }
        return .nothing
    }

    /// The success responses a `case` can match (every `2XX` status or range), in document order.
    static func matchable(_ operation: Operation) -> [Response] {
        operation.responses.filter { StatusNames.isSuccess($0.status) && StatusNames.pattern($0.status) != nil }
    }

    /// Whether the success responses give different things (a body and none, or bodies of different types): the
    /// method then returns an enum with a case per success status.
    static func differ(_ operation: Operation, types: SwiftTypeMapper) -> Bool {
        Set(matchable(operation).map { body(of: $0, types: types).type }).count > 1
    }
}
