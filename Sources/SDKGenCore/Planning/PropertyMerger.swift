/// Merges the properties a struct schema ends up with: an object's own, or every part of an `allOf` (references
/// followed), later parts replacing earlier ones. The one place that merges `allOf`; components are merged once
/// per run, however many schemas include them.
struct PropertyMerger {
    let index: SchemaIndex
    /// The merged properties of components already looked at.
    private var memo: [String: [Property]] = [:]
    /// Warnings about parts that could not be merged.
    private(set) var diagnostics: [Diagnostic] = []

    /// A merger over the document's components.
    init(index: SchemaIndex) {
        self.index = index
    }

    /// The properties of the struct declared for `schema`.
    mutating func properties(of schema: Schema) -> [Property] {
        collect(schema, depth: 0)
    }

    private mutating func collect(_ schema: Schema, depth: Int) -> [Property] {
        guard depth < 128 else {
            warn("allOf nests too deeply to merge; inner parts are ignored", at: schema)
            return []
        }
        switch schema.kind {
        case .object(let object):
            if depth > 0, object.additionalProperties != .none, !object.properties.isEmpty {
                warn(
                    "additionalProperties of an allOf part are not kept by the merged struct; extra keys are ignored when decoding",
                    at: schema)
            }
            return object.properties
        case .reference(let name):
            if let known = memo[name] { return known }
            guard let target = index.component(name) else { return [] }
            let result = collect(target, depth: depth + 1)
            memo[name] = result
            return result
        case .allOf(let parts):
            var merged: [Property] = []
            var positions: [String: Int] = [:]
            for part in parts {
                for property in collect(part, depth: depth + 1) {
                    if let position = positions[property.name] {
                        var replaced = property
                        replaced.required = property.required || merged[position].required
                        merged[position] = replaced
                    } else {
                        positions[property.name] = merged.count
                        merged.append(property)
                    }
                }
            }
            return merged
        case .any:
            return []
        default:
            warn("an allOf part that is not an object cannot be merged into a struct; it is ignored", at: schema)
            return []
        }
    }

    private mutating func warn(_ message: String, at schema: Schema) {
        diagnostics.append(Diagnostic(.warning, message, at: schema.origin.location, pointer: schema.origin.pointer))
    }
}
