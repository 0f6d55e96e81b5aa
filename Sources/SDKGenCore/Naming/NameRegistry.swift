/// Hands out unique names in one scope, resolving collisions deterministically (`Name`, `Name2`, `Name3`, ...).
struct NameRegistry {
    /// Taken names by key (the name, or its lowercase form), with the name as it was taken.
    private var taken: [String: String] = [:]
    /// Whether names that differ only in case collide (type names: they are file names too, and macOS file
    /// systems do not tell `Pet.swift` from `PET.swift`).
    private let caseInsensitive: Bool
    /// Warnings about names that had to change.
    private(set) var diagnostics: [Diagnostic] = []

    /// A registry in which `reserved` names are never handed out.
    init(reserved: Set<String> = [], caseInsensitive: Bool = false) {
        self.caseInsensitive = caseInsensitive
        for name in reserved.sorted() { insert(name) }
    }

    /// The preferred name when free, else the first free numbered variant; a rename is reported as a warning
    /// that says how the collision was resolved.
    mutating func claim(_ preferred: String, for what: @autoclosure () -> String, origin: Origin?) -> String {
        let bare = SwiftIdentifier.unescaped(preferred)
        let bareKey = key(bare)
        guard let existing = taken[bareKey] else {
            taken[bareKey] = bare
            return preferred
        }
        var counter = 2
        while taken[key(bare + String(counter))] != nil { counter += 1 }
        let chosen = bare + String(counter)
        insert(chosen)
        diagnostics.append(
            Diagnostic(
                .warning, "\(what()) is named '\(chosen)' because '\(existing)' is already taken",
                at: origin?.location, pointer: origin?.pointer, category: "a name is taken, so a number is added"))
        return chosen
    }

    /// Marks a name as used without a diagnostic.
    mutating func reserve(_ name: String) {
        insert(SwiftIdentifier.unescaped(name))
    }

    private func key(_ name: String) -> String {
        caseInsensitive ? name.lowercased() : name
    }

    private mutating func insert(_ name: String) {
        if taken[key(name)] == nil { taken[key(name)] = name }
    }
}
