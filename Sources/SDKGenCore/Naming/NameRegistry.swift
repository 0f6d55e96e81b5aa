/// Hands out unique names in one scope, resolving collisions deterministically (`Name`, `Name2`, `Name3`, ...).
struct NameRegistry {
    private var taken: Set<String>
    /// Whether names that differ only in case collide (type names: they are file names too, and macOS file
    /// systems do not tell `Pet.swift` from `PET.swift`).
    private let caseInsensitive: Bool
    /// Warnings about names that had to change.
    private(set) var diagnostics: [Diagnostic] = []

    /// A registry in which `reserved` names are never handed out.
    init(reserved: Set<String> = [], caseInsensitive: Bool = false) {
        self.caseInsensitive = caseInsensitive
        taken = caseInsensitive ? Set(reserved.map { $0.lowercased() }) : reserved
    }

    /// The preferred name when free, else the first free numbered variant; a rename is reported as a warning
    /// that says how the collision was resolved.
    mutating func claim(_ preferred: String, for what: String, origin: Origin?) -> String {
        let bare = SwiftIdentifier.unescaped(preferred)
        guard isTaken(bare) else {
            insert(bare)
            return preferred
        }
        var counter = 2
        while isTaken(bare + String(counter)) { counter += 1 }
        let chosen = bare + String(counter)
        insert(chosen)
        diagnostics.append(Diagnostic(
            .warning, "\(what) is named '\(chosen)' because '\(bare)' is already taken",
            at: origin?.location, pointer: origin?.pointer))
        return chosen
    }

    /// Marks a name as used without a diagnostic.
    mutating func reserve(_ name: String) {
        insert(SwiftIdentifier.unescaped(name))
    }

    private func isTaken(_ name: String) -> Bool {
        taken.contains(caseInsensitive ? name.lowercased() : name)
    }

    private mutating func insert(_ name: String) {
        taken.insert(caseInsensitive ? name.lowercased() : name)
    }
}
