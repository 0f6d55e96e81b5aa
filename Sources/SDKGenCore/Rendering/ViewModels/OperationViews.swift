/// View data for a group of operations (one tag) and its error enums.
struct OperationGroupView: FileView {
    /// Rendered with `OperationGroup.swift`.
    var templateName: String { "OperationGroup.swift" }
    let header: HeaderView
    let access: String
    let typeName: String
    let docLines: [DocLine]
    let operations: [OperationView]
    /// The outcome enums of the group's operations whose success responses differ.
    let outcomes: [OutcomeView]
    /// The header structs of the group's operations whose success responses document headers.
    let responseHeaders: [ResponseHeadersView]
}

/// The struct of an operation's documented success response headers (`CreateJobResponseHeaders`).
struct ResponseHeadersView {
    let access: String
    let name: String
    /// The operation's method, as the comment names it (`JobsAPI.createJob`).
    let methodText: String
    /// At least one; the last is `isLast` (no trailing comma in the initializer).
    let fields: [ResponseHeaderFieldView]
}

/// One header property: `public var xRequestId: String?`, read by `ResponseHeaderValues.optional`.
struct ResponseHeaderFieldView {
    let name: String
    /// The property's type, `?` included when it is optional.
    let type: String
    /// The type read from the header's text (without `?`).
    let valueType: String
    let wireLiteral: SwiftLiteral
    /// `required` or `optional`: the `ResponseHeaderValues` function that reads it.
    let readFunction: String
    /// ` = nil` for an optional property's initializer argument, else empty.
    let defaultArgument: String
    let docLines: [DocLine]
    let isLast: Bool
}

/// One generated method, with what its body does spelled as flags and lists.
struct OperationView {
    var methodName: String
    var docLines: [DocLine]
    let isDeprecated: Bool
    /// Whether the method is `@discardableResult`: a `DELETE`'s result (its confirmation) is rarely used.
    let isDiscardableResult: Bool
    let arguments: [ArgumentView]
    let errorType: String
    /// `FileListResponse`, `Data`, `String` or `Void`.
    var returnType: String
    let operationIDLiteral: SwiftLiteral
    let methodLiteral: SwiftLiteral
    let pathLiteral: SwiftLiteral
    /// `var`, or `let` when nothing is added to the request (no server, parameters, body or `Accept`), so Swift
    /// does not warn.
    let requestBinding: String
    /// The operation's own server URL (`request.setServer(...)`), when the document gives it one.
    let serverLiteral: SwiftLiteral?
    let pathParameters: [ParameterLineView]
    let queryParameters: [ParameterLineView]
    let headerParameters: [ParameterLineView]
    let cookieParameters: [ParameterLineView]
    let jsonBody: BodyArgumentView?
    let binaryBody: BodyArgumentView?
    let textBody: BodyArgumentView?
    let multipartBody: FormBodyView?
    let urlEncodedBody: FormBodyView?
    let acceptLiteral: SwiftLiteral?
    var successCases: [SuccessCaseView]
    let errorCases: [ErrorCaseView]
    /// The `default:` branch when the document's `default` response is a documented error.
    let documentedDefault: ErrorCaseView?
    /// A variant writing a binary success body to a file.
    var download: DownloadView?
    /// Page and item sequences.
    var pagination: PaginationView?
    /// A variant returning the `text/event-stream` success response as decoded events.
    var stream: StreamView?
}

/// The `...Stream` variant of an operation with a `text/event-stream`, JSON Lines or JSON text sequence success
/// response.
struct StreamView {
    let streamMethod: String
    /// The media type, as the doc comment names it and `Accept` asks for it.
    let mediaTypeLiteral: SwiftLiteral
    let mediaTypeText: CommentText
    /// Server-sent events (else a JSON stream).
    let isEventStream: Bool
    /// `.lines` or `.recordSeparated`, for a JSON stream.
    let framing: String
    /// `ServerSentEventSequence<Event, ListError>` or `JSONStreamSequence<Item, ListError>` (without the error).
    let sequenceType: String
    /// The type each event's `data` decodes to (`String` for text events).
    let eventType: String
    /// Each event's data is yielded as text, not decoded as JSON.
    let yieldsText: Bool
    /// `"[DONE]"` or `nil`.
    let sentinelLiteral: SwiftLiteral
}

/// A method argument.
struct ArgumentView {
    let name: String
    let type: String
    /// ` = nil` for optional arguments.
    let defaultArgument: String
    /// The `- name: text` line in the doc comment.
    let docText: CommentText
}

