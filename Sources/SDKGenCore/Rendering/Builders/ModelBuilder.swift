/// Builds the model files: one per component schema, holding its declaration and the inline types it owns;
/// one per operation that owns inline types.
struct ModelBuilder {
    let document: APIDocument
    let names: TypeNames
    let access: String
    let header: (String) -> HeaderView
    private let mapper: SwiftTypeMapper
    private let components: [String: Schema]
    /// Struct name → wire names of the properties stored through a box (their type contains the struct).
    private var boxed: [String: Set<String>] = [:]

    init(document: APIDocument, names: TypeNames, access: String, header: @escaping (String) -> HeaderView) {
        self.document = document
        self.names = names
        self.access = access
        self.header = header
        self.mapper = SwiftTypeMapper(names: names)
        var components: [String: Schema] = [:]
        for named in document.schemas where components[named.name] == nil { components[named.name] = named.schema }
        self.components = components
        let snapshot = self
        boxed = RecursiveTypes(document: document, names: names) { StructBuilder(builder: snapshot).properties(of: $0) }
            .boxedProperties
    }

    /// Every model file with its path relative to the output folder, and warnings about approximations.
    func build() -> (files: [(path: String, view: ModelFileView)], diagnostics: [Diagnostic]) {
        var emitted: Set<String> = []
        var files: [(path: String, view: ModelFileView)] = []
        var diagnostics: [Diagnostic] = []
        for named in document.schemas {
            guard let typeName = names.byComponent[named.name] else { continue }
            var collector = DeclarationCollector(builder: self, emitted: emitted)
            collector.add(named.schema, name: typeName, isComponent: true)
            collector.addChildren(of: named.schema)
            emitted = collector.emitted
            diagnostics += collector.diagnostics
            let stem = FileNames.stem(typeName)
            files.append(("Models/\(stem).swift", view(collector.declarations, file: "\(stem).swift")))
        }
        for operation in document.operations {
            var collector = DeclarationCollector(builder: self, emitted: emitted)
            for schema in Self.operationSchemas(operation) { collector.addTree(schema) }
            emitted = collector.emitted
            diagnostics += collector.diagnostics
            guard !collector.declarations.isEmpty, let home = names.operationHomes[operation.operationID] else { continue }
            let stem = FileNames.stem(home)
            files.append(("Models/Operations/\(stem)+Types.swift", view(collector.declarations, file: "\(stem)+Types.swift")))
        }
        return (files, diagnostics)
    }

    private func view(_ declarations: [DeclarationView], file: String) -> ModelFileView {
        ModelFileView(header: header(file), access: access, declarations: declarations)
    }

    /// The schemas an operation's parameters, bodies (form bodies: their properties) and responses use.
    static func operationSchemas(_ operation: Operation) -> [Schema] {
        var result = operation.parameters.map(\.schema)
        for content in operation.requestBody?.contents ?? [] {
            guard let schema = content.schema else { continue }
            if MediaTypes.isForm(content.mediaType), case .object(let object) = schema.kind {
                result += object.properties.map(\.schema)
            } else {
                result.append(schema)
            }
        }
        for response in operation.responses {
            result += response.contents.compactMap(\.schema)
        }
        return result
    }

    // MARK: - Shared by declaration builders

    func type(of schema: Schema) -> String { mapper.type(of: schema) }

    /// Whether the schema, or the component it refers to, allows `null`.
    func isNullable(_ schema: Schema) -> Bool { mapper.isNullable(schema) }

    /// The type a component without a declaration of its own aliases.
    func aliasedType(of schema: Schema) -> String {
        var copy = schema
        copy.origin = Origin(pointer: schema.origin.pointer + "#alias", location: schema.origin.location)
        return mapper.type(of: copy)
    }

    /// A component schema by name.
    func component(_ name: String) -> Schema? { components[name] }

    /// The wire names of the properties of the struct `typeName` that must be boxed (their type contains it).
    func boxedProperties(of typeName: String) -> Set<String> { boxed[typeName] ?? [] }
}
