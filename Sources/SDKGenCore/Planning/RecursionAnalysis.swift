/// Finds the struct properties that make a type contain itself by value (`Node.next: Node?`, or `A.b: B?` with
/// `B.a: A`), which Swift rejects: such properties are stored through a box (`_Indirect`), behind an accessor with
/// the same name and type, so the struct keeps value semantics, `Codable`, `Hashable` and `Sendable`.
///
/// Arrays and dictionaries already store their elements out of line, so `children: [Node]` needs no box.
/// Cycles that no Swift type can express (a union that is one of its own options) are `RecursionChecker`'s errors.
enum RecursionAnalysis {
    /// Sets `boxedProperties` on every struct declaration of the plan whose properties close a cycle.
    static func markBoxedProperties(in plan: inout DeclarationPlan, names: TypeNames) {
        var indexByName: [String: Int] = [:]
        for (index, declaration) in plan.declarations.enumerated() where indexByName[declaration.name] == nil {
            indexByName[declaration.name] = index
        }
        let target = { (schema: Schema) -> Int? in names.declaredName(for: schema).flatMap { indexByName[$0] } }

        // Edges: a type stores another by value (a struct property, a union case, a type alias).
        var successors: [[Int]] = Array(repeating: [], count: plan.declarations.count)
        var propertyEdges: [(from: Int, to: Int, property: String)] = []
        for (index, declaration) in plan.declarations.enumerated() {
            let schema = declaration.schema
            switch declaration.kind {
            case .structure:
                for property in declaration.properties {
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
        let components = StronglyConnectedComponents(count: plan.declarations.count, successors: successors)
        for edge in propertyEdges where components.isCyclicEdge(from: edge.from, to: edge.to) {
            plan.declarations[edge.from].boxedProperties.insert(edge.property)
        }
    }
}
