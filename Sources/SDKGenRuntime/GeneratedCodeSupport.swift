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
    /// The serialized `name=value` pairs, in the order the fields were added.
    private(set) var pairs: [String] = []

    /// Adds a field unless the value is nil, serialized in `style` (exploded `form` unless the document says
    /// otherwise in its `encoding`).
    mutating func add(
        _ name: String, _ value: (some ParameterValue)?, style: ParameterStyle = .form, explode: Bool = true
    ) {
        guard let value else { return }
        add(name, representation: value.parameterRepresentation, style: style, explode: explode)
    }

    /// Adds a field of a value's representation, serialized in `style`.
    mutating func add(
        _ name: String, representation: ParameterRepresentation, style: ParameterStyle = .form, explode: Bool = true
    ) {
        pairs += ParameterSerializer.query(name: name, representation, style: style, explode: explode)
    }
}

extension RequestBuilder {
    /// Sets an `application/x-www-form-urlencoded` body of the fields, each in its own style.
    mutating func setFormURLEncodedBody(_ fields: FormFields) {
        setBody(Data(fields.pairs.joined(separator: "&").utf8), contentType: "application/x-www-form-urlencoded")
    }
}
