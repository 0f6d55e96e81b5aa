/// One HTTP operation of the document.
public struct Operation: Sendable, Equatable {
    /// The HTTP method in upper case (`GET`, `POST`, ...).
    public var method: String
    /// The path template (`/files/{file_id}`).
    public var path: String
    /// `operationId`, or one derived from method and path when the document has none.
    public var operationID: String
    /// `x-speakeasy-name-override`: the method name the API's own SDKs use.
    public var nameOverride: String?
    /// The short summary (`summary`).
    public var summary: String?
    /// The longer description (`description`), Markdown as written.
    public var description: String?
    /// Marked `deprecated: true`.
    public var deprecated: Bool
    /// Tags in document order; the first one decides the operations group.
    public var tags: [String]
    /// Path-level and operation-level parameters merged (operation wins), in document order.
    public var parameters: [Parameter]
    /// The request body, when the operation takes one.
    public var requestBody: RequestBody?
    /// Responses in document order.
    public var responses: [Response]
    /// `x-speakeasy-pagination`.
    public var pagination: Pagination?
    /// Operation-level `x-speakeasy-retries`.
    public var retries: RetryConfig?
    /// Operation `security`, when it overrides the document's.
    public var security: [SecurityRequirement]?
    /// Where the operation stands in the document.
    public var origin: Origin
    /// The operation's own `servers`, else its path item's (empty: the document's apply).
    public var servers: [Server] = []
}

/// Where a model element came from: a JSON pointer and a file location.
public struct Origin: Sendable, Equatable, Hashable {
    /// `#/paths/~1files/get`.
    public var pointer: String
    /// File, line and column.
    public var location: SourceLocation

    /// Creates a value from its parts.
    public init(pointer: String, location: SourceLocation) {
        self.pointer = pointer
        self.location = location
    }
}

/// Where a parameter travels.
public enum ParameterLocation: String, Sendable, Equatable, Hashable {
    case path, query, header, cookie
}

/// A resolved parameter.
public struct Parameter: Sendable, Equatable {
    /// The name as the document spells it.
    public var name: String
    /// Where the value travels (`in`).
    public var location: ParameterLocation
    /// Whether a value must be given.
    public var required: Bool
    /// The longer description (`description`), Markdown as written.
    public var description: String?
    /// Marked `deprecated: true`.
    public var deprecated: Bool
    /// The value's schema.
    public var schema: Schema
    /// `style` as written (defaults applied by the reader: form for query/cookie, simple for path/header).
    public var style: String
    /// `explode`, with the default for the style applied.
    public var explode: Bool
    /// `x-speakeasy-name-override`.
    public var nameOverride: String?
    /// Where it stands in the document.
    public var origin: Origin
    /// The media type of a parameter declared with `content` instead of `schema` (`application/json`).
    public var contentMediaType: String?
}

/// A request body: its media types in document order.
public struct RequestBody: Sendable, Equatable {
    /// Whether a value must be given.
    public var required: Bool
    /// The longer description (`description`), Markdown as written.
    public var description: String?
    /// The bodies by media type, in document order.
    public var contents: [MediaContent]
    /// Where it stands in the document.
    public var origin: Origin
}

/// One media type of a body with its schema.
public struct MediaContent: Sendable, Equatable {
    /// The media type (`application/json`).
    public var mediaType: String
    /// The value's schema.
    public var schema: Schema?
    /// `x-speakeasy-sse-sentinel`: the event data that ends a `text/event-stream`.
    public var sentinel: String?
    /// `encoding`: how the fields of a form body are sent, by field name.
    public var encodings: [String: FieldEncoding] = [:]
}

/// An `encoding` entry: how one field of a multipart or URL-encoded form is sent.
public struct FieldEncoding: Sendable, Equatable {
    /// `contentType`: the part's media type (multipart), or `application/json` for a field sent as JSON text.
    public var contentType: String?
    /// `style` as written (URL-encoded forms), nil when absent.
    public var style: String?
    /// `explode` as written, nil when absent.
    public var explode: Bool?
    /// `allowReserved` as written.
    public var allowReserved: Bool
    /// Whether the entry lists part `headers`.
    public var hasHeaders: Bool
    /// Where it stands in the document.
    public var origin: Origin
}

/// Which statuses a response covers.
public enum ResponseStatus: Sendable, Equatable, Hashable {
    case code(Int)
    /// `4XX` is `.range(4)`.
    case range(Int)
    case `default`

    /// The status as the document writes its key: `200`, `4XX`, `default`.
    public var text: String {
        switch self {
        case .code(let code): String(code)
        case .range(let digit): "\(digit)XX"
        case .default: "default"
        }
    }
}

/// One documented response.
public struct Response: Sendable, Equatable {
    /// The status or range it documents.
    public var status: ResponseStatus
    /// The longer description (`description`), Markdown as written.
    public var description: String?
    /// The bodies by media type, in document order.
    public var contents: [MediaContent]
    /// The components name when the response came from `#/components/responses/X`.
    public var componentName: String?
    /// Where it stands in the document.
    public var origin: Origin
    /// The documented `headers`, in document order (`Content-Type` aside, which OpenAPI ignores, and the CORS
    /// headers, `Access-Control-*`, which only a browser acts on).
    public var headers: [ResponseHeader] = []
    /// Where the `headers` mapping stands, when there is one.
    public var headersOrigin: Origin?
}

/// A documented header of a response.
public struct ResponseHeader: Sendable, Equatable {
    /// The field name as the document spells it.
    public var name: String
    /// Whether the response always carries it.
    public var required: Bool
    /// The longer description (`description`), Markdown as written.
    public var description: String?
    /// Marked `deprecated: true`.
    public var deprecated: Bool
    /// The value's schema (`schema`, or the first `content` entry's; a string without either).
    public var schema: Schema
    /// Where it stands in the document.
    public var origin: Origin
}

/// `x-speakeasy-pagination`.
public struct Pagination: Sendable, Equatable {
    /// `cursor`, `offsetLimit`, `url`, ...
    public var type: String
    /// The parameter that carries the cursor or offset.
    public var inputName: String?
    /// JSONPath of the next cursor (`$.cursor`).
    public var nextCursorPath: String?
    /// JSONPath of the results (`$.data`).
    public var resultsPath: String?
    /// JSONPath of the next page's URL (`$.links.next`), for `url` pagination.
    public var nextURLPath: String? = nil
    /// Every input, in document order.
    public var inputs: [Input] = []

    /// One input of the pagination: the parameter that carries a cursor, an offset, a page number or a limit.
    public struct Input: Sendable, Equatable {
        /// The parameter's name.
        public var name: String
        /// `parameters` (the only place sdkgen reads inputs from) or another place.
        public var location: String
        /// `cursor`, `offset`, `page` or `limit`.
        public var type: String
    }
}

/// `x-speakeasy-retries`.
public struct RetryConfig: Sendable, Equatable {
    /// The strategy (`backoff`).
    public var strategy: String
    /// The first backoff interval, in milliseconds.
    public var initialIntervalMilliseconds: Int
    /// The longest backoff interval, in milliseconds.
    public var maxIntervalMilliseconds: Int
    /// The factor each interval grows by.
    public var exponent: Double
    /// How long retries may go on in all, in milliseconds.
    public var maxElapsedTimeMilliseconds: Int
    /// The statuses that are retried (`429`, `5XX`).
    public var statusCodes: [String]
    /// Whether connection failures are retried.
    public var retryConnectionErrors: Bool
}
