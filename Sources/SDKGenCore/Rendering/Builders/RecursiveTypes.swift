/// Finds the struct properties that make a type contain itself by value (`Node.next: Node?`, or `A.b: B?` with
/// `B.a: A`), which Swift rejects: such properties are stored through a box (`_Indirect`), behind an accessor with
/// the same name and type, so the struct keeps value semantics, `Codable`, `Hashable` and `Sendable`.
///
/// Arrays and dictionaries already store their elements out of line, so `children: [Node]` needs no box.
/// Cycles with no struct property in them (a union that is one of its own options) are errors of the reader.
struct RecursiveTypes {
    /// Struct type name → wire names of the properties to box.
    let boxedProperties: [String: Set<String>]

    /// Analyses every type the model files declare: component schemas and the inline schemas under them and under
    /// operations. `properties` gives a struct schema's (merged) properties.
    init(document: APIDocument, names: TypeNames, properties: (Schema) -> [Property]) {
        var declarations: [(name: String, schema: Schema)] = []
        var indexByName: [String: Int] = [:]
        var visited: Set<String> = []
        func declare(_ name: String, _ schema: Schema) {
            guard indexByName[name] == nil else { return }
            indexByName[name] = declarations.count
            declarations.append((name, schema))
        }
        func walk(_ schema: Schema) {
            if case .reference = schema.kind { return }
            guard visited.insert(schema.origin.pointer).inserted else { return }
            if DeclarationKind.of(schema) != .none, let name = names.bySchemaPointer[schema.origin.pointer] {
                declare(name, schema)
            }
            for child in Self.children(of: schema) { walk(child) }
        }
        for named in document.schemas {
            guard let name = names.byComponent[named.name] else { continue }
            declare(name, named.schema)
        }
        for named in document.schemas {
            visited.insert(named.schema.origin.pointer)
            for child in Self.children(of: named.schema) { walk(child) }
        }
        for operation in document.operations {
            for schema in ModelBuilder.operationSchemas(operation) { walk(schema) }
        }

        // Edges: a type stores another by value (a struct property, a union case, a type alias).
        var successors: [[Int]] = Array(repeating: [], count: declarations.count)
        var propertyEdges: [(from: Int, to: Int, property: String)] = []
        let target = { (schema: Schema) -> Int? in names.declaredName(for: schema).flatMap { indexByName[$0] } }
        for (index, declaration) in declarations.enumerated() {
            let schema = declaration.schema
            switch DeclarationKind.of(schema) {
            case .structure:
                for property in properties(schema) {
                    guard let to = target(property.schema) else { continue }
                    successors[index].append(to)
                    propertyEdges.append((index, to, property.name))
                }
            case .union:
                if case .oneOf(let branches, _) = schema.kind { successors[index] += branches.compactMap(target) }
                if case .anyOf(let branches, _) = schema.kind { successors[index] += branches.compactMap(target) }
            case .none:
                // A component alias: `typealias A = B` stores whatever B stores.
                if case .reference = schema.kind, let to = target(schema), to != index { successors[index].append(to) }
            case .enumeration:
                break
            }
        }
        let components = StronglyConnectedComponents(count: declarations.count, successors: successors)
        var boxed: [String: Set<String>] = [:]
        for edge in propertyEdges where components.isCyclicEdge(from: edge.from, to: edge.to) {
            boxed[declarations[edge.from].name, default: []].insert(edge.property)
        }
        boxedProperties = boxed
    }

    /// The schemas directly under `schema` that may declare types of their own.
    private static func children(of schema: Schema) -> [Schema] {
        switch schema.kind {
        case .object(let object):
            var result = object.properties.map(\.schema)
            if case .typed(let value) = object.additionalProperties { result.append(value) }
            return result
        case .array(let items):
            return [items]
        case .oneOf(let branches, _), .anyOf(let branches, _):
            return branches
        case .allOf(let parts):
            return parts.flatMap { part -> [Schema] in
                if case .object(let object) = part.kind { return object.properties.map(\.schema) }
                return [part]
            }
        default:
            return []
        }
    }
}
