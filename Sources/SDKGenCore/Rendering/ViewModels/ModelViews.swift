/// View data for model files: plain stored properties, decided by the builders, read by templates.
struct ModelFileView: FileView {
    /// Rendered with `Model.swift`.
    var templateName: String { "Model.swift" }
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
    /// The wire names of the declared properties as comma-separated Swift literals (the keys that are not
    /// undeclared ones).
    let declaredKeyLiterals: String
    /// The doc comment of `encode(to:)`.
    let encodeDoc: String
    /// The doc comment of `init(from:)`.
    let decodeDoc: String
    let hasProperties: Bool
    /// Set when a property is held through `_Indirect` (its type contains this struct).
    let hasBoxed: Bool
    /// Undeclared keys kept in a dictionary (`additionalProperties` next to declared properties).
    let additional: AdditionalPropertiesView?
}

/// The dictionary of undeclared keys.
struct AdditionalPropertiesView {
    /// The member name (`additionalProperties`).
    let name: String
    /// The dictionary's value type.
    let valueType: String
}

/// A stored property.
struct PropertyView {
    let name: String
    let type: String
    let docLines: [DocLine]
    /// `= nil` in the memberwise initializer.
    let defaultArgument: String
    /// The wire name as a Swift string literal (the key given to the `…Property` coding functions, or a
    /// `DynamicCodingKey` literal).
    let keyLiteral: SwiftLiteral
    /// `encodeProperty` or `encodePropertyIfPresent`: the runtime function `encode(to:)` calls for the property.
    let encodeFunction: String
    /// `decodeProperty` or `decodePropertyIfPresent`: the runtime function `init(from:)` calls for the property.
    let decodeFunction: String
    /// `encode` or `encodeIfPresent` (the container's own function, with `forKey:`), for templates written before
    /// `encodeFunction`.
    let encodeMethod: String
    /// `decode` or `decodeIfPresent` (the container's own function, with `forKey:`), for templates written before
    /// `decodeFunction`.
    let decodeMethod: String
    /// The type without optionality.
    let decodeType: String
    /// Set when the property's type contains this struct: it is stored in an `_Indirect` box behind an accessor.
    let isBoxed: Bool
    /// The stored property: the name, or `_name` for a boxed property.
    let storedName: String
    /// `_Indirect(` and `)` around a stored value for a boxed property, else empty.
    let boxOpen: String
    let boxClose: String
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
    let literal: SwiftLiteral
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
    let propertyLiteral: SwiftLiteral
    let mappings: [DiscriminatorMappingView]
}

/// One discriminator value and the case it selects.
struct DiscriminatorMappingView {
    let valueLiteral: SwiftLiteral
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
    let fileName: CommentText
    let generator: CommentText
    /// ` <headerComment>.` from the options, or empty: with the file name and the generator, all a header holds.
    let commentSuffix: CommentText
    /// `additionalImports` as declarations, placed after `import Foundation` (not in runtime files).
    let importLines: [ImportLineView]
}

/// One extra `import` declaration.
struct ImportLineView {
    let text: String
}
