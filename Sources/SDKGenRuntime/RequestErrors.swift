import Foundation

/// A documented success response whose body does not match its schema.
public struct ResponseValidationError: Error, Sendable, CustomStringConvertible {
    /// The response status code.
    public let statusCode: Int
    /// The response header fields.
    public let headers: HTTPHeaders
    /// The response body, unmodified.
    public let rawBody: Data
    /// What failed to decode, and where (coding path).
    public let message: String
    /// The decoding error, if any.
    public let underlying: (any Error)?

    /// Creates the error for `response` with an explanation.
    public init(response: HTTPResponse, message: String, underlying: (any Error)? = nil) {
        statusCode = response.statusCode
        headers = response.headers
        rawBody = response.body
        self.message = response.redaction.apply(message)
        self.underlying = underlying
    }

    /// Creates the error for `response` from the error its decoding threw.
    public init(response: HTTPResponse, decodingError: any Error) {
        self.init(
            response: response,
            message: "Response validation failed: " + Self.explain(decodingError),
            underlying: decodingError
        )
    }

    /// The message.
    public var description: String { message }

    /// Describes a `DecodingError` as `<problem> at <coding path>`.
    static func explain(_ error: any Error) -> String {
        guard let error = error as? DecodingError else {
            return String(describing: error)
        }
        switch error {
        case let .typeMismatch(type, context):
            return "expected \(type) at \(path(context.codingPath)): \(context.debugDescription)"
        case let .valueNotFound(type, context):
            return "missing \(type) value at \(path(context.codingPath)): \(context.debugDescription)"
        case let .keyNotFound(key, context):
            return "missing key \"\(key.stringValue)\" at \(path(context.codingPath))"
        case let .dataCorrupted(context):
            return "invalid data at \(path(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return String(describing: error)
        }
    }

    /// A coding path as `$.data[0].id` (`$` for the top level).
    static func path(_ codingPath: [any CodingKey]) -> String {
        var text = "$"
        for key in codingPath {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += "." + key.stringValue
            }
        }
        return text
    }
}

/// The request could not be built or sent as asked: a header value with CR/LF, a body that failed
/// to encode, an unreadable upload file, a missing path parameter, a hook that refused it...
/// Nothing was sent.
public struct InvalidRequestError: Error, Sendable, CustomStringConvertible {
    /// What is wrong with the request.
    public let message: String
    /// The error that caused this one, if any.
    public let underlying: (any Error)?

    /// Creates the error.
    public init(message: String, underlying: (any Error)? = nil) {
        self.message = message
        self.underlying = underlying
    }

    /// `Invalid request: <message>`.
    public var description: String { "Invalid request: \(message)" }
}
