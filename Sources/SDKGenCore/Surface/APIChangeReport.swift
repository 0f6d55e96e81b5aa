/// What a new generation changes in the client's public API, grouped by impact, with the version bump it asks for.
public struct APIChangeReport: Sendable, Equatable, Codable {
    /// The semantic-version bump a package that vendors the client should make.
    public enum Bump: String, Sendable, Codable {
        /// A source-breaking change.
        case major
        /// Only additions.
        case minor
        /// The generated code changed without an API change (documentation, behaviour, raw values).
        case patch
        /// Nothing changed.
        case none
    }

    /// What the old surface was generated from.
    public var from: String
    /// What the new surface was generated from.
    public var to: String
    /// Every change, source-breaking first, then additive, then other; by symbol within each.
    public var changes: [APIChange]
    /// The suggested bump.
    public var bump: Bump

    /// The report of `changes`; `codeChanged` says whether the generated code differs beyond its API.
    public init(from: String, to: String, changes: [APIChange], codeChanged: Bool) {
        self.from = from
        self.to = to
        self.changes = changes
        if changes.contains(where: { $0.impact == .sourceBreaking }) {
            bump = .major
        } else if changes.contains(where: { $0.impact == .additive }) {
            bump = .minor
        } else {
            bump = codeChanged || !changes.isEmpty ? .patch : .none
        }
    }

    /// The report comparing two surfaces.
    public init(old: APISurface, new: APISurface, codeChanged: Bool) {
        self.init(
            from: old.source, to: new.source, changes: SurfaceDiff.changes(from: old, to: new),
            codeChanged: codeChanged)
    }

    /// The changes of one impact, in report order.
    public func changes(_ impact: APIChange.Impact) -> [APIChange] {
        changes.filter { $0.impact == impact }
    }

    /// Whether some change breaks callers' source.
    public var isSourceBreaking: Bool { bump == .major }
}

/// One change to one symbol, with the members it concerns (`ListFilesError`: new cases `forbidden(…)`, …).
public struct APIChange: Sendable, Equatable, Codable {
    /// How a change affects code that uses the client.
    public enum Impact: String, Sendable, Codable, CaseIterable {
        /// Callers may stop compiling.
        case sourceBreaking = "source-breaking"
        /// Code that compiled keeps compiling.
        case additive
        /// Compiles as before, but behaves or reads differently (a raw value).
        case other
    }

    /// `impact`.
    public var impact: Impact
    /// The type or member changed (`ListFilesError`, `FilesAPI.list`); empty for the module (new or removed types).
    public var symbol: String
    /// What changed (`new cases`, `new optional arguments`).
    public var summary: String
    /// The members concerned, as Swift (`forbidden(ForbiddenResponseError)`); may be empty.
    public var details: [String]
    /// What it means for callers (`an exhaustive switch over it stops compiling`).
    public var note: String?

    /// A change with every field given.
    public init(impact: Impact, symbol: String, summary: String, details: [String] = [], note: String? = nil) {
        self.impact = impact
        self.symbol = symbol
        self.summary = summary
        self.details = details
        self.note = note
    }
}
