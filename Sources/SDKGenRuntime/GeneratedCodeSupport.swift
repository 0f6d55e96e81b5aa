import Foundation

/// A coding key made from a string: a struct's property (written as a string literal in its `init(from:)` and
/// `encode(to:)`, one key type for every model instead of a synthesized `CodingKeys` enum per struct, which is much
/// cheaper to compile), a union's discriminator, or a key a struct does not declare.
struct DynamicCodingKey: CodingKey, ExpressibleByStringLiteral {
    var stringValue: String
    var intValue: Int? { nil }

    /// A key for the property `name`.
    init(_ name: String) {
        stringValue = name
    }

    /// A key for the property whose wire name is the literal.
    init(stringLiteral value: String) {
        stringValue = value
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
