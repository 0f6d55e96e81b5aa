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
    public var summary: String?
    public var description: String?
    public var deprecated: Bool
    /// Tags in document order; the first one decides the operations group.
    public var tags: [String]
    /// Path-level and operation-level parameters merged (operation wins), in document order.
    public var parameters: [Parameter]
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
}

/// Where a model element came from: a JSON pointer and a file location.
public struct Origin: Sendable, Equatable, Hashable {
    /// `#/paths/~1files/get`.
    public var pointer: String
    /// File, line and column.
    public var location: SourceLocation

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
    public var name: String
    public var location: ParameterLocation
    public var required: Bool
    public var description: String?
    public var deprecated: Bool
    public var schema: Schema
    /// `style` as written (defaults applied by the reader: form for query/cookie, simple for path/header).
    public var style: String
    public var explode: Bool
    /// `x-speakeasy-name-override`.
    public var nameOverride: String?
    public var origin: Origin
    /// The media type of a parameter declared with `content` instead of `schema` (`application/json`).
    public var contentMediaType: String?
}

/// A request body: its media types in document order.
public struct RequestBody: Sendable, Equatable {
    public var required: Bool
    public var description: String?
    public var contents: [MediaContent]
    public var origin: Origin
}

/// One media type of a body with its schema.
public struct MediaContent: Sendable, Equatable {
    public var mediaType: String
    public var schema: Schema?
    /// `x-speakeasy-sse-sentinel`: the event data that ends a `text/event-stream`.
    public var sentinel: String?
}

/// Which statuses a response covers.
public enum ResponseStatus: Sendable, Equatable, Hashable {
    case code(Int)
    /// `4XX` is `.range(4)`.
    case range(Int)
    case `default`
}

/// One documented response.
public struct Response: Sendable, Equatable {
    public var status: ResponseStatus
    public var description: String?
    public var contents: [MediaContent]
    /// The components name when the response came from `#/components/responses/X`.
    public var componentName: String?
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
    public var strategy: String
    public var initialIntervalMilliseconds: Int
    public var maxIntervalMilliseconds: Int
    public var exponent: Double
    public var maxElapsedTimeMilliseconds: Int
    public var statusCodes: [String]
    public var retryConnectionErrors: Bool
}
