import Foundation

// What only generated code calls, here and in a few other files, is marked `@_spi(Generated)`. A client that carries
// its runtime gets these declarations internal (the template drops the marker and the access level after it); the
// `SDKGenRuntime` module (`runtime: module`) exports them under the `Generated` SPI, which every generated file
// imports and a user's code does not.

/// A coding key made from a string: a struct's property (its wire name, given to the `…Property` functions below by
/// its `init(from:)` and `encode(to:)`: one key type for every model instead of a synthesized `CodingKeys` enum per
/// struct, which is much cheaper to compile), a union's discriminator, or a key a struct does not declare.
@_spi(Generated) public struct DynamicCodingKey: CodingKey, ExpressibleByStringLiteral {
    /// The key: a wire name.
    @_spi(Generated) public var stringValue: String
    /// Always nil: these keys are strings.
    @_spi(Generated) public var intValue: Int? { nil }

    /// A key for the property `name`.
    @_spi(Generated) public init(_ name: String) {
        stringValue = name
    }

    /// A key for the property whose wire name is the literal: what templates written before `decodeProperty` and
    /// `encodeProperty` pass to the containers' `decode(_:forKey:)`; the built-in templates do not use it.
    @_spi(Generated) public init(stringLiteral value: String) {
        stringValue = value
    }

    /// A key for `stringValue`.
    @_spi(Generated) public init?(stringValue: String) {
        self.stringValue = stringValue
    }

    /// Nil: integer keys are not used.
    @_spi(Generated) public init?(intValue: Int) {
        nil
    }
}

// A model's `init(from:)` and `encode(to:)` call these, one line per property, rather than the containers' own
// `decode(_:forKey:)` and `encode(_:forKey:)`: those are overloaded for every primitive type, and a call with a
// string-literal key has the type checker weigh each overload and the literal's type. One generic function with a
// name of its own checks in about half the time (whole OpenRouter client: 8.4 s of `init(from:)` and `encode(to:)`
// bodies against 4.3 s). JSONDecoder and JSONEncoder read and write the same JSON either way.

@_spi(Generated) extension KeyedDecodingContainer<DynamicCodingKey> {
    /// The property whose wire name is `key`: the key must be present (its value may be `null` only when `T` is an
    /// optional).
    @_spi(Generated) public func decodeProperty<T: Decodable>(_ type: T.Type, _ key: String) throws -> T {
        try decode(type, forKey: DynamicCodingKey(key))
    }

    /// The property whose wire name is `key`, or `nil` when the key is absent or its value is `null`.
    @_spi(Generated) public func decodePropertyIfPresent<T: Decodable>(_ type: T.Type, _ key: String) throws -> T? {
        try decodeIfPresent(type, forKey: DynamicCodingKey(key))
    }
}

@_spi(Generated) extension KeyedEncodingContainer<DynamicCodingKey> {
    /// Writes `value` under the wire name `key` (an optional that is `nil` as an explicit `null`).
    @_spi(Generated) public mutating func encodeProperty<T: Encodable>(_ value: T, _ key: String) throws {
        try encode(value, forKey: DynamicCodingKey(key))
    }

    /// Writes `value` under the wire name `key`, or nothing when it is `nil`.
    @_spi(Generated) public mutating func encodePropertyIfPresent<T: Encodable>(_ value: T?, _ key: String) throws {
        try encodeIfPresent(value, forKey: DynamicCodingKey(key))
    }
}

// A union's or an open enum's `init(from:)` and `encode(to:)` go through these for the same reason: the single-value
// containers' `decode(_:)` and `encode(_:)` are overloaded for every primitive type too (whole OpenRouter client:
// all `init(from:)` and `encode(to:)` bodies check in 4.3 s instead of 5.5 s, mean of two runs).

extension SingleValueDecodingContainer {
    /// The value, decoded as `T`.
    @_spi(Generated) public func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        try decode(type)
    }
}

extension SingleValueEncodingContainer {
    /// Writes `value`.
    @_spi(Generated) public mutating func encodeValue<T: Encodable>(_ value: T) throws {
        try encode(value)
    }
}

/// Fields of an `application/x-www-form-urlencoded` body; nil values are left out.
@_spi(Generated) public struct FormFields {
    /// The serialized `name=value` pairs, in the order the fields were added.
    @_spi(Generated) public private(set) var pairs: [String] = []

    /// No fields yet.
    @_spi(Generated) public init() {}

    /// Adds a field unless the value is nil, serialized in `style` (exploded `form` unless the document says
    /// otherwise in its `encoding`).
    @_spi(Generated) public mutating func add(
        _ name: String, _ value: (some ParameterValue)?, style: ParameterStyle = .form, explode: Bool = true
    ) {
        guard let value else { return }
        add(name, representation: value.parameterRepresentation, style: style, explode: explode)
    }

    /// Adds a field of a value's representation, serialized in `style`.
    @_spi(Generated) public mutating func add(
        _ name: String, representation: ParameterRepresentation, style: ParameterStyle = .form, explode: Bool = true
    ) {
        pairs += ParameterSerializer.query(name: name, representation, style: style, explode: explode)
    }
}

extension RequestBuilder {
    /// Sets an `application/x-www-form-urlencoded` body of the fields, each in its own style.
    @_spi(Generated) public mutating func setFormURLEncodedBody(_ fields: FormFields) {
        setBody(Data(fields.pairs.joined(separator: "&").utf8), contentType: "application/x-www-form-urlencoded")
    }
}
