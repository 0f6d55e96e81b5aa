import Foundation

/// The default error: a response whose status or content the operation does not document.
///
/// Its message reads `API error occurred: Status 418 Content-Type text/plain. Body: ...`, the body
/// cut at 10,000 characters followed by `...and N more chars`.
public struct APIError: Error, Sendable, CustomStringConvertible {
    /// The response status code.
    public let statusCode: Int
    /// The response header fields.
    public let headers: HTTPHeaders
    /// The response body, unmodified.
    public let rawBody: Data
    /// The response `Content-Type`, parameters included.
    public let contentType: String?
    /// A human-readable summary: status, content type and (truncated) body.
    public let message: String

    /// Creates the error for an undocumented response.
    public init(response: HTTPResponse) {
        statusCode = response.statusCode
        headers = response.headers
        rawBody = response.body
        contentType = response.contentType
        message = response.redaction.apply(
            ErrorMessage.make(
                prefix: "API error occurred",
                statusCode: response.statusCode,
                contentType: response.contentType,
                body: response.body
            )
        )
    }

    /// The message.
    public var description: String { message }
}

/// Builds the messages of HTTP errors, matching the official SDKs' format.
enum ErrorMessage {
    /// The number of body characters shown before the rest is elided.
    static let maxBodyCharacters = 10_000

    /// `<prefix>: Status <code>[ Content-Type <type>]. Body: <body>`.
    ///
    /// The content type is left out when it is exactly `application/json`, quoted when it contains
    /// a space, and shown as `""` when absent; an empty body is shown as `""`.
    static func make(prefix: String, statusCode: Int, contentType: String?, body: Data) -> String {
        var message = "\(prefix): Status \(statusCode)"
        let type = contentType ?? "\"\""
        if type != "application/json" {
            message += type.contains(" ") ? " Content-Type \"\(type)\"" : " Content-Type \(type)"
        }
        message += ". Body: " + truncatedBody(body)
        return message.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The body as text (invalid UTF-8 replaced), cut at ``maxBodyCharacters`` characters followed
    /// by `...and N more chars`; `""` when empty.
    static func truncatedBody(_ body: Data) -> String {
        let text = String(decoding: body, as: UTF8.self)
        if text.isEmpty {
            return "\"\""
        }
        guard let cut = text.index(text.startIndex, offsetBy: maxBodyCharacters, limitedBy: text.endIndex),
            cut < text.endIndex
        else {
            return text
        }
        let remaining = text[cut...].count
        return "\(text[..<cut])...and \(remaining) more chars"
    }
}
