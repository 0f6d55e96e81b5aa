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