/// `request.addQueryParameter("limit", limit, style: .form, explode: true)`.
struct ParameterLineView {
    let wireLiteral: SwiftLiteral
    let name: String
    /// The argument as a `ParameterValue`: the name, or `JSONParameter(name)` / `EncodableParameter(name)`.
    let valueExpression: String
    /// `, style: .deepObject, explode: true` or empty for the defaults.
    let styleArguments: String
    /// A header carrying an idempotency key: the client sends a fresh one per call unless the caller passes one.
    let isIdempotencyKey: Bool
}

/// A body argument's name and media type.
struct BodyArgumentView {
    let name: String
    let contentTypeLiteral: SwiftLiteral
    /// Whether the argument is optional (`if let`).
    let isOptional: Bool
}

/// A multipart or URL-encoded form built from method arguments.
struct FormBodyView {
    let fields: [FormFieldView]
    /// `var`, or `let` for a form without fields (so Swift does not warn that it is never mutated).
    let binding: String
}

/// One form field.
struct FormFieldView {
    let wireLiteral: SwiftLiteral
    let name: String
    let isFile: Bool
    let isText: Bool
    let isJSON: Bool
    let isOptional: Bool
    /// The field as `String` or `String?` for text fields (`purpose.rawValue`).
    let textExpression: String
    /// The field as a `ParameterValue` in a URL-encoded form: the name, or wrapped (`EncodableParameter(name)`).
    let valueExpression: String
    /// `, contentType: "text/csv"` for a multipart part whose `encoding` names its media type, else empty.
    let partArguments: String
    /// `, style: .deepObject, explode: true` for a URL-encoded field not in exploded form style, else empty.
    let styleArguments: String
}

/// A `case 200:` branch returning the decoded body.
struct SuccessCaseView {
    let statusPattern: String
    let decodesJSON: Bool
    let returnsData: Bool
    let returnsText: Bool
    let returnsNothing: Bool
    let type: String
    /// `.ok(` and `)` around the returned value when the method returns an outcome enum, else empty.
    let valueOpen: String
    let valueClose: String
    /// ` .noContent` after `return` for a bodiless outcome case, else empty.
    let nothingValue: String
}

/// The enum an operation returns when its success responses differ: a case per success status.
struct OutcomeView {
    let name: String
    let cases: [OutcomeCaseView]
}

/// One success status: `case ok(Pet)` or `case noContent`.
struct OutcomeCaseView {
    let name: String
    /// `(Pet)`, or empty for a status without a body.
    let payload: String
    let docText: CommentText
}

/// A `case 404:` branch throwing a documented error.
struct ErrorCaseView {
    let statusPattern: String
    let caseName: String
    /// The payload type in the error enum (`BadRequestResponseError` or `APIError`).
    let payloadType: String
    /// The body type to decode, when the error has a JSON body.
    let bodyType: String?
    let docText: CommentText
}

/// The `...(to destination: URL)` variant of a binary download.
struct DownloadView {
    let methodName: String
}

/// `listPages` and `listItems`.
struct PaginationView {
    let pagesMethod: String
    /// The item sequence's method (empty without one).
    let itemsMethod: String
    /// Every page shape's items have one type, so there is an item sequence.
    let hasItemSequence: Bool
    let pageType: String
    let itemType: String
    /// Arguments of the paged call, without the cursor.
    let arguments: [ArgumentView]
    /// `limit: limit, cursor: cursor, ...` passed to the single-page method.
    let callArguments: String
    /// `limit: limit, ..., options: options` passed from the items method to the pages method.
    let itemsCallArguments: String
    let firstCursorExpression: String
    let nextCursorExpression: String
    /// The number of items of `page` (`(page.data).count`, or a `switch` over the page shapes).
    let itemCountExpression: String
    let itemsExpression: String
}

/// The file of error enums for one group.
struct OperationErrorsFileView: FileView {
    /// Rendered with `OperationErrors.swift`.
    var templateName: String { "OperationErrors.swift" }
    let header: HeaderView
    let access: String
    let enums: [OperationErrorView]
    let aliases: [ErrorAliasView]
}

/// One operation's error enum.
struct OperationErrorView {
    let name: String
    let operationDescription: String
    let cases: [ErrorCaseView]
}

/// `typealias BadRequestResponseError = DocumentedError<BadRequestResponse>`.
struct ErrorAliasView {
    let name: String
    let bodyType: String
}
