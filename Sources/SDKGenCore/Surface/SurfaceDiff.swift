/// Compares two surfaces and classifies every difference: removed or changed declarations and new cases of enums
/// users switch over break callers' source; new types, members and defaulted arguments are additive.
struct SurfaceDiff {
    let old: APISurface
    let new: APISurface
    private let oldTypes: [String: SurfaceEntry]
    private let newTypes: [String: SurfaceEntry]
    private var changes: [APIChange] = []

    private init(old: APISurface, new: APISurface) {
        self.old = old
        self.new = new
        oldTypes = Self.types(of: old)
        newTypes = Self.types(of: new)
    }

    /// The type declarations of a surface by name.
    private static func types(of surface: APISurface) -> [String: SurfaceEntry] {
        Dictionary(surface.entries.filter(\.kind.isType).map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The changes from `old` to `new`, grouped by symbol and what changed, in report order.
    static func changes(from old: APISurface, to new: APISurface) -> [APIChange] {
        var diff = SurfaceDiff(old: old, new: new)
        let replaced = diff.compareTypes()
        diff.compareMembers(skipping: replaced)
        return grouped(diff.changes)
    }

    // MARK: - Types

    /// Records removed, added and re-kinded types (removed and new ones in one change each, under the empty
    /// symbol: the module); returns their names, whose members are not compared.
    private mutating func compareTypes() -> Set<String> {
        var replaced: Set<String> = []
        for entry in old.entries where entry.kind.isType {
            guard let now = newTypes[entry.name] else {
                record(.sourceBreaking, "", "removed types", ["\(entry.kind.rawValue) \(entry.name)"])
                replaced.insert(entry.name)
                continue
            }
            if now.access != entry.access {
                record(.sourceBreaking, entry.name, "changed access", [change(entry.access, now.access)])
            }
            if now.kind != entry.kind {
                record(.sourceBreaking, entry.name, "was \(article(entry.kind)), is now \(article(now.kind))")
                replaced.insert(entry.name)
            } else if now.type != entry.type {
                let what = entry.kind == .alias ? "aliases another type" : "has another raw type"
                record(.sourceBreaking, entry.name, what, [change(entry.type ?? "", now.type ?? "")])
            }
        }
        for entry in new.entries where entry.kind.isType && oldTypes[entry.name] == nil {
            record(.additive, "", "new types", ["\(entry.kind.rawValue) \(entry.name)"])
            replaced.insert(entry.name)
        }
        return replaced
    }

    private func article(_ kind: SurfaceEntry.Kind) -> String {
        let name = kind.displayName
        return (name.first.map { "aeiou".contains($0) } ?? false ? "an " : "a ") + name
    }

    // MARK: - Members

    private mutating func compareMembers(skipping replaced: Set<String>) {
        let isReplaced = { (owner: String) in
            replaced.contains(owner) || replaced.contains { owner.hasPrefix($0 + ".") }
        }
        let oldMembers = old.byKey
        let newMembers = new.byKey
        for entry in old.entries where !entry.kind.isType {
            guard let owner = entry.owner, !isReplaced(owner) else { continue }
            if let now = newMembers[entry.key] {
                compare(entry, now, owner: owner)
            } else {
                removed(entry, owner: owner)
            }
        }
        for entry in new.entries where !entry.kind.isType && oldMembers[entry.key] == nil {
            guard let owner = entry.owner, !isReplaced(owner) else { continue }
            added(entry, owner: owner)
        }
    }

    private mutating func removed(_ entry: SurfaceEntry, owner: String) {
        switch entry.kind {
        case .enumCase: record(.sourceBreaking, owner, "removed cases", [caseText(entry)])
        case .function: record(.sourceBreaking, owner, "removed methods", [memberName(entry)])
        case .initializer:
            record(
                .sourceBreaking, owner, "removed initializer",
                [SurfaceRecord.argumentList(entry.arguments)])
        default: record(.sourceBreaking, owner, "removed properties", [propertyText(entry)])
        }
    }

    private mutating func added(_ entry: SurfaceEntry, owner: String) {
        let ownerKind = newTypes[owner]?.kind
        switch entry.kind {
        case .enumCase where ownerKind == .errorEnumeration:
            record(
                .sourceBreaking, owner, "new cases", [caseText(entry)],
                note: "an exhaustive `switch` over the errors of \(throwers(of: owner)) stops compiling")
        case .enumCase where ownerKind?.isSwitchedOver ?? false:
            record(
                .sourceBreaking, owner, "new cases", [caseText(entry)],
                note: "an exhaustive `switch` over \(owner) stops compiling")
        case .enumCase:
            record(.additive, owner, "new values", [caseText(entry)], note: "they decoded as `.unknown` before")
        case .function:
            record(.additive, owner, "new methods", [memberName(entry)])
        case .initializer:
            record(.additive, owner, "new initializer", [SurfaceRecord.argumentList(entry.arguments)])
        case .variable where ownerKind == .structure && !(entry.type ?? "").hasSuffix("?"):
            record(
                .sourceBreaking, owner, "new required properties", [propertyText(entry)],
                note: "`\(owner)(…)` needs an argument for each")
        default:
            record(.additive, owner, "new properties", [propertyText(entry)])
        }
    }

    private mutating func compare(_ before: SurfaceEntry, _ after: SurfaceEntry, owner: String) {
        switch before.kind {
        case .enumCase:
            if before.type != after.type {
                record(.sourceBreaking, owner, "changed case payloads", [change(caseText(before), caseText(after))])
            } else if before.literal != after.literal {
                record(.other, owner, "changed raw values", [change(caseText(before), caseText(after))])
            }
        case .initializer, .function:
            compareCallable(before, after)
        default:
            compareProperty(before, after, owner: owner)
        }
        if before.access != after.access, oldTypes[owner]?.access == newTypes[owner]?.access {
            let detail = memberName(before) + ": " + change(before.access, after.access)
            record(.sourceBreaking, owner, "changed access", [detail])
        }
    }

    private mutating func compareProperty(_ before: SurfaceEntry, _ after: SurfaceEntry, owner: String) {
        guard let oldType = before.type, let newType = after.type, oldType != newType else { return }
        let detail = change(propertyText(before), propertyText(after))
        if oldType + "?" == newType {
            record(.sourceBreaking, owner, "properties made optional", [detail], note: "reading them needs unwrapping")
        } else if newType + "?" == oldType {
            record(.sourceBreaking, owner, "properties made required", [detail])
        } else {
            record(.sourceBreaking, owner, "properties changed type", [detail])
        }
    }

    private mutating func compareCallable(_ before: SurfaceEntry, _ after: SurfaceEntry) {
        let symbol = before.kind == .initializer ? before.key : (before.owner ?? "") + "." + memberName(before)
        if before.type != after.type {
            record(
                .sourceBreaking, symbol, "changed return type",
                [
                    change(
                        before.type ?? "Void",
                        after.type ?? "Void")
                ])
        }
        if before.effects != after.effects {
            record(
                .sourceBreaking, symbol, "changed effects",
                [
                    change(
                        before.effects ?? "none",
                        after.effects ?? "none")
                ])
        }
        // A struct's initializer follows its properties, whose changes are reported; only its order is its own.
        let isMemberwise = before.kind == .initializer && before.owner.flatMap { newTypes[$0]?.kind } == .structure
        ArgumentDiff(before: before.arguments, after: after.arguments).changes(orderOnly: isMemberwise).forEach {
            record($0.impact, symbol, $0.summary, [$0.detail])
        }
    }

    // MARK: - Text

    /// The functions that throw an error enum (`FilesAPI.list`).
    private func throwers(of errorType: String) -> String {
        let names = new.entries.filter { $0.kind == .function && $0.effects == "async throws(\(errorType))" }
            .map { "`\($0.owner ?? "").\($0.name)`" }
        var unique: [String] = []
        for name in names where !unique.contains(name) { unique.append(name) }
        return unique.isEmpty ? "`\(errorType)`" : unique.joined(separator: ", ")
    }

    private func memberName(_ entry: SurfaceEntry) -> String {
        guard let owner = entry.owner else { return entry.name }
        return String(entry.key.dropFirst(owner.count + 1))
    }

    private func caseText(_ entry: SurfaceEntry) -> String {
        if let payload = entry.type { return "\(entry.name)(\(payload))" }
        return entry.name + (entry.literal.map { " = " + $0 } ?? "")
    }

    private func propertyText(_ entry: SurfaceEntry) -> String {
        "\(entry.name): \(entry.type ?? "")"
    }

    private func change(_ before: String, _ after: String) -> String {
        "\(before) → \(after)"
    }

    private mutating func record(
        _ impact: APIChange.Impact, _ symbol: String, _ summary: String,
        _ details: [String] = [], note: String? = nil
    ) {
        changes.append(APIChange(impact: impact, symbol: symbol, summary: summary, details: details, note: note))
    }

    // MARK: - Grouping

    /// Changes of one symbol with the same summary merged (their details joined), sorted by impact, then symbol;
    /// a symbol's changes keep the order they were found in.
    private static func grouped(_ changes: [APIChange]) -> [APIChange] {
        var merged: [APIChange] = []
        var position: [String: Int] = [:]
        for change in changes {
            let key = "\(change.impact.rawValue)\u{0}\(change.symbol)\u{0}\(change.summary)\u{0}\(change.note ?? "")"
            if let index = position[key] {
                merged[index].details += change.details
            } else {
                position[key] = merged.count
                merged.append(change)
            }
        }
        let impacts = APIChange.Impact.allCases
        return merged.enumerated().sorted { lhs, rhs in
            let left = (impacts.firstIndex(of: lhs.element.impact) ?? 0, lhs.element.symbol)
            let right = (impacts.firstIndex(of: rhs.element.impact) ?? 0, rhs.element.symbol)
            return left != right ? left < right : lhs.offset < rhs.offset
        }.map(\.element)
    }
}
