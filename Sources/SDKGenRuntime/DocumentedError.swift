import Foundation

/// A documented error response whose body decoded as `Body`.
///
/// Generated code names each one, e.g. `typealias BadRequestResponseError = DocumentedError<BadRequestResponse>`.
public struct DocumentedError<Body: Decodable & Sendable>: Error, Sendable, CustomStringConvertible {
    /// The decoded body.
    public let body: Body
    /// The response status code.
    public let statusCode: Int
    /// The response header fields.
    public let headers: HTTPHeaders
    /// The response body, unmodified.
    public let rawBody: Data
    /// Secrets of the request, masked in the description.
    private let redaction: SecretRedaction

    /// Creates the error.
    public init(body: Body, statusCode: Int, headers: HTTPHeaders, rawBody: Data) {
        self.init(body: body, statusCode: statusCode, headers: headers, rawBody: rawBody, redaction: SecretRedaction())
    }

    /// Creates the error from the response it was decoded from.
    init(body: Body, response: HTTPResponse) {
        self.init(
            body: body,
            statusCode: response.statusCode,
            headers: response.headers,
            rawBody: response.body,
            redaction: response.redaction
        )
    }

    /// Creates the error with the secrets to mask.
    private init(body: Body, statusCode: Int, headers: HTTPHeaders, rawBody: Data, redaction: SecretRedaction) {
        self.body = body
        self.statusCode = statusCode
        self.headers = headers
        self.rawBody = rawBody
        self.redaction = redaction
    }

    /// The response `Content-Type`, parameters included.
    public var contentType: String? { headers["Content-Type"] }

    /// `<Body type>: Status <code>. Body: <raw body, truncated>`.
    public var description: String {
        redaction.apply(
            ErrorMessage.make(
                prefix: String(describing: Body.self),
                statusCode: statusCode,
                contentType: contentType,
                body: rawBody
            )
        )
    }
}
