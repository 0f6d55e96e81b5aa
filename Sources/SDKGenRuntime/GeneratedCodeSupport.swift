
import Foundation

/// A coding key made from a string: a union's discriminator, or a key a struct does not declare.
struct DynamicCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }

    /// A key for the property `name`.
    init(_ name: String) {
        stringValue = name
    }

    init?(stringValue: String) {
        self.stringValue = stringValue
    }

    init?(intValue: Int) {
        nil
    }
}

/// Fields of an `application/x-www-form-urlencoded` body; nil values are left out.
struct FormFields {
    /// The fields in the order they were added.
    private(set) var items: [(String, any ParameterValue)] = []

    /// Adds a field unless the value is nil.
    mutating func add(_ name: String, _ value: (some ParameterValue)?) {
        if let value { items.append((name, value)) }
    }
}

extension MultipartForm {
    /// Adds a file part unless the upload is nil.
    mutating func addFile(_ name: String, _ upload: FileUpload?) {
        if let upload { addFile(name, upload) }
    }

    /// Adds a text part unless the value is nil.
    mutating func addField(_ name: String, _ value: String?) {
        if let value { addField(name, value) }
    }

    /// Adds a JSON part unless the value is nil.
    mutating func addJSON(_ name: String, _ value: (some Encodable & Sendable)?) {
        if let value { addJSON(name, value) }
    }
}

extension OperationError {
    /// A failure while reading an event stream: transport errors stay transport errors, events that do not
    /// decode are validation errors.
    static func streamFailure(_ error: any Error, statusCode: Int, headers: HTTPHeaders) -> Self {
        if let transport = error as? TransportError { return .transport(transport) }
        let response = HTTPResponse(statusCode: statusCode, headers: headers)
        return .responseValidation(ResponseValidationError(response: response, decodingError: error))
    }
}
