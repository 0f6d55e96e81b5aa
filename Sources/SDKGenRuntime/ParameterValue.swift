import Foundation

/// The shape of a parameter value before it is serialized into a path, query, header or cookie.
public enum ParameterRepresentation: Sendable {
    /// A single value.
    case primitive(String)
    /// A list of values.
    case array([String])
    /// Key-value pairs, in order (a key may repeat for list members).
    case object([(String, String)])
}

/// A value that can be sent as a path, query, header or cookie parameter, or a form field.
///
/// Enums with `String` (or `Int`) raw values only need `extension MyEnum: ParameterValue {}`.
public protocol ParameterValue: Sendable {
    /// The value's shape and text.
    var parameterRepresentation: ParameterRepresentation { get }
}

/// How a parameter is serialized (OpenAPI `style`).
public enum ParameterStyle: Sendable, Hashable {
    /// `name=a&name=b` (exploded) or `name=a,b`.
    case form
    /// `name=a%20b` when not exploded.
    case spaceDelimited
    /// `name=a%7Cb` when not exploded.
    case pipeDelimited
    /// `name[key]=value` for objects.
    case deepObject
    /// `a,b` (path and header default).
    case simple
    /// `.a.b` (path).
    case label
    /// `;name=a,b` (path).
    case matrix
}

extension String: ParameterValue {
    /// The string itself.
    public var parameterRepresentation: ParameterRepresentation { .primitive(self) }
}

extension Int: ParameterValue {
    /// The decimal text.
    public var parameterRepresentation: ParameterRepresentation { .primitive(String(self)) }
}

extension Int32: ParameterValue {
    /// The decimal text.
    public var parameterRepresentation: ParameterRepresentation { .primitive(String(self)) }
}

extension Int64: ParameterValue {
    /// The decimal text.
    public var parameterRepresentation: ParameterRepresentation { .primitive(String(self)) }
}

extension Double: ParameterValue {
    /// The shortest text that reads back as the same value (`1.5`, `2.0`).
    public var parameterRepresentation: ParameterRepresentation { .primitive(String(self)) }
}

extension Float: ParameterValue {
    /// The shortest text that reads back as the same value.
    public var parameterRepresentation: ParameterRepresentation { .primitive(String(self)) }
}

extension Bool: ParameterValue {
    /// `true` or `false`.
    public var parameterRepresentation: ParameterRepresentation { .primitive(self ? "true" : "false") }
}

extension UUID: ParameterValue {
    /// The lower-case hyphenated form.
    public var parameterRepresentation: ParameterRepresentation { .primitive(uuidString.lowercased()) }
}

extension Date: ParameterValue {
    /// ISO 8601 in UTC (`2024-05-01T12:30:00Z`, milliseconds when not zero).
    public var parameterRepresentation: ParameterRepresentation { .primitive(JSONCoding.formatDate(self)) }
}

extension Array: ParameterValue where Element: ParameterValue {
    /// The elements as a list (a nested list or object is flattened to comma-separated text).
    public var parameterRepresentation: ParameterRepresentation {
        .array(map { $0.parameterRepresentation.flatText })
    }
}

extension Dictionary: ParameterValue where Key == String, Value: ParameterValue {
    /// The entries as an object, keys sorted for a stable order.
    public var parameterRepresentation: ParameterRepresentation {
        .object(sorted { $0.key < $1.key }.map { ($0.key, $0.value.parameterRepresentation.flatText) })
    }
}

extension ParameterValue where Self: RawRepresentable, RawValue == String {
    /// The raw value.
    public var parameterRepresentation: ParameterRepresentation { .primitive(rawValue) }
}

extension ParameterValue where Self: RawRepresentable, RawValue == Int {
    /// The raw value in decimal.
    public var parameterRepresentation: ParameterRepresentation { .primitive(String(rawValue)) }
}

/// An `Encodable` object sent as a parameter: its top-level members become the object's keys
/// (for `deepObject` or exploded `form` query parameters). Keys are sorted; `null` members are left out;
/// list members repeat their key; nested objects are sent as compact JSON text.
public struct EncodableParameter<T: Encodable & Sendable>: ParameterValue {
    /// The wrapped value.
    public let value: T

    /// Wraps a value.
    public init(_ value: T) {
        self.value = value
    }

    /// The flattened members, or the value itself when it does not encode as an object.
    public var parameterRepresentation: ParameterRepresentation {
        guard let data = try? JSONCoding.encodeSorted(value),
            let json = try? JSONCoding.makeDecoder().decode(JSONValue.self, from: data)
        else {
            return .object([])
        }
        return json.parameterRepresentation
    }
}

/// Any JSON value as a parameter: scalars as their text, arrays as lists, objects as key-value pairs (arrays in
/// an object repeat their key, nulls in an object are left out).
extension JSONValue: ParameterValue {
    /// The value as a parameter: members for an object, a list for an array, text for a scalar.
    public var parameterRepresentation: ParameterRepresentation {
        switch self {
        case let .object(members):
            var pairs: [(String, String)] = []
            for key in members.keys.sorted() {
                guard let member = members[key] else { continue }
                switch member {
                case .null:
                    continue
                case let .array(elements):
                    pairs += elements.map { (key, $0.parameterText) }
                default:
                    pairs.append((key, member.parameterText))
                }
            }
            return .object(pairs)
        case let .array(elements):
            return .array(elements.map(\.parameterText))
        default:
            return .primitive(parameterText)
        }
    }

    /// The value as one parameter's text: strings unquoted, `null` empty, the rest as compact JSON.
    var parameterText: String {
        switch self {
        case let .string(text): return text
        case .null: return ""
        default: return description
        }
    }
}

/// A value sent as its JSON text: a parameter declared with `content: {application/json: ...}`.
public struct JSONParameter<T: Encodable & Sendable>: ParameterValue {
    /// The value to encode.
    public let value: T

    /// A parameter whose text is `value` encoded as JSON (keys sorted, so the same value gives the same text).
    public init(_ value: T) {
        self.value = value
    }

    /// The value's JSON text as one primitive value.
    public var parameterRepresentation: ParameterRepresentation {
        guard let data = try? JSONCoding.encodeSorted(value) else { return .primitive("") }
        return .primitive(String(decoding: data, as: UTF8.self))
    }
}

extension ParameterRepresentation {
    /// The value as one piece of text: list members and object pairs comma-separated.
    var flatText: String {
        switch self {
        case let .primitive(text):
            return text
        case let .array(values):
            return values.joined(separator: ",")
        case let .object(pairs):
            return pairs.flatMap { [$0.0, $0.1] }.joined(separator: ",")
        }
    }
}
