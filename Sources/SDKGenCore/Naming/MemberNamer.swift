/// Names the members of each declaration: struct properties (and the dictionary of undeclared keys), enum cases
/// and union cases. Each declaration is one scope; renames are warnings.
struct MemberNamer {
    let types: SwiftTypeMapper
    private(set) var diagnostics: [Diagnostic] = []

    /// A namer spelling union case names from the types `types` gives.
    init(types: SwiftTypeMapper) {
        self.types = types
    }

    /// Fills `memberNames` (and `additionalPropertiesName`) of every declaration of the plan.
    mutating func name(_ plan: inout DeclarationPlan) {
        for index in plan.declarations.indices {
            let declaration = plan.declarations[index]
            switch (declaration.kind, declaration.schema.kind) {
            case (.structure, _):
                nameProperties(of: &plan.declarations[index])
            case (.enumeration, .enumeration(let values)):
                plan.declarations[index].memberNames = enumCases(values, of: declaration)
            case (.union, .oneOf(let branches, _)), (.union, .anyOf(let branches, _)):
                let keepsUnknown = DiscriminatorCheck.decodesByDiscriminator(declaration.schema)
                plan.declarations[index].hasUnknownCase = keepsUnknown
                plan.declarations[index].memberNames = unionCases(
                    branches, union: declaration.name,
                    reserved: keepsUnknown ? ReservedNames.discriminatedUnionMembers : [])
            default:
                break
            }
        }
    }

    private mutating func nameProperties(of declaration: inout PlannedDeclaration) {
        var registry = NameRegistry(reserved: ReservedNames.structMembers)
        declaration.memberNames = declaration.properties.map { property in
            registry.claim(
                SwiftIdentifier.memberName(property.name), for: "property '\(property.name)' of \(declaration.name)",
                origin: property.schema.origin)
        }
        if Self.keepsUndeclaredKeys(declaration.schema) {
            declaration.additionalPropertiesName = registry.claim(
                "additionalProperties", for: "the undeclared keys of \(declaration.name)",
                origin: declaration.schema.origin)
        }
        diagnostics += registry.diagnostics
    }

    /// Whether a struct keeps the keys it does not declare (`additionalProperties` next to declared properties).
    static func keepsUndeclaredKeys(_ schema: Schema) -> Bool {
        guard case .object(let object) = schema.kind, !object.properties.isEmpty else { return false }
        return object.additionalProperties != .none
    }

    /// Case names unique in the enum (numbered on collision), with the enum's own members kept free.
    private mutating func enumCases(_ values: EnumSchema, of declaration: PlannedDeclaration) -> [String] {
        var registry = NameRegistry(
            reserved: values.isOpen ? ReservedNames.openEnumMembers : ReservedNames.closedEnumMembers)
        let names = values.values.map { value in
            registry.claim(
                SwiftIdentifier.caseName(value.text), for: "value '\(value.text)' of enum \(declaration.name)",
                origin: declaration.schema.origin)
        }
        diagnostics += registry.diagnostics
        return names
    }

    private mutating func unionCases(_ branches: [Schema], union: String, reserved: Set<String>) -> [String] {
        var registry = NameRegistry(reserved: reserved)
        let names = branches.map { branch in
            registry.claim(
                unionCaseName(for: branch, type: types.type(of: branch), union: union),
                for: "a case of \(union)", origin: branch.origin)
        }
        diagnostics += registry.diagnostics
        return names
    }

    /// A branch's title; else the part of its type name after the union's (`PetOption1` → `option1`); else what
    /// the branch is (`string`, the component's name).
    private func unionCaseName(for branch: Schema, type: String, union: String) -> String {
        if let title = branch.title { return SwiftIdentifier.memberName(title) }
        if type.hasPrefix(union), type.count > union.count, types.names.declaredName(for: branch) == type {
            return SwiftIdentifier.memberName(String(type.dropFirst(union.count)))
        }
        switch branch.kind {
        case .reference(let component): return SwiftIdentifier.memberName(component)
        case .string: return type == "String" ? "string" : SwiftIdentifier.memberName(type)
        case .integer: return "integer"
        case .number: return "number"
        case .boolean: return "bool"
        case .array: return "array"
        case .object: return type.hasPrefix("[") ? "object" : SwiftIdentifier.memberName(type)
        case .any, .null: return "value"
        default: return SwiftIdentifier.memberName(type)
        }
    }
}
