import Foundation

/// The error type of a generated operation. Generated per-operation error enums satisfy these
/// requirements with enum cases of the same names.
///
/// Every one reads well however it is printed: `description`, `localizedDescription` and
/// `errorDescription` are the same text (see `ErrorDescriptions.swift`), with the API key masked.
public protocol OperationError: Error, Sendable, CustomStringConvertible, LocalizedError {
    /// The response status or content is not documented for the operation.
    static func undocumented(_ error: APIError) -> Self
    /// A documented response failed to decode.
    static func responseValidation(_ error: ResponseValidationError) -> Self
    /// No response: connection, timeout or cancellation.
    static func transport(_ error: TransportError) -> Self
    /// The request could not be built or was refused before sending.
    static func invalidRequest(_ error: InvalidRequestError) -> Self
    /// A redirect was not followed (another origin refused by the policy, `https` to `http`, too many,
    /// a body that cannot be sent again).
    static func redirect(_ error: RedirectError) -> Self
}

extension OperationError {
    /// A failure while reading a streamed body (events, JSON Lines): transport errors stay transport errors,
    /// values that do not decode are validation errors.
    @_spi(Generated) public static func streamFailure(
        _ error: any Error, statusCode: Int, headers: HTTPHeaders
    ) -> Self {
        if let transport = error as? TransportError { return .transport(transport) }
        let response = HTTPResponse(statusCode: statusCode, headers: headers)
        return .responseValidation(ResponseValidationError(response: response, decodingError: error))
    }
}
