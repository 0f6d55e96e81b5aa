/// One type the generated module declares, decided once by the planner.
struct PlannedDeclaration: Sendable {
    /// The Swift type name.
    let name: String
    /// The schema it is declared from.
    let schema: Schema
    /// A struct, scalar enum, union, or (components without a shape of their own) a type alias.
    let kind: DeclarationKind
    /// Declared for a component schema (as opposed to an inline one).
    let isComponent: Bool
    /// The struct's properties, `allOf` parts merged (empty for other kinds).
    var properties: [Property] = []
    /// Wire names of the struct properties stored through a box (their type contains the struct).
    var boxedProperties: Set<String> = []
    /// Swift names of the members, decided by `MemberNamer`: one per property (structs), value (enums) or
    /// branch (unions), in the same order.
    var memberNames: [String] = []
    /// The member holding undeclared keys, for a struct that keeps them.
    var additionalPropertiesName: String?
    /// A union decoded by its discriminator has an `unknown` case for values the document does not list.
    var hasUnknownCase = false
}

/// One model file: a component's declaration and the inline types under it, or an operation's inline types.
struct PlannedModelFile: Sendable {
    /// The path relative to the output folder (`Models/FileMetadata.swift`).
    let path: String
    /// The file name the header shows.
    let fileName: String
    /// Indices into `DeclarationPlan.declarations`, in the order the file declares them.
    var declarations: [Int]
}

/// Every declaration of the module and the model file each lives in.
struct DeclarationPlan: Sendable {
    /// Every declaration, in the order of the walk (each schema declared once).
    var declarations: [PlannedDeclaration] = []
    /// Model files, components first (document order), then operations' files.
    var files: [PlannedModelFile] = []
    /// Declaration index by schema origin pointer.
    var indexByPointer: [String: Int] = [:]

    /// The declaration of a schema with a type of its own, by its origin pointer.
    func declaration(at pointer: String) -> PlannedDeclaration? {
        indexByPointer[pointer].map { declarations[$0] }
    }
}
