import Foundation

extension OperationError {
    /// `<case>(<payload description>)`, e.g. `notFound(NotFoundResponse: Status 404. Body: ...)`.
    ///
    /// Every case of a generated error enum carries one payload whose own description masks the API key.
    public var description: String {
        guard let child = Mirror(reflecting: self).children.first, let label = child.label else {
            return String(describing: type(of: self))
        }
        return "\(label)(\(String(describing: child.value)))"
    }

    /// The same text as ``description``, so `error.localizedDescription` reads well too.
    public var errorDescription: String? { description }
}

extension TransportError: LocalizedError {
    /// The same text as ``description``.
    public var errorDescription: String? { description }
}

extension APIError: LocalizedError {
    /// The same text as ``description``.
    public var errorDescription: String? { description }
}

extension DocumentedError: LocalizedError {
    /// The same text as ``description``.
    public var errorDescription: String? { description }
}

extension ResponseValidationError: LocalizedError {
    /// The same text as ``description``.
    public var errorDescription: String? { description }
}

extension InvalidRequestError: LocalizedError {
    /// The same text as ``description``.
    public var errorDescription: String? { description }
}
