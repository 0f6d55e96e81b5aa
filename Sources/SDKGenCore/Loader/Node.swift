/// A node of a loaded YAML or JSON document, with the place it came from.
///
/// The tree knows nothing of OpenAPI. Mappings keep their keys in document order.
public struct Node: Sendable {
    /// What a node holds.
    public enum Kind: Sendable {
        case scalar(Scalar)
        case mapping(Mapping)
        case sequence([Node])
    }

    /// The node's content.
    public let kind: Kind
    /// Where the node starts in its document.
    public let location: SourceLocation

    /// Creates a node.
    public init(_ kind: Kind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }
}

/// A resolved scalar: what a plain YAML scalar means, or a string for any quoted or block scalar.
public enum Scalar: Sendable, Hashable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null

    /// The scalar as text, the way it would be written on the wire (`true`, `12`, `1.5`, `null`).
    public var text: String {
        switch self {
        case .string(let value): value
        case .int(let value): String(value)
        case .double(let value): value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        case .bool(let value): value ? "true" : "false"
        case .null: "null"
        }
    }
}

/// A mapping's entries in document order, with a key index for constant-time lookups.
public struct Mapping: Sendable {
    /// One key/value pair; the key is always text (non-string YAML keys are turned into their text).
    public struct Entry: Sendable {
        /// The key.
        public let key: String
        /// Where the key stands.
        public let keyLocation: SourceLocation
        /// The wire value.
        public let value: Node

        /// Creates a value from its parts.
        public init(key: String, keyLocation: SourceLocation, value: Node) {
            self.key = key
            self.keyLocation = keyLocation
            self.value = value
        }
    }

    /// The entries in document order.
    public let entries: [Entry]
    /// Positions by key, for mappings larger than `indexedCount`; smaller ones (most of a document's) are
    /// searched in order, which is quicker than hashing the key and saves building a dictionary per mapping.
    private let index: [String: Int]?
    private static let indexedCount = 12

    /// Creates a mapping; when a key repeats, the first entry wins for lookups
    /// (the loader reports duplicates before this point).
    public init(_ entries: [Entry]) {
        self.entries = entries
        guard entries.count > Self.indexedCount else {
            index = nil
            return
        }
        var index: [String: Int] = [:]
        index.reserveCapacity(entries.count)
        for (position, entry) in entries.enumerated() where index[entry.key] == nil {
            index[entry.key] = position
        }
        self.index = index
    }

    /// The value for a key, if present.
    public subscript(key: String) -> Node? {
        position(of: key).map { entries[$0].value }
    }

    /// The entry for a key, if present.
    public func entry(_ key: String) -> Entry? {
        position(of: key).map { entries[$0] }
    }

    /// The position of the first entry with `key`.
    private func position(of key: String) -> Int? {
        if let index { return index[key] }
        return entries.firstIndex { $0.key == key }
    }
}

extension Node {
    /// The mapping, when this node is one.
    public var mapping: Mapping? {
        if case .mapping(let mapping) = kind { return mapping }
        return nil
    }

    /// The items, when this node is a sequence.
    public var sequence: [Node]? {
        if case .sequence(let items) = kind { return items }
        return nil
    }

    /// The scalar, when this node is one.
    public var scalar: Scalar? {
        if case .scalar(let scalar) = kind { return scalar }
        return nil
    }

    /// The value for `key` when this node is a mapping that has it.
    public subscript(key: String) -> Node? { mapping?[key] }

    /// The text of a string scalar (numbers and booleans are not strings here).
    public var string: String? {
        if case .scalar(.string(let value)) = kind { return value }
        return nil
    }

    /// The text of any scalar except null: for places where the spec says string but authors write `200` or `true`.
    public var scalarText: String? {
        guard let scalar, scalar != .null else { return nil }
        return scalar.text
    }

    /// A boolean scalar's value.
    public var bool: Bool? {
        if case .scalar(.bool(let value)) = kind { return value }
        return nil
    }

    /// An integer scalar's value (a whole double counts).
    public var int: Int? {
        switch kind {
        case .scalar(.int(let value)): return value
        case .scalar(.double(let value)) where value.rounded() == value && abs(value) < 9e15: return Int(value)
        default: return nil
        }
    }

    /// A numeric scalar's value.
    public var double: Double? {
        switch kind {
        case .scalar(.int(let value)): return Double(value)
        case .scalar(.double(let value)): return value
        default: return nil
        }
    }

    /// Whether this is the null scalar.
    public var isNull: Bool { scalar == .null }

    /// A short name of the node's kind for messages: "a mapping", "a sequence", "a string", ...
    public var kindDescription: String {
        switch kind {
        case .mapping: "a mapping"
        case .sequence: "a sequence"
        case .scalar(.string): "a string"
        case .scalar(.int), .scalar(.double): "a number"
        case .scalar(.bool): "a boolean"
        case .scalar(.null): "null"
        }
    }
}
