/// The one walk over the document's schemas: it names every type the module declares (through `TypeNamer`) and
/// records each declaration in the model file that holds it, in the same visit, so that no type can get a name
/// without a declaration or the reverse.
///
/// Order: the client, every component's name, then each component's declaration and the inline types under it,
/// the operation groups, then each operation's error enum, home file, inline types and (when its success responses
/// differ) its outcome enum. Each schema (by origin
/// pointer) is visited once, which also bounds the walk on documents that share subtrees widely.
struct DeclarationWalk {
    private var namer: TypeNamer
    private(set) var names = TypeNames()
    private(set) var plan = DeclarationPlan()
    /// Schema origin pointers already visited.
    private var visited: Set<String> = []
    /// The model file new declarations go to.
    private var currentFile = 0

    /// A walk whose names avoid `reserved` (the runtime's type names).
    init(reserved: Set<String>) {
        namer = TypeNamer(reserved: reserved)
    }

    /// Names and plans every declaration of `document`; `clientName` is the client type's preferred name.
    static func run(_ document: APIDocument, clientName: String, reserved: Set<String>)
        -> (names: TypeNames, plan: DeclarationPlan, diagnostics: [Diagnostic])
    {
        var walk = DeclarationWalk(reserved: reserved)
        walk.walk(document, clientName: clientName)
        return (walk.names, walk.plan, walk.namer.diagnostics)
    }

    private mutating func walk(_ document: APIDocument, clientName: String) {
        names.clientName = namer.claimClient(clientName)
        for named in document.schemas {
            let chosen = namer.claimComponent(named)
            names.byComponent[named.name] = chosen
            if named.schema.nullable { names.nullableComponents.insert(named.name) }
            names.bySchemaPointer[named.schema.origin.pointer] = chosen
        }
        for named in document.schemas {
            guard let typeName = names.byComponent[named.name] else { continue }
            let stem = FileNames.stem(typeName)
            startFile(path: "Models/\(stem).swift", fileName: "\(stem).swift")
            visited.insert(named.schema.origin.pointer)
            declare(named.schema, name: typeName, isComponent: true)
            walkChildren(of: named.schema, owner: typeName)
        }
        for tag in document.tags {
            names.groups[tag.name] = TypeNames.Group(property: "", typeName: namer.claimGroup(tag: tag.name))
        }
        if document.operations.contains(where: { $0.tags.isEmpty }) {
            names.groups[""] = TypeNames.Group(property: "", typeName: namer.claimGroup(tag: nil))
        }
        for operation in document.operations {
            walk(operation)
        }
    }

    private mutating func walk(_ operation: Operation) {
        let base = TypeNamer.operationBase(operation)
        names.operationErrors[operation.operationID] = namer.claimOperationError(operation)
        let home = namer.claimOperationHome(operation)
        names.operationHomes[operation.operationID] = home
        let stem = FileNames.stem(home)
        startFile(path: "Models/Operations/\(stem)+Types.swift", fileName: "\(stem)+Types.swift")
        for parameter in operation.parameters {
            visit(parameter.schema, suggested: base + SwiftIdentifier.typeName(parameter.name))
        }
        for content in operation.requestBody?.contents ?? [] {
            guard let schema = content.schema else { continue }
            if MediaTypes.isForm(content.mediaType), case .object(let object) = schema.kind {
                // Form bodies become method arguments: only their fields may need types.
                for property in object.properties {
                    visit(property.schema, suggested: base + SwiftIdentifier.typeName(property.name))
                }
            } else {
                visit(schema, suggested: base + "Request")
            }
        }
        for response in operation.responses {
            for content in response.contents {
                guard let schema = content.schema else { continue }
                visit(schema, suggested: base + TypeNamer.responseSuffix(response.status))
                guard !StatusNames.isSuccess(response.status), MediaTypes.isJSON(content.mediaType),
                    let bodyType = names.declaredName(for: schema), names.errorAliases[bodyType] == nil
                else { continue }
                names.errorAliases[bodyType] = namer.claimErrorAlias(bodyType: bodyType, origin: response.origin)
            }
        }
        if SuccessResponses.differ(operation, types: SwiftTypeMapper(names: names)) {
            names.operationOutcomes[operation.operationID] = namer.claimOperationOutcome(operation)
        } else if SuccessResponses.matchable(operation).contains(where: { !$0.headers.isEmpty }) {
            names.operationHeaders[operation.operationID] = namer.claimOperationHeaders(operation)
        }
        if plan.files[currentFile].declarations.isEmpty { plan.files.removeLast() }
    }

    /// Names and declares a schema that needs a declaration (unless visited already), then the schemas under it.
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
        guard DeclarationKind.of(schema) != .none, visited.insert(schema.origin.pointer).inserted else { return }
        let chosen = namer.claimInline(schema, suggested: suggested)
        names.bySchemaPointer[schema.origin.pointer] = chosen
        declare(schema, name: chosen, isComponent: false)
        walkChildren(of: schema, owner: chosen)
    }

    private mutating func walkChildren(of schema: Schema, owner: String) {
        for child in SchemaIndex.children(of: schema) {
            visit(child.schema, suggested: owner + child.suffix)
        }
    }

    private mutating func startFile(path: String, fileName: String) {
        currentFile = plan.files.count
        plan.files.append(PlannedModelFile(path: path, fileName: fileName, declarations: []))
    }

    /// Records the declaration in the current file; an inline schema without a shape of its own declares nothing.
    private mutating func declare(_ schema: Schema, name: String, isComponent: Bool) {
        let kind = DeclarationKind.of(schema)
        guard kind != .none || isComponent, plan.indexByPointer[schema.origin.pointer] == nil else { return }
        plan.indexByPointer[schema.origin.pointer] = plan.declarations.count
        plan.files[currentFile].declarations.append(plan.declarations.count)
        plan.declarations.append(PlannedDeclaration(name: name, schema: schema, kind: kind, isComponent: isComponent))
    }
}
