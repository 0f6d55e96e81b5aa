/// Reports discriminator mappings that name no branch of their union (such values are not decoded), and decides
/// which unions decode by their discriminator.
enum DiscriminatorCheck {
    /// Whether a union decodes by its discriminator: it has one, and some value of it selects a branch (its mapping,
    /// or the names of the components its branches refer to). Such a union keeps other values as `unknown`.
    static func decodesByDiscriminator(_ schema: Schema) -> Bool {
        guard let discriminator = schema.unionParts?.discriminator else { return false }
        let components = Set(schema.referencedBranchComponents)
        if discriminator.mapping.isEmpty { return !components.isEmpty }
        return discriminator.mapping.contains { components.contains($0.schemaName) }
    }

    /// One warning per mapping entry of a union declaration whose schema is not one of the union's branches.
    static func warnings(_ plan: DeclarationPlan) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for declaration in plan.declarations where declaration.kind == .union {
            let schema = declaration.schema
            guard let discriminator = schema.unionParts?.discriminator else { continue }
            let components = Set(schema.referencedBranchComponents)
            for entry in discriminator.mapping where !components.contains(entry.schemaName) {
                diagnostics.append(
                    Diagnostic(
                        .warning,
                        "discriminator value '\(entry.value)' maps to '\(entry.schemaName)', which is not one of the union's branches; the value is not decoded",
                        at: schema.origin.location, pointer: schema.origin.pointer))
            }
        }
        return diagnostics
    }
}
