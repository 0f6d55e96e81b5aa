/// A schema as the reader understood it, with the spec's names and where it stands.
public struct Schema: Sendable, Equatable {
    /// What shape of value the schema describes.
    public indirect enum Kind: Sendable, Equatable {
        /// A reference to a component schema, by its name under `#/components/schemas`.
        case reference(String)
        case string(format: String?)
        case integer(format: String?)
        case number(format: String?)
        case boolean
        case array(items: Schema)
        case object(ObjectSchema)
        case enumeration(EnumSchema)
        case oneOf([Schema], discriminator: Discriminator?)
        case anyOf([Schema], discriminator: Discriminator?)
        case allOf([Schema])
        /// Any JSON value (`{}`, `true`, no type).
        case any
        /// Only `null` (`type: 'null'`).
        case null
    }

    /// What shape of value the schema describes.
    public var kind: Kind
    /// 3.0 `nullable: true`, a 3.1 type array with `null`, or a `oneOf`/`anyOf` with a null branch.
    public var nullable: Bool
    /// `title`.
    public var title: String?
    /// The longer description (`description`), Markdown as written.
    public var description: String?
    /// Marked `deprecated: true`.
    public var deprecated: Bool
    /// `readOnly: true`: sent by the server only.
    public var readOnly: Bool
    /// `writeOnly: true`: sent by the client only.
    public var writeOnly: Bool
    /// `default`, when it is a scalar.
    public var defaultValue: Scalar?
    /// Where the schema stands (for `$ref` schemas: where the reference is written).
    public var origin: Origin

    /// Creates a schema with every flag off.
    public init(_ kind: Kind, origin: Origin) {
        self.kind = kind
        self.nullable = false
        self.deprecated = false
        self.readOnly = false
        self.writeOnly = false
        self.origin = origin
    }
}

/// An object schema's properties.
public struct ObjectSchema: Sendable, Equatable {
    /// What `additionalProperties` allows.
    public indirect enum AdditionalProperties: Sendable, Equatable {
        /// Not declared or `false`: the object has only its properties.
        case none
        /// `true` or `{}`: any JSON values.
        case any
        /// A typed map.
        case typed(Schema)
    }

    /// Properties in document order.
    public var properties: [Property]
    /// What `additionalProperties` allows.
    public var additionalProperties: AdditionalProperties
}

/// One property of an object schema.
public struct Property: Sendable, Equatable {
    /// The wire name.
    public var name: String
    /// The value's schema.
    public var schema: Schema
    /// Whether a value must be given.
    public var required: Bool
}

/// An enumeration of scalar values.
public struct EnumSchema: Sendable, Equatable {
    /// The values in document order (null removed; it makes the schema nullable instead).
    public var values: [Scalar]
    /// `string` or `integer` (numbers and mixed lists are read as strings of their text).
    public var isInteger: Bool
    /// Unknown values are kept (`x-speakeasy-unknown-values: allow`), instead of failing to decode.
    public var isOpen: Bool
    /// The enum came from `const`.
    public var isConst: Bool
}

/// `discriminator`.
public struct Discriminator: Sendable, Equatable {
    /// One mapping entry: the wire value and the component schema it selects.
    public struct Entry: Sendable, Equatable {
        /// The wire value.
        public var value: String
        /// The component schema it selects.
        public var schemaName: String
    }

    /// The property whose value selects the branch.
    public var propertyName: String
    /// The mapping in document order (empty: the schema names themselves are the values).
    public var mapping: [Entry]
}

extension Schema {
    /// The branches and discriminator of a `oneOf` or `anyOf` schema; nil for any other kind.
    var unionParts: (branches: [Schema], discriminator: Discriminator?)? {
        switch kind {
        case .oneOf(let branches, let discriminator), .anyOf(let branches, let discriminator): (branches, discriminator)
        default: nil
        }
    }

    /// The names of the components the branches of a union refer to (`$ref`s), in order.
    var referencedBranchComponents: [String] {
        (unionParts?.branches ?? []).compactMap { branch in
            guard case .reference(let component) = branch.kind else { return nil }
            return component
        }
    }
}
