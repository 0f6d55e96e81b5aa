/// Everything decided about one operation before any view is built: its group, its Swift names, how its body is
/// passed, and its paged and streamed variants.
struct OperationPlan: Sendable {
    let operation: Operation
    /// The tag of its group (`""` for untagged operations).
    let groupTag: String
    /// The error enum it throws (`ListFilesError`).
    let errorType: String
    /// Parameters in argument order: path parameters, the others in document order, globals last.
    let parameters: [Parameter]
    /// How each parameter's value is sent, in `parameters` order.
    let parameterEncodings: [ParameterEncoding]
    /// How the request body is passed.
    let body: BodyPlan
    /// How each field of a form body is sent, in field order (empty for other bodies).
    let formFields: [FormFieldPlan]
    /// The Swift names, decided by `OperationNamer`.
    var names = OperationNames()
    /// The server the operation is sent to instead of the client's (its own in the document), as an absolute URL.
    var server: String?
    /// The struct of its success responses' documented headers, returned by its `…WithHeaders` method.
    var responseHeaders: ResponseHeadersPlan?
    /// Page and item sequences, for an operation with usable pagination.
    var pagination: PaginationPlan?
    /// The `...Stream` variant, for an operation with a usable `text/event-stream` response.
    var stream: StreamPlan?
    /// One method per other media type the request body may be sent as (`uploadMultipart`), in document order:
    /// the same operation with another `body`, no page, item or stream variants of its own.
    var alternatives: [OperationPlan] = []
}

/// The Swift names of one operation's method, its derived methods and its arguments.
struct OperationNames: Sendable {
    /// The method (`list`, or `` `default` ``).
    var method = ""
    /// `listPages`, `listItems` (when paged).
    var pagesMethod: String?
    var itemsMethod: String?
    /// `sendStream` (when streamed).
    var streamMethod: String?
    /// `createJobWithHeaders` (when its success responses document headers).
    var headersMethod: String?
    /// The `body` argument (single bodies).
    var body: String?
    /// One argument per form field (form bodies), in field order.
    var formFields: [String] = []
    /// One argument per parameter, in `OperationPlan.parameters` order.
    var parameters: [String] = []
}

/// How an operation's request body becomes method arguments.
enum BodyPlan: Sendable {
    /// No body.
    case none
    /// A multipart or URL-encoded form: one argument per field.
    case form(content: MediaContent, fields: [Property], isMultipart: Bool)
    /// One `body` argument: JSON, text or binary.
    case single(body: RequestBody, content: MediaContent, schema: Schema)

    /// The media type the body is sent as (nil without a body).
    var mediaType: String? {
        switch self {
        case .none: nil
        case .form(let content, _, _), .single(_, let content, _): content.mediaType
        }
    }
}

/// Pagination the generated client follows: a cursor from the page, an offset or a page number.
struct PaginationPlan: Sendable {
    /// What the next page is asked for with.
    enum Kind: Sendable, Equatable {
        /// The next cursor the page names.
        case cursor
        /// The offset of the page plus its number of items.
        case offset
        /// The page number plus one (pages counted from 1 when the first call names none).
        case page
        /// The URL of the next page the page names (requested as it is, credentials only to the server's origin).
        case url
    }

    let kind: Kind
    /// The index in `OperationPlan.parameters` of the parameter that carries the cursor, offset or page number
    /// (nil for `url` pagination: the next page's URL carries everything).
    let cursorParameter: Int?
    /// The shapes a page comes in: one, or one per branch of a union response (`oneOf` of page shapes).
    let shapes: [PageShape]
    /// The schema of one item: the items' type when every shape's is the same, else a component union with a case
    /// per shape's item type (each item wrapped in its case); nil: pages only, no item sequence.
    let itemSchema: Schema?
    /// The page is a union with an `unknown` case (a shape this SDK does not know), which is a last page.
    var hasUnknownShape = false
}

/// One shape of a page: where its next cursor and its items are.
struct PageShape: Sendable {
    /// The union case of this shape (nil when the response is not a union).
    let caseName: String?
    /// The next cursor (or next page's URL), as the properties from the page down (`meta`, then `next`); nil: this
    /// shape has none, so a page of it is the last.
    let nextCursorPath: [PropertyStep]?
    /// The items, likewise; nil: this shape has none.
    let resultsPath: [PropertyStep]?
    /// The case of the item union each item is wrapped in, when the shapes' items differ in type.
    var itemCase: String?
}

/// One property on a path from a response down to a value.
struct PropertyStep: Sendable {
    /// The property's Swift name, as its struct declares it.
    let memberName: String
    /// Whether the value may be absent or null.
    let optional: Bool
}

/// A streamed variant: a `text/event-stream` whose events' `data` is decoded as JSON (or yielded as text), or a JSON
/// Lines or JSON text sequence body whose values are decoded one by one.
struct StreamPlan: Sendable {
    /// How the body is split into values.
    enum Framing: Sendable, Equatable {
        /// Server-sent events.
        case events
        /// One JSON value per line (`application/jsonl`, `application/x-ndjson`).
        case jsonLines
        /// JSON values after record separators (`application/json-seq`).
        case jsonSequence
    }

    /// How the body is split into values.
    var framing: Framing = .events
    /// The media type asked for (`Accept`).
    var mediaType = "text/event-stream"
    /// The schema of each event's `data` (of each value, for JSON streams).
    let dataSchema: Schema
    /// The data is text, not JSON: each event yields its data as a `String`.
    let yieldsText: Bool
    /// A `data` value that ends the stream (`[DONE]`).
    let sentinel: String?
}
