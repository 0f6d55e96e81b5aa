import Foundation

/// Reads a response's documented headers as the types the document gives them (generated `…ResponseHeaders`).
///
/// A value is the header's text without surrounding whitespace, read with the type's `init?(_:)`; a required
/// header that is missing, or a value that does not read as its type, fails the call with `responseValidation`.
@_spi(Generated) public enum ResponseHeaderValues {
    /// The header `name` of `response` as a `T`, or nil when the response does not carry it.
    @_spi(Generated) public static func optional<T: LosslessStringConvertible, E: OperationError>(
        _ type: T.Type, _ name: String, in response: HTTPResponse, as errorType: E.Type
    ) throws(E) -> T? {
        guard let text = response.headers[name] else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let value = T(trimmed) else {
            throw E.responseValidation(
                ResponseValidationError(
                    response: response,
                    message: "Response validation failed: the \(name) header "
                        + "\(trimmed.debugDescription) is not \(T.self)"))
        }
        return value
    }

    /// The header `name` of `response` as a `T`; the response must carry it.
    @_spi(Generated) public static func required<T: LosslessStringConvertible, E: OperationError>(
        _ type: T.Type, _ name: String, in response: HTTPResponse, as errorType: E.Type
    ) throws(E) -> T {
        guard let value = try optional(T.self, name, in: response, as: E.self) else {
            throw E.responseValidation(
                ResponseValidationError(
                    response: response,
                    message: "Response validation failed: the response has no \(name) header, "
                        + "which the document requires"))
        }
        return value
    }
}
