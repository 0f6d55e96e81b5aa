import Foundation

/// Collects the parts of one operation's request: path and query parameters, headers, cookies, body.
///
/// Setters never throw: a problem (such as a body that fails to encode) is remembered and the call
/// fails with ``InvalidRequestError`` before anything is sent.
public struct RequestBuilder: Sendable {
    /// The HTTP method, upper-case.
    public let method: String
    /// The operation's identifier, passed to hooks.
    public let operationID: String
    /// The path template, like `/files/{file_id}`.
    let pathTemplate: String
    /// Encoded values of the path placeholders, by name.
    private(set) var pathValues: [String: String] = [:]
    /// Encoded `name=value` query pieces, in order.
    private(set) var queryItems: [String] = []
    /// Header fields set by parameters, the body and `Accept`.
    private(set) var headers = HTTPHeaders()
    /// Cookie `name=value` pieces, in order.
    private(set) var cookies: [String] = []
    /// The body, prepared when the request is sent.
    private(set) var body: RequestBodySource = .none
    /// Problems found while building; the first one fails the call.
    private(set) var problems: [String] = []
    /// The operation's idempotency header, if it declares one (see `IdempotencyKey.swift`).
    var idempotencyHeader: String?
    /// The key the caller passed for it; `nil` makes the call generate one.
    var idempotencyValue: String?
    /// The operation's own server, when the document gives it one (an upload host): it replaces
    /// ``CoreConfiguration/serverURL``, and ``RequestOptions/serverURL`` replaces it.
    private(set) var server: URL?

    /// Starts a request for `path` (a template like `/files/{file_id}`).
    public init(method: String, path: String, operationID: String) {
        self.method = method.uppercased()
        self.pathTemplate = path
        self.operationID = operationID
    }

    /// Sends the request to `url` (the operation's own server in the document) instead of the configured server;
    /// the API key goes there too. A URL that is not absolute fails the call.
    public mutating func setServer(_ url: String) {
        guard let parsed = URL(string: url), parsed.scheme != nil, parsed.host != nil else {
            problems.append("the operation's server URL \(url.debugDescription) is not an absolute URL")
            return
        }
        server = parsed
    }

    /// Fills the path placeholder `{name}`. Everything outside RFC 3986 unreserved characters is
    /// percent-encoded (so `/`, `?`, `#` cannot change the path), and `.` or `..` become `%2E`/`%2E%2E`.
    /// An empty value fails the call.
    public mutating func setPathParameter(
        _ name: String,
        _ value: some ParameterValue,
        style: ParameterStyle = .simple,
        explode: Bool = false
    ) {
        let representation = value.parameterRepresentation
        if representation.isEmpty {
            problems.append("path parameter \"\(name)\" must not be empty")
        }
        pathValues[name] = ParameterSerializer.path(name: name, representation, style: style, explode: explode)
    }

    /// Adds a query parameter (`nil` leaves it out). Reserved characters, `+` included, are percent-encoded.
    public mutating func addQueryParameter(
        _ name: String,
        _ value: (some ParameterValue)?,
        style: ParameterStyle = .form,
        explode: Bool = true
    ) {
        guard let value else { return }
        queryItems += ParameterSerializer.query(
            name: name, value.parameterRepresentation, style: style, explode: explode)
    }

    /// Sets a header parameter in `simple` style (`nil` leaves it out).
    public mutating func addHeaderParameter(_ name: String, _ value: (some ParameterValue)?, explode: Bool = false) {
        guard let value else { return }
        let representation = value.parameterRepresentation
        guard !representation.isEmpty || representation.isPrimitive else { return }
        headers[name] = ParameterSerializer.simple(representation, explode: explode, encode: { $0 })
    }

    /// Adds a cookie parameter in `form` style (`nil` leaves it out).
    public mutating func addCookieParameter(_ name: String, _ value: (some ParameterValue)?) {
        guard let value else { return }
        guard HTTPHeaders.isValidName(name) else {
            problems.append("invalid cookie name \(name.debugDescription)")
            return
        }
        let text = ParameterSerializer.simple(
            value.parameterRepresentation, explode: false, encode: PercentEncoding.cookie)
        cookies.append("\(name)=\(text)")
        headers["Cookie"] = cookies.joined(separator: "; ")
    }

