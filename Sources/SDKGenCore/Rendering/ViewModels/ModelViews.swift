/// View data for model files: plain stored properties, decided by the builders, read by templates.
struct ModelFileView {
    let header: HeaderView
    let access: String
    let declarations: [DeclarationView]
}

/// One declaration: exactly one of the optionals is set.
struct DeclarationView {
    let structure: StructView?
    let enumeration: EnumView?
    let openEnumeration: EnumView?
    let union: UnionView?
    let alias: AliasView?
}

/// A `Codable` struct.
struct StructView {
    let name: String
    let docLines: [DocLine]
    let isDeprecated: Bool
    let properties: [PropertyView]
    /// Set when a required nullable property needs an explicit `null` on the wire.
    let hasExplicitEncode: Bool
    let hasProperties: Bool
}

/// A stored property.
struct PropertyView {
    let name: String
    let type: String
    let docLines: [DocLine]
    /// `= nil` in the memberwise initializer.
    let defaultArgument: String
    /// The CodingKeys case: `case name` or `case name = "wire"`.
    let codingKeyCase: String
    /// `encode` or `encodeIfPresent`.
    let encodeMethod: String
    /// The last property (no trailing comma in the initializer).
    let isLast: Bool
}

/// An enum of scalar raw values (closed or open).
struct EnumView {
    let name: String
    let docLines: [DocLine]
    let isDeprecated: Bool
    /// `String` or `Int`.
    let rawType: String
    let cases: [EnumCaseView]
}

/// One enum case.
struct EnumCaseView {
    let name: String
    /// The raw value as a Swift literal (`"file"`, `3`).
    let literal: String
    /// ` = "wire"` when the raw value differs from the case name, else empty.
    let rawAssignment: String
    let isLast: Bool
}

/// An enum with associated values for `oneOf`/`anyOf`.
struct UnionView {
    let name: String
    let docLines: [DocLine]
    let isDeprecated: Bool
    let cases: [UnionCaseView]
    /// Decode by this property's value when set.
    let discriminator: DiscriminatorView?
    /// Decode by trying each case in order when there is no discriminator.
    let tryInOrder: Bool
    /// Every case is a scalar or array of scalars, so the union can be a parameter.
    let isParameterValue: Bool
}

/// One union case.
struct UnionCaseView {
    let name: String
    let type: String
    let docLines: [DocLine]
}

/// Decoding a union by a discriminator property.
struct DiscriminatorView {
    /// The property's wire name as a string literal.
    let propertyLiteral: String
    let mappings: [DiscriminatorMappingView]
}

/// One discriminator value and the case it selects.
struct DiscriminatorMappingView {
    let valueLiteral: String
    let caseName: String
    let type: String
}

/// `typealias Name = Type`.
struct AliasView {
    let name: String
    let docLines: [DocLine]
    let type: String
}

/// The header every generated file starts with.
struct HeaderView {
    let fileName: String
    let generator: String
    let source: String
}
