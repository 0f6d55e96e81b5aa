import Foundation

/// A coding key made from a string: a struct's property (its wire name, given to the `…Property` functions below by
/// its `init(from:)` and `encode(to:)`: one key type for every model instead of a synthesized `CodingKeys` enum per
/// struct, which is much cheaper to compile), a union's discriminator, or a key a struct does not declare.
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

// A model's `init(from:)` and `encode(to:)` call these, one line per property, rather than the containers' own
// `decode(_:forKey:)` and `encode(_:forKey:)`: those are overloaded for every primitive type, and a call with a
// string-literal key has the type checker weigh each overload and the literal's type. One generic function with a
// name of its own checks in about half the time (whole OpenRouter client: 8.4 s of `init(from:)` and `encode(to:)`
// bodies against 4.3 s). JSONDecoder and JSONEncoder read and write the same JSON either way.

extension KeyedDecodingContainer<DynamicCodingKey> {
    /// The property whose wire name is `key`: the key must be present (its value may be `null` only when `T` is an
    /// optional).
    func decodeProperty<T: Decodable>(_ type: T.Type, _ key: String) throws -> T {
        try decode(type, forKey: DynamicCodingKey(key))
    }

    /// The property whose wire name is `key`, or `nil` when the key is absent or its value is `null`.
    func decodePropertyIfPresent<T: Decodable>(_ type: T.Type, _ key: String) throws -> T? {
        try decodeIfPresent(type, forKey: DynamicCodingKey(key))
    }
}

extension KeyedEncodingContainer<DynamicCodingKey> {
    /// Writes `value` under the wire name `key` (an optional that is `nil` as an explicit `null`).
    mutating func encodeProperty<T: Encodable>(_ value: T, _ key: String) throws {
        try encode(value, forKey: DynamicCodingKey(key))
    }

    /// Writes `value` under the wire name `key`, or nothing when it is `nil`.
    mutating func encodePropertyIfPresent<T: Encodable>(_ value: T?, _ key: String) throws {
        try encodeIfPresent(value, forKey: DynamicCodingKey(key))
    }
}

// A union's or an open enum's `init(from:)` and `encode(to:)` go through these for the same reason: the single-value
// containers' `decode(_:)` and `encode(_:)` are overloaded for every primitive type too (whole OpenRouter client:
// all `init(from:)` and `encode(to:)` bodies check in 4.3 s instead of 5.5 s, mean of two runs).

extension SingleValueDecodingContainer {
    /// The value, decoded as `T`.
    func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        try decode(type)
    }
}

extension SingleValueEncodingContainer {
    /// Writes `value`.
    mutating func encodeValue<T: Encodable>(_ value: T) throws {
        try encode(value)
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
