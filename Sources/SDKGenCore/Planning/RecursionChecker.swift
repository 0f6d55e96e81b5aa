/// Finds, once for the whole plan, the `$ref` cycles among component schemas that no Swift type can express.
///
/// Recursion through an object property (`Node.next: Node?`) or through array items and map values is fine:
/// the generated code boxes such properties. What cannot work:
/// - a schema that *is* itself through `$ref`, `oneOf` or `anyOf` alone (`A: {$ref: B}`, `B: {oneOf: [A, ...]}`):
///   it describes no value, and decoding it would never end;
/// - a schema that includes itself through `allOf` (an object cannot extend itself).
/// Those are errors. A schema that is only an array or map of itself (`A: {type: array, items: {$ref: A}}`) is
/// valid JSON Schema, but a Swift type alias cannot be recursive: it is typed as any JSON value, with a warning.
struct RecursionChecker {
    /// Errors for cycles no type can express, warnings for alias cycles typed as any value.
    private(set) var diagnostics: [Diagnostic] = []

    /// How one schema leads to another.
    private enum Edge: Equatable {
        case reference, option, allOf

        var label: String {
            switch self {
            case .reference: "$ref"
            case .option: "oneOf/anyOf"
            case .allOf: "allOf"
            }
        }
    }

    /// The component schemas, with alias cycles through arrays and maps typed as any value; cycles that cannot
    /// be expressed are reported as errors.
    mutating func check(_ schemas: [NamedSchema]) -> [NamedSchema] {
        var position: [String: Int] = [:]
        for (index, named) in schemas.enumerated() where position[named.name] == nil { position[named.name] = index }
        let identity = { (name: String) in position[name] }

        // "Is" edges: a reference or a union option (inline unions are looked through).
        var isEdges: [[(Int, Edge)]] = schemas.map { named in
            var result: [(Int, Edge)] = []
            collectIsEdges(named.schema, top: true, into: &result, identity: identity)
            return result
        }
        // "Includes" edges: what merging an allOf's properties follows (references and nested allOfs).
        let includeEdges: [[(Int, Edge)]] = schemas.map { named in
            var result: [(Int, Edge)] = []
            collectIncludeEdges(named.schema, top: true, into: &result, identity: identity)
            return result
        }
        var reported: Set<Int> = []
        reportCycles(schemas, edges: isEdges, reported: &reported)
        reportCycles(schemas, edges: includeEdges, reported: &reported)

        // Alias edges: a schema without a declaration of its own (a reference, an array, a map) names the types
        // of its items and values; a cycle of those would be a recursive type alias.
        let aliasLike = schemas.map { Self.isAliasLike($0.schema) }
        isEdges = schemas.enumerated().map { index, named in
            guard aliasLike[index] else { return [] }
            var result: [(Int, Edge)] = []
            collectAliasEdges(named.schema, into: &result, identity: identity)
            return result.filter { aliasLike[$0.0] }
        }
        let successors = isEdges.map { $0.map(\.0) }
        let components = StronglyConnectedComponents(count: schemas.count, successors: successors)
        var result = schemas
        for (index, named) in schemas.enumerated()
        where components.isCyclic(index, successors: successors) && !reported.contains(index) {
            let cycle =
                StronglyConnectedComponents.cycle(through: index, successors: successors) {
                    components.componentOf[$0] == components.componentOf[index]
                } ?? [index, index]
            let path = cycle.map { schemas[$0].name }.joined(separator: " → ")
            diagnostics.append(
                Diagnostic(
                    .warning,
                    "schema '\(named.name)' is an array or map of itself (\(path)); a Swift type alias cannot be recursive, so it is typed as any JSON value (JSONValue)",
                    at: named.schema.origin.location, pointer: named.schema.origin.pointer))
            result[index].schema.kind = .any
        }
        return result
    }

    // MARK: - Edges

