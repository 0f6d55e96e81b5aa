import Foundation

/// Any JSON value, for schemas without a fixed shape.
///
/// Integers that fit in `Int64` decode as ``integer(_:)`` and keep their exact value; other numbers
/// decode as ``number(_:)``. An `integer` and a `number` with the same numeric value are equal.
public enum JSONValue: Codable, Sendable, Hashable, CustomStringConvertible,
    ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByStringLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// An integer that fits in `Int64`.
    case integer(Int64)
    /// Any other number.
    case number(Double)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object.
    case object([String: JSONValue])

    /// Decodes any JSON value.
    public init(from decoder: any Decoder) throws {
        if var array = try? decoder.unkeyedContainer() {
            var values: [JSONValue] = []
            if let count = array.count {
                values.reserveCapacity(count)
            }
            while !array.isAtEnd {
                values.append(try array.decode(JSONValue.self))
            }
            self = .array(values)
            return
        }
        if let object = try? decoder.container(keyedBy: AnyCodingKey.self) {
            var values: [String: JSONValue] = [:]
            for key in object.allKeys {
                values[key.stringValue] = try object.decode(JSONValue.self, forKey: key)
            }
            self = .object(values)
            return
        }
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int64.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Not a JSON value")
        }
    }

    /// Encodes the value.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        case let .bool(value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case let .integer(value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case let .number(value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case let .string(value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case let .array(values):
            var container = encoder.unkeyedContainer()
            for value in values {
                try container.encode(value)
            }
        case let .object(values):
            var container = encoder.container(keyedBy: AnyCodingKey.self)
            for (key, value) in values {
                try container.encode(value, forKey: AnyCodingKey(key))
            }
        }
    }

    /// Equal values; numbers compare by numeric value across ``integer(_:)`` and ``number(_:)``.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(left), .bool(right)): return left == right
        case let (.integer(left), .integer(right)): return left == right
        case let (.number(left), .number(right)): return left == right
        case let (.integer(left), .number(right)), let (.number(right), .integer(left)):
            return Self.exactDouble(left) == right
        case let (.string(left), .string(right)): return left == right
        case let (.array(left), .array(right)): return left == right
        case let (.object(left), .object(right)): return left == right
        default: return false
        }
    }

    /// Hashes consistently with `==`.
    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null:
            hasher.combine(0)
        case let .bool(value):
            hasher.combine(1)
            hasher.combine(value)
        case let .integer(value):
            if let exact = Self.exactDouble(value) {
                hasher.combine(2)
                hasher.combine(exact)
            } else {
                hasher.combine(3)
                hasher.combine(value)
            }
        case let .number(value):
            hasher.combine(2)
            hasher.combine(value)
        case let .string(value):
            hasher.combine(4)
            hasher.combine(value)
        case let .array(values):
            hasher.combine(5)
            hasher.combine(values)
        case let .object(values):
            hasher.combine(6)
            hasher.combine(values)
        }
    }

    /// `value` as a `Double` when the conversion is exact.
    private static func exactDouble(_ value: Int64) -> Double? {
        let double = Double(value)
        guard double >= -9.223372036854775808e18, double < 9.223372036854775808e18, Int64(double) == value else {
            return nil
        }
        return double
    }

    /// `nil` becomes ``null``.
    public init(nilLiteral: ()) { self = .null }
    /// A Boolean literal.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    /// An integer literal.
    public init(integerLiteral value: Int64) { self = .integer(value) }
    /// A floating-point literal.
    public init(floatLiteral value: Double) { self = .number(value) }
    /// A string literal.
    public init(stringLiteral value: String) { self = .string(value) }
    /// An array literal.
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    /// A dictionary literal (a repeated key keeps its last value).
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }

    /// The member `key` of an object; `nil` for a missing key or a non-object.
    public subscript(key: String) -> JSONValue? {
        guard case let .object(values) = self else { return nil }
        return values[key]
    }

    /// The element at `index` of an array; `nil` when out of range or not an array.
    public subscript(index: Int) -> JSONValue? {
        guard case let .array(values) = self, values.indices.contains(index) else { return nil }
        return values[index]
    }

    /// The string, if this is a string.
    public var stringValue: String? {
        if case let .string(value) = self { return value }
        return nil
    }

    /// The number as a `Double`, if this is a number.
    public var doubleValue: Double? {
        switch self {
        case let .integer(value): return Double(value)
        case let .number(value): return value
        default: return nil
        }
    }

    /// The number as an `Int64`, if this is a number with an exact integer value.
    public var integerValue: Int64? {
        switch self {
        case let .integer(value): return value
        case let .number(value): return Int64(exactly: value)
        default: return nil
        }
    }

    /// The Boolean, if this is one.
    public var boolValue: Bool? {
        if case let .bool(value) = self { return value }
        return nil
    }

    /// Whether this is `null`.
    public var isNull: Bool { self == .null }

    /// Compact JSON text (object keys sorted).
    public var description: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "<invalid JSON: non-finite number>" }
        return String(decoding: data, as: UTF8.self)
    }
}

/// A coding key for arbitrary object members.
struct AnyCodingKey: CodingKey {
    /// The key.
    var stringValue: String
    /// Always `nil`: member keys are strings.
    var intValue: Int? { nil }

    /// Creates a key.
    init(_ stringValue: String) {
        self.stringValue = stringValue
    }

    /// Creates a key.
    init?(stringValue: String) {
        self.stringValue = stringValue
    }

    /// Creates a key from an index, as its decimal text.
    init?(intValue: Int) {
        self.stringValue = String(intValue)
    }
}
