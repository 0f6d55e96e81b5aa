/// Walks the intermediate model once and names every type the generated module declares.
public struct TypeNamer {
    private var registry: NameRegistry
    /// The stems of the operations' `+Types.swift` files (unique, as file names must be).
    private var homes = NameRegistry(caseInsensitive: true)
    private var names = TypeNames()
    /// Renames of the client's group properties.
    private var groupDiagnostics: [Diagnostic] = []
    private var visited: Set<String> = []

    /// A namer that never hands out `reserved` names (runtime types) nor standard-library type names.
    public init(reserved: Set<String>) {
        registry = NameRegistry(reserved: reserved.union(SwiftKeywords.moduleScopeTypes), caseInsensitive: true)
    }

    /// Names the client, the operation groups, every component schema, every inline type and every operation error.
    public mutating func name(_ document: APIDocument, clientName: String) -> TypeNames {
        let client = SwiftIdentifier.isTypeName(clientName) ? clientName : SwiftIdentifier.typeName(clientName)
        names.clientName = registry.claim(client, for: "the client type", origin: nil)
        for schema in document.schemas {
            let preferred = SwiftIdentifier.typeName(schema.name)
            let chosen = registry.claim(preferred, for: "schema '\(schema.name)'", origin: schema.schema.origin)
            names.byComponent[schema.name] = chosen
            if schema.schema.nullable { names.nullableComponents.insert(schema.name) }
            names.bySchemaPointer[schema.schema.origin.pointer] = chosen
        }
        for schema in document.schemas {
            guard let owner = names.byComponent[schema.name] else { continue }
            visited.insert(schema.schema.origin.pointer)
            visitChildren(of: schema.schema, owner: owner)
        }
        nameGroups(document)
        for operation in document.operations {
            nameOperation(operation)
        }
        names.diagnostics = registry.diagnostics + groupDiagnostics
        return names
    }

    // MARK: - Operations

    private mutating func nameGroups(_ document: APIDocument) {
        // The client's own members: a tag named `configuration` must not become a second `configuration`.
        var properties = NameRegistry(reserved: ["configuration", "apiVersion", "defaultUserAgent", "apiKeyEnvironmentVariable"])
        for tag in document.tags {
            let property = properties.claim(SwiftIdentifier.memberName(tag.name), for: "operations group '\(tag.name)'", origin: nil)
            let type = registry.claim(SwiftIdentifier.typeName(tag.name) + "API", for: "operations group '\(tag.name)'", origin: nil)
            names.groups[tag.name] = TypeNames.Group(property: property, typeName: type)
        }
        if document.operations.contains(where: { $0.tags.isEmpty }) {
            let property = properties.claim("operations", for: "untagged operations", origin: nil)
            let type = registry.claim("OperationsAPI", for: "untagged operations", origin: nil)
            names.groups[""] = TypeNames.Group(property: property, typeName: type)
        }
        groupDiagnostics = properties.diagnostics
    }

    private mutating func nameOperation(_ operation: Operation) {
        let base = SwiftIdentifier.typeName(operation.operationID)
        names.operationErrors[operation.operationID] = registry.claim(base + "Error", for: "the error enum of '\(operation.operationID)'", origin: operation.origin)
        // A file name only: a rename here is not worth a warning (the types in the file have their own names).
        names.operationHomes[operation.operationID] = homes.claim(base, for: "", origin: nil)
        for parameter in operation.parameters {
            visit(parameter.schema, suggested: base + SwiftIdentifier.typeName(parameter.name))
        }
        if let body = operation.requestBody {
            for content in body.contents {
                guard let schema = content.schema else { continue }
                if MediaTypes.isForm(content.mediaType), case .object(let object) = schema.kind {
                    // Form bodies become method parameters: only their properties may need types.
                    for property in object.properties {
                        visit(property.schema, suggested: base + SwiftIdentifier.typeName(property.name))
                    }
                } else {
                    visit(schema, suggested: base + "Request")
                }
            }
        }
        for response in operation.responses {
            for content in response.contents {
                guard let schema = content.schema else { continue }
                visit(schema, suggested: base + Self.responseSuffix(response.status))
                guard !StatusNames.isSuccess(response.status), MediaTypes.isJSON(content.mediaType),
                      let bodyType = names.declaredName(for: schema), names.errorAliases[bodyType] == nil else { continue }
                names.errorAliases[bodyType] = registry.claim(bodyType + "Error", for: "the error type of \(bodyType)", origin: response.origin)
            }
        }
    }

    private static func responseSuffix(_ status: ResponseStatus) -> String {
        switch status {
        case .code(let code) where (200..<300).contains(code): "Response"
        case .code(let code): "Response\(code)"
        case .range(let digit): "Response\(digit)XX"
        case .default: "DefaultResponse"
        }
    }

    // MARK: - Schemas

    /// Names a schema that needs a declaration (unless already named), then its children.
    private mutating func visit(_ schema: Schema, suggested: String) {
        if case .reference = schema.kind { return }
        if case .array(let items) = schema.kind {
            visit(items, suggested: suggested + "Item")
            return
        }
        if case .object(let object) = schema.kind, object.properties.isEmpty {
            if case .typed(let value) = object.additionalProperties { visit(value, suggested: suggested + "Value") }
            return
        }
        guard DeclarationKind.of(schema) != .none, !visited.contains(schema.origin.pointer) else { return }
        visited.insert(schema.origin.pointer)
        let preferred = schema.title.map(SwiftIdentifier.typeName) ?? Self.externalComponentName(schema.origin.pointer) ?? suggested
        let chosen = registry.claim(preferred, for: "the inline schema at \(schema.origin.pointer)", origin: schema.origin)
        names.bySchemaPointer[schema.origin.pointer] = chosen
        visitChildren(of: schema, owner: chosen)
    }

    /// `Pet` for a schema reached in another file at `common.yaml#/components/schemas/Pet` (or `tags.yaml#/Tag`).
    static func externalComponentName(_ pointer: String) -> String? {
        guard !pointer.hasPrefix("#"), let hash = pointer.firstIndex(of: "#"),
              let tokens = JSONPointer.tokens(ofFragment: String(pointer[hash...])), let last = tokens.last else { return nil }
        let parent = tokens.count >= 2 ? tokens[tokens.count - 2] : ""
        guard tokens.count == 1 || parent == "schemas" || parent == "definitions" || parent == "$defs" else { return nil }
        return SwiftIdentifier.typeName(last)
    }

    private mutating func visitChildren(of schema: Schema, owner: String) {
        switch schema.kind {
        case .object(let object):
            for property in object.properties {
                visit(property.schema, suggested: owner + SwiftIdentifier.typeName(property.name))
            }
            if case .typed(let value) = object.additionalProperties { visit(value, suggested: owner + "Value") }
        case .array(let items):
            visit(items, suggested: owner + "Item")
        case .oneOf(let branches, _), .anyOf(let branches, _):
            for (index, branch) in branches.enumerated() {
                visit(branch, suggested: owner + "Option\(index + 1)")
            }
        case .allOf(let parts):
            for part in parts {
                if case .object(let object) = part.kind {
                    for property in object.properties {
                        visit(property.schema, suggested: owner + SwiftIdentifier.typeName(property.name))
                    }
                } else {
                    visit(part, suggested: owner + "Part")
                }
            }
        default:
            break
        }
    }
}
