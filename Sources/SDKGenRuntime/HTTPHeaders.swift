import Foundation

/// An ordered list of HTTP header fields with case-insensitive name lookup.
///
/// Several fields may share a name (for example `Set-Cookie`); the order they were added in is kept.
/// The `description`, `debugDescription` and reflection (`dump`) of a header list never show the
/// values of credential-bearing headers (see ``isSensitive(_:)``).
public struct HTTPHeaders: Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral,
    CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable
{
    /// One header field.
    public typealias Element = (name: String, value: String)

    /// The fields, in order.
    private var fields: [Element]

    /// Creates an empty header list.
    public init() {
        fields = []
    }

    /// Creates a header list from `(name, value)` pairs, keeping their order and duplicates.
    public init(_ pairs: [(String, String)]) {
        fields = pairs.map { (name: $0.0, value: $0.1) }
    }

    /// Creates a header list from a dictionary literal, keeping the literal's order.
    public init(dictionaryLiteral elements: (String, String)...) {
        self.init(elements)
    }

    /// The number of fields (a name added twice counts twice).
    public var count: Int { fields.count }

    /// Whether the list has no fields.
    public var isEmpty: Bool { fields.isEmpty }

    /// The first value of the field `name` (case-insensitive), or `nil` if absent.
    ///
    /// Setting a value replaces every field of that name (the new field takes the position of the
    /// first one removed, or goes at the end); setting `nil` removes them all.
    public subscript(name: String) -> String? {
        get {
            fields.first { Self.namesEqual($0.name, name) }?.value
        }
        set {
            let position = fields.firstIndex { Self.namesEqual($0.name, name) }
            fields.removeAll { Self.namesEqual($0.name, name) }
            guard let newValue else { return }
            if let position, position <= fields.count {
                fields.insert((name: name, value: newValue), at: position)
            } else {
                fields.append((name: name, value: newValue))
            }
        }
    }

    /// All values of the field `name` (case-insensitive), in order.
    public func values(for name: String) -> [String] {
        fields.filter { Self.namesEqual($0.name, name) }.map(\.value)
    }

    /// Appends a field, keeping any existing field of the same name.
    public mutating func add(name: String, value: String) {
        fields.append((name: name, value: value))
    }

    /// Whether a field named `name` (case-insensitive) is present.
    public func contains(_ name: String) -> Bool {
        fields.contains { Self.namesEqual($0.name, name) }
    }

    /// Iterates the fields in order.
    public func makeIterator() -> IndexingIterator<[Element]> {
        fields.makeIterator()
    }

    /// Two header lists are equal when they hold the same fields in the same order
    /// (names compared case-insensitively, values exactly).
    public static func == (lhs: HTTPHeaders, rhs: HTTPHeaders) -> Bool {
        guard lhs.fields.count == rhs.fields.count else { return false }
        return zip(lhs.fields, rhs.fields).allSatisfy { left, right in
            namesEqual(left.name, right.name) && left.value == right.value
        }
    }

    /// Hashes the fields consistently with `==`.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(fields.count)
        for field in fields {
            hasher.combine(field.name.lowercased())
            hasher.combine(field.value)
        }
    }

    /// The fields as `[Name: value, ...]`, with credential values shown as `***`.
    public var description: String {
        "["
            + fields.map { "\($0.name): \(Self.redactedValue(name: $0.name, value: $0.value))" }
            .joined(separator: ", ") + "]"
    }

    /// Same as ``description``: credentials are never shown.
    public var debugDescription: String { description }

    /// A mirror whose children are the fields, with credential values shown as `***`.
    public var customMirror: Mirror {
        Mirror(
            self,
            unlabeledChildren: fields.map { "\($0.name): \(Self.redactedValue(name: $0.name, value: $0.value))" },
            displayStyle: .collection
        )
    }

    /// Whether a header carries a credential whose value must never be printed:
    /// `Authorization`, `Proxy-Authorization`, `Cookie`, `Set-Cookie` and `X-Api-Key`.
    public static func isSensitive(_ name: String) -> Bool {
        switch name.lowercased() {
        case "authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key":
            return true
        default:
            return false
        }
    }

    /// The value to print for a header: `***` for credentials; for `Authorization` and
    /// `Proxy-Authorization` the scheme is kept (`Bearer ***`).
    static func redactedValue(name: String, value: String) -> String {
        guard isSensitive(name) else { return value }
        let lowered = name.lowercased()
        if lowered == "authorization" || lowered == "proxy-authorization",
            let space = value.firstIndex(of: " ")
        {
            let scheme = value[..<space]
            if !scheme.isEmpty, scheme.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) {
                return "\(scheme) ***"
            }
        }
        return "***"
    }

    /// Case-insensitive (ASCII) comparison of header names.
    static func namesEqual(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.count == rhs.utf8.count && lhs.lowercased() == rhs.lowercased()
    }

    /// Whether `name` is a valid field name (an RFC 9110 token).
    static func isValidName(_ name: String) -> Bool {
        guard !name.isEmpty else { return false }
        return name.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"):
                return true
            default:
                return "!#$%&'*+-.^_`|~".utf8.contains(byte)
            }
        }
    }

    /// Whether `value` may be sent: no CR, LF or NUL (which would split or end the header).
    static func isValidValue(_ value: String) -> Bool {
        !value.utf8.contains { $0 == 0x0D || $0 == 0x0A || $0 == 0x00 }
    }

    /// Checks every field, returning a description of the first invalid one.
    func firstInvalidField() -> String? {
        for field in fields {
            if !Self.isValidName(field.name) {
                return "invalid header name \(field.name.debugDescription)"
            }
            if !Self.isValidValue(field.value) {
                return "the value of header \"\(field.name)\" contains a CR, LF or NUL character"
            }
        }
        return nil
    }
}