    private func collectIsEdges(
        _ schema: Schema, top: Bool, into edges: inout [(Int, Edge)],
        identity: (String) -> Int?
    ) {
        switch schema.kind {
        case .reference(let name):
            if let target = identity(name) { edges.append((target, top ? .reference : .option)) }
        case .oneOf(let branches, _), .anyOf(let branches, _):
            for branch in branches {
                // A branch that is itself a union (inline) is looked through; anything else stops here.
                switch branch.kind {
                case .reference, .oneOf, .anyOf: collectIsEdges(branch, top: false, into: &edges, identity: identity)
                default: break
                }
            }
        default:
            break
        }
    }

    private func collectIncludeEdges(
        _ schema: Schema, top: Bool, into edges: inout [(Int, Edge)],
        identity: (String) -> Int?
    ) {
        switch schema.kind {
        case .reference(let name):
            if let target = identity(name) { edges.append((target, top ? .reference : .allOf)) }
        case .allOf(let parts):
            for part in parts { collectIncludeEdges(part, top: false, into: &edges, identity: identity) }
        default:
            break
        }
    }

    private func collectAliasEdges(_ schema: Schema, into edges: inout [(Int, Edge)], identity: (String) -> Int?) {
        switch schema.kind {
        case .reference(let name):
            if let target = identity(name) { edges.append((target, .reference)) }
        case .array(let items):
            if Self.isAliasLike(items) { collectAliasEdges(items, into: &edges, identity: identity) }
        case .object(let object) where object.properties.isEmpty:
            if case .typed(let value) = object.additionalProperties, Self.isAliasLike(value) {
                collectAliasEdges(value, into: &edges, identity: identity)
            }
        default:
            break
        }
    }

    /// Whether the generator writes a type alias for the schema (no struct, enum or union of its own).
    private static func isAliasLike(_ schema: Schema) -> Bool {
        switch schema.kind {
        case .object(let object): object.properties.isEmpty
        case .enumeration, .oneOf, .anyOf, .allOf: false
        default: true
        }
    }

    // MARK: - Reporting

    /// Reports each cycle once (at its first schema in document order); `reported` collects the schemas of
    /// every reported cycle, so the same schemas are not reported again through the other kind of edges.
    private mutating func reportCycles(_ schemas: [NamedSchema], edges: [[(Int, Edge)]], reported: inout Set<Int>) {
        let successors = edges.map { $0.map(\.0) }
        let components = StronglyConnectedComponents(count: schemas.count, successors: successors)
        var seen: Set<Int> = []
        for (index, named) in schemas.enumerated() where components.isCyclic(index, successors: successors) {
            let component = components.componentOf[index]
            guard seen.insert(component).inserted, !reported.contains(index) else { continue }
            reported.formUnion(components.components[component])
            let cycle =
                StronglyConnectedComponents.cycle(through: index, successors: successors) {
                    components.componentOf[$0] == component
                } ?? [index, index]
            var path = "'\(schemas[cycle[0]].name)'"
            var kinds: [Edge] = []
            for (from, to) in zip(cycle, cycle.dropFirst()) {
                let edge = edges[from].first { $0.0 == to }?.1 ?? .reference
                kinds.append(edge)
                path += " —\(edge.label)→ '\(schemas[to].name)'"
            }
            let message: String
            if kinds.contains(.allOf) {
                message =
                    "schema '\(named.name)' includes itself through allOf (\(path)); an object cannot extend itself. Refer back through a property instead"
            } else if kinds.contains(.option) {
                message =
                    "schema '\(named.name)' is one of its own oneOf/anyOf options (\(path)); no value can be decoded from such a cycle. Make the recursion go through an object property or array items"
            } else if cycle.count == 2 {
                message =
                    "schema '\(named.name)' is only a $ref to itself; it describes no value. Give it a type or properties"
            } else {
                message =
                    "schema '\(named.name)' refers to itself only through $ref (\(path)); the cycle describes no value. Give one of its schemas a type or properties"
            }
            diagnostics.append(
                Diagnostic(.error, message, at: named.schema.origin.location, pointer: named.schema.origin.pointer))
        }
    }
}