    /// Sets a JSON body (`Content-Type: application/json`) encoded with ``JSONCoding/makeEncoder()``.
    public mutating func setJSONBody(_ value: some Encodable & Sendable) {
        do {
            let data = try JSONCoding.makeEncoder().encode(value)
            setBody(data, contentType: "application/json")
        } catch {
            problems.append("the request body could not be encoded as JSON: \(ResponseValidationError.explain(error))")
        }
    }

    /// Sets a body that is assembled when the request is sent; the assembled body sets its own `Content-Type`.
    mutating func setAssembledBody(_ source: any AssembledRequestBody) {
        body = .assembled(source)
        headers["Content-Type"] = nil
    }

    /// Sets an `application/x-www-form-urlencoded` body (`form` style, exploded).
    public mutating func setFormURLEncodedBody(_ fields: [(String, any ParameterValue)]) {
        var form = FormFields()
        for (name, value) in fields { form.add(name, representation: value.parameterRepresentation) }
        setFormURLEncodedBody(form)
    }

    /// Sets a body held in memory.
    public mutating func setBody(_ data: Data, contentType: String) {
        body = .data(data)
        headers["Content-Type"] = contentType
    }

    /// Sets a body streamed from the file at `url` (read when the request is sent).
    public mutating func setBody(fileAt url: URL, contentType: String) {
        body = .file(url)
        headers["Content-Type"] = contentType
    }

    /// Sets the `Accept` header.
    public mutating func setAccept(_ value: String) {
        headers["Accept"] = value
    }

    /// The path with every placeholder filled, starting with `/` (or empty for an empty template).
    func resolvedPath() throws(InvalidRequestError) -> String {
        var result = ""
        var rest = Substring(pathTemplate)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else {
                throw InvalidRequestError(
                    message: "unbalanced braces in path template \(pathTemplate.debugDescription)")
            }
            let name = String(rest[rest.index(after: open)..<close])
            guard let value = pathValues[name] else {
                throw InvalidRequestError(message: "missing path parameter \"\(name)\"")
            }
            result += value
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        if !result.isEmpty, !result.hasPrefix("/") {
            result = "/" + result
        }
        return result
    }

    /// The full URL: `server` + path + query (any query of `server` is kept first).
    func makeURL(server: URL) throws(InvalidRequestError) -> URL {
        if let problem = problems.first {
            throw InvalidRequestError(message: problem)
        }
        let path = try resolvedPath()
        guard var components = URLComponents(url: server, resolvingAgainstBaseURL: true) else {
            throw InvalidRequestError(message: "invalid server URL \(server.absoluteString.debugDescription)")
        }
        var basePath = components.percentEncodedPath
        while basePath.hasSuffix("/") {
            basePath.removeLast()
        }
        components.percentEncodedPath = basePath + path
        if !queryItems.isEmpty {
            let query = queryItems.joined(separator: "&")
            if let existing = components.percentEncodedQuery, !existing.isEmpty {
                components.percentEncodedQuery = existing + "&" + query
            } else {
                components.percentEncodedQuery = query
            }
        }
        guard let url = components.url else {
            throw InvalidRequestError(
                message:
                    "could not build a URL from \(server.absoluteString.debugDescription) and \(path.debugDescription)")
        }
        return url
    }
}

/// Where a request body comes from, before it is prepared for sending.
enum RequestBodySource: Sendable {
    /// No body.
    case none
    /// Bytes in memory.
    case data(Data)
    /// A file streamed from disk.
    case file(URL)
    /// A body assembled when sent (a multipart form).
    case assembled(any AssembledRequestBody)
}

/// A request body built only when the request is sent (in memory, or streamed from memory and files as it is sent).
protocol AssembledRequestBody: Sendable {
    /// Builds the body to send.
    func assemble() throws(InvalidRequestError) -> AssembledBody
}

/// A request body as assembled for sending.
struct AssembledBody {
    /// The body to send.
    var body: HTTPRequestBody
    /// The body's `Content-Type`.
    var contentType: String
    /// The body's length in bytes.
    var contentLength: Int64
}

extension ParameterRepresentation {
    /// Whether this is an empty string, list or object.
    var isEmpty: Bool {
        switch self {
        case let .primitive(text): return text.isEmpty
        case let .array(values): return values.isEmpty
        case let .object(pairs): return pairs.isEmpty
        }
    }

    /// Whether this is a single value.
    var isPrimitive: Bool {
        if case .primitive = self { return true }
        return false
    }
}
