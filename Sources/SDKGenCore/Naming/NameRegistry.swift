/// Hands out unique names in one scope, resolving collisions deterministically (`Name`, `Name2`, `Name3`, ...).
struct NameRegistry {
    private var taken: Set<String>
    /// Warnings about names that had to change.
    private(set) var diagnostics: [Diagnostic] = []

    /// A registry in which `reserved` names are never handed out.
    init(reserved: Set<String> = []) {
        taken = reserved
    }

    /// The preferred name when free, else the first free numbered variant; a rename is reported as a warning.
    mutating func claim(_ preferred: String, for what: String, origin: Origin?) -> String {
        let bare = SwiftIdentifier.unescaped(preferred)
        guard taken.contains(bare) else {
            taken.insert(bare)
            return preferred
        }
        var counter = 2
        while taken.contains(bare + String(counter)) { counter += 1 }
        let chosen = bare + String(counter)
        taken.insert(chosen)
        diagnostics.append(Diagnostic(
            .warning, "\(what) is named '\(chosen)' because '\(bare)' is already taken",
            at: origin?.location, pointer: origin?.pointer))
        return chosen
    }

    /// Marks a name as used without a diagnostic.
    mutating func reserve(_ name: String) {
        taken.insert(SwiftIdentifier.unescaped(name))
    }
}
