/// The public API of one generated client, as the plan decides it: its types, their members and the methods of
/// the operation groups, one entry per member, sorted. Derived from `SDKPlan` and `SwiftTypeMapper` (never by
/// reading Swift), recorded next to the manifest (`SurfaceRecord`) and compared between generations (`SurfaceDiff`).
///
/// The runtime types (`APIError`, `RequestOptions`, …) are left out: they are the same for every document. So are
/// the members every client has the same way (`configuration`, `init(configuration:)`, `defaultUserAgent`).
public struct APISurface: Sendable, Equatable {
    /// What the API was generated from (`openrouter-files.openapi.yaml (OpenRouter API 1.0.0)`), for reports.
    public var source: String
    /// Every entry, sorted by `SurfaceEntry.sortKey`.
    public private(set) var entries: [SurfaceEntry]

    /// A surface of `entries` (sorted here, so any order goes in).
    public init(source: String, entries: [SurfaceEntry]) {
        self.source = source
        // Each key made once (not twice per comparison): the sort was a tenth of a whole run's instructions. The
        // sort moves indices, not entries (each a dozen strings to retain and release on every move).
        let keys = entries.map(\.sortKey)
        self.entries = keys.indices.sorted { keys[$0] < keys[$1] }.map { entries[$0] }
    }

    /// Entries by `SurfaceEntry.key`.
    var byKey: [String: SurfaceEntry] {
        Dictionary(entries.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
    }
}

/// One argument of an initializer or method.
public struct SurfaceArgument: Sendable, Equatable {
    /// The argument label (`fileId`, `to`).
    public var label: String
    /// The Swift type (`String?`).
    public var type: String
    /// The default value's text (`nil`, `RequestOptions()`), when the argument may be left out.
    public var defaultValue: String?

    /// An argument labelled `label` of type `type`, with an optional default.
    public init(label: String, type: String, defaultValue: String? = nil) {
        self.label = label
        self.type = type
        self.defaultValue = defaultValue
    }
}

/// One declaration or member of the public API.
public struct SurfaceEntry: Sendable, Equatable {
    /// What the entry declares; the raw value is its keyword in the record.
    public enum Kind: String, Sendable, CaseIterable {
        /// The client struct.
        case client
        /// An operation group struct (`FilesAPI`).
        case group
        case structure = "struct"
        /// A closed scalar enum: decoding an unknown value fails.
        case enumeration = "enum"
        /// An open scalar enum (`x-speakeasy-unknown-values: allow`): unknown values decode as `.unknown`.
        case openEnumeration = "open-enum"
        /// An enum with associated values for a `oneOf` / `anyOf`.
        case union
        /// The error enum an operation throws.
        case errorEnumeration = "error-enum"
        case alias = "typealias"
        case variable = "var"
        case constant = "let"
        case staticConstant = "static-let"
        case enumCase = "case"
        case initializer = "init"
        case function = "func"

        /// Whether the entry declares a type (as opposed to a member of one).
        public var isType: Bool {
            switch self {
            case .client, .group, .structure, .enumeration, .openEnumeration, .union, .errorEnumeration, .alias: true
            default: false
            }
        }

        /// Whether users `switch` over the type exhaustively, so that a new case breaks their code.
        public var isSwitchedOver: Bool {
            self == .enumeration || self == .union || self == .errorEnumeration
        }

        /// How reports name the kind (`struct`, `open enum`, `error enum`).
        public var displayName: String {
            switch self {
            case .openEnumeration: "open enum"
            case .errorEnumeration: "error enum"
            case .union: "enum with associated values"
            case .staticConstant: "static let"
            case .function: "method"
            case .initializer: "initializer"
            case .variable, .constant: "property"
            default: rawValue
            }
        }
    }

    /// `public`, `package` or `internal`.
    public var access: String
    /// What shape of value the schema describes.
    public var kind: Kind
    /// The type a member belongs to (`FileMetadata`, `OpenRouterClient.Globals`); nil for a type.
    public var owner: String?
    /// The member's or the type's name.
    public var name: String
    /// A property's type, an alias's target, a case's payload, an enum's raw type, a method's return type.
    public var type: String?
    /// A scalar enum case's raw value, as a Swift literal.
    public var literal: String?
    /// An initializer's or method's arguments.
    public var arguments: [SurfaceArgument] = []
    /// A method's effects (`async throws(ListFilesError)`).
    public var effects: String?

    /// An entry with every field given.
    public init(
        access: String, kind: Kind, owner: String? = nil, name: String, type: String? = nil,
        literal: String? = nil, arguments: [SurfaceArgument] = [], effects: String? = nil
    ) {
        self.access = access
        self.kind = kind
        self.owner = owner
        self.name = name
        self.type = type
        self.literal = literal
        self.arguments = arguments
        self.effects = effects
    }

    /// The type the entry is or belongs to.
    public var typeName: String { owner ?? name }

    /// What stays the same when the entry changes: `FileMetadata`, `FileMetadata.id`, `FileMetadata.init`,
    /// `FilesAPI.download(to:)` (the variant that streams to a file: no mapped type is `URL`).
    public var key: String {
        guard let owner else { return name }
        if kind == .initializer { return owner + ".init" }
        if kind == .function, arguments.contains(where: { $0.label == "to" && $0.type == "URL" }) {
            return owner + "." + name + "(to:)"
        }
        return owner + "." + name
    }

    /// The record sorts by type, then the type's own line, cases, properties, initializers, methods, then name.
    var sortKey: SortKey {
        SortKey(typeName: typeName, rank: Self.rank(kind), key: key)
    }

    /// The parts of `sortKey`, compared in order.
    struct SortKey: Comparable {
        let typeName: String
        let rank: Int
        let key: String

        static func < (lhs: SortKey, rhs: SortKey) -> Bool {
            (lhs.typeName, lhs.rank, lhs.key) < (rhs.typeName, rhs.rank, rhs.key)
        }
    }

    private static func rank(_ kind: Kind) -> Int {
        switch kind {
        case .enumCase: 1
        case .variable, .constant: 2
        case .staticConstant: 3
        case .initializer: 4
        case .function: 5
        default: 0
        }
    }
}
