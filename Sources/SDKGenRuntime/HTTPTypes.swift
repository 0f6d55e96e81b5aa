import Foundation

/// The body of an ``HTTPRequest``.
public enum HTTPRequestBody: Sendable, Hashable {
    /// No body.
    case none
    /// A body held in memory.
    case data(Data)
    /// A body streamed from a file on disk (never loaded into memory whole).
    case file(URL)
    /// A body of known length produced from bytes in memory and files as it is sent (a multipart upload);
    /// each attempt reads it again from its start.
    case stream(StreamedBody)
}

/// An HTTP request as handed to an ``HTTPTransport``.
public struct HTTPRequest: Sendable {
    /// The method, upper-case (`GET`, `POST`, ...).
    public var method: String
    /// The absolute URL, query included.
    public var url: URL
    /// The header fields.
    public var headers: HTTPHeaders
    /// The body.
    public var body: HTTPRequestBody
    /// The timeout of this attempt (the runtime enforces it as a deadline; transports may also use it as their
    /// idle timeout); `nil` leaves the transport's default.
    public var timeout: Duration?

    /// Creates a request.
    public init(
        method: String,
        url: URL,
        headers: HTTPHeaders = HTTPHeaders(),
        body: HTTPRequestBody = .none,
        timeout: Duration? = nil
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
    }
}

/// A complete HTTP response, body in memory.
public struct HTTPResponse: Sendable {
    /// The status code.
    public let statusCode: Int
    /// The header fields.
    public let headers: HTTPHeaders
    /// The body.
    public let body: Data
    /// The URL that answered, after any redirects the client followed; `nil` when not known (a response
    /// built by a transport or a test).
    public let url: URL?
    /// Secrets of the request that produced this response, masked in error messages built from it.
    let redaction: SecretRedaction

    /// Creates a response.
    public init(statusCode: Int, headers: HTTPHeaders = HTTPHeaders(), body: Data = Data(), url: URL? = nil) {
        self.init(statusCode: statusCode, headers: headers, body: body, redaction: SecretRedaction(), url: url)
    }

    /// Creates a response carrying the secrets to mask in messages built from it.
    init(statusCode: Int, headers: HTTPHeaders, body: Data, redaction: SecretRedaction, url: URL? = nil) {
        self.statusCode = statusCode
        self.headers = headers
        self.body = body
        self.url = url
        self.redaction = redaction
    }

    /// The `Content-Type` header, parameters included (`application/json; charset=utf-8`).
    public var contentType: String? { headers["Content-Type"] }
}

/// The head of an HTTP response whose body was written to a temporary file.
public struct HTTPDownloadResponse: Sendable {
    /// The status code.
    public let statusCode: Int
    /// The header fields.
    public let headers: HTTPHeaders
    /// The file holding the body. The caller owns it and must move or delete it.
    public let temporaryFile: URL

    /// Creates a download response.
    public init(statusCode: Int, headers: HTTPHeaders, temporaryFile: URL) {
        self.statusCode = statusCode
        self.headers = headers
        self.temporaryFile = temporaryFile
    }
}

/// The head of an HTTP response whose body arrives as a stream of chunks.
public struct HTTPStreamingResponse: Sendable {
    /// The status code.
    public let statusCode: Int
    /// The header fields.
    public let headers: HTTPHeaders
    /// The body, chunk by chunk as it arrives. Failures are ``TransportError``s. Cancelling the
    /// iterating task cancels the underlying request, and so does releasing the response (and its
    /// stream) before the body ends.
    public let body: AsyncThrowingStream<Data, any Error>

    /// Creates a streaming response.
    public init(statusCode: Int, headers: HTTPHeaders, body: AsyncThrowingStream<Data, any Error>) {
        self.statusCode = statusCode
        self.headers = headers
        self.body = body
    }

    /// Collects the whole body into memory, up to `limit` bytes (more is cut off).
    public func collectBody(limit: Int = 16 * 1024 * 1024) async throws -> Data {
        var data = Data()
        for try await chunk in body {
            let room = limit - data.count
            if room <= 0 { break }
            data.append(chunk.prefix(room))
        }
        return data
    }
}

/// Secret values (such as the bearer token) that must never appear in a message or description.
///
/// Its description and reflection never show the secrets themselves.
struct SecretRedaction: Sendable, CustomStringConvertible, CustomReflectable {
    /// The secrets, longest first so that overlapping ones are fully masked.
    private let secrets: [String]

    /// Creates a redaction for the given secrets (empty strings are ignored).
    init(_ secrets: [String] = []) {
        self.secrets = secrets.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
    }

    /// `text` with every secret replaced by `***`.
    func apply(_ text: String) -> String {
        secrets.reduce(text) { partial, secret in
            partial.replacingOccurrences(of: secret, with: "***")
        }
    }

    /// Never shows the secrets.
    var description: String { "SecretRedaction(\(secrets.count) secrets)" }

    /// Never shows the secrets.
    var customMirror: Mirror { Mirror(self, children: [:]) }
}
