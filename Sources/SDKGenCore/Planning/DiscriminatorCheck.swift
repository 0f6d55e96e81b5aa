/// Reports discriminator mappings that name no branch of their union (such values are not decoded), and decides
/// which unions decode by their discriminator.
enum DiscriminatorCheck {
    /// Whether a union decodes by its discriminator: it has one, and some value of it selects a branch (its mapping,
    /// or the names of the components its branches refer to). Such a union keeps other values as `unknown`.
    static func decodesByDiscriminator(_ schema: Schema) -> Bool {
        let (branches, discriminator): ([Schema], Discriminator?) =
            switch schema.kind {
            case .oneOf(let branches, let discriminator), .anyOf(let branches, let discriminator):
                (branches, discriminator)
            default: ([], nil)
            }
        guard let discriminator else { return false }
        let components = Set(
            branches.compactMap { branch -> String? in
                guard case .reference(let component) = branch.kind else { return nil }
                return component
            })
        if discriminator.mapping.isEmpty { return !components.isEmpty }
        return discriminator.mapping.contains { components.contains($0.schemaName) }
    }

    /// One warning per mapping entry of a union declaration whose schema is not one of the union's branches.
    static func warnings(_ plan: DeclarationPlan) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for declaration in plan.declarations where declaration.kind == .union {
            let schema = declaration.schema
            let (branches, discriminator): ([Schema], Discriminator?) =
                switch schema.kind {
                case .oneOf(let branches, let discriminator), .anyOf(let branches, let discriminator):
                    (branches, discriminator)
                default: ([], nil)
                }
            guard let discriminator else { continue }
            let components = Set(
                branches.compactMap { branch -> String? in
                    guard case .reference(let component) = branch.kind else { return nil }
                    return component
                })
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
