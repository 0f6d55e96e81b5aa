/// The Swift type names chosen for a document: decided once, looked up by every later stage.
public struct TypeNames: Sendable {
    /// Schema origin pointer → type name, for every schema that gets a declaration of its own.
    public internal(set) var bySchemaPointer: [String: String] = [:]
    /// Component schema name → type name.
    public internal(set) var byComponent: [String: String] = [:]
    /// operationId → the operation's error enum name.
    public internal(set) var operationErrors: [String: String] = [:]
    /// operationId → the enum of the outcomes, for an operation whose success responses differ (`GetFileOutcome`).
    public internal(set) var operationOutcomes: [String: String] = [:]
    /// operationId → the struct of the documented headers of its success responses (`CreateJobResponseHeaders`),
    /// for an operation whose success responses have headers and do not differ.
    public internal(set) var operationHeaders: [String: String] = [:]
    /// operationId → the name of the operation's inline response or body types' home file (without extension).
    public internal(set) var operationHomes: [String: String] = [:]
    /// Error body type name → the name of its `DocumentedError` alias (`BadRequestResponseError`).
    public internal(set) var errorAliases: [String: String] = [:]
    /// Tag name → (client property name, group type name).
    public internal(set) var groups: [String: Group] = [:]
    /// Component schemas that allow `null` (a property referring to one is optional).
    public internal(set) var nullableComponents: Set<String> = []
    /// The client type's name.
    public internal(set) var clientName: String = "Client"
    /// Warnings about renamed types.
    public internal(set) var diagnostics: [Diagnostic] = []

    /// One group of operations (a tag).
    public struct Group: Sendable, Equatable {
        /// `files` in `client.files.list()`.
        public var property: String
        /// `FilesAPI`.
        public var typeName: String
    }

    /// The type name for a schema that has a declaration, by its origin pointer.
    public func declaredName(for schema: Schema) -> String? {
        if case .reference(let name) = schema.kind { return byComponent[name] }
        return bySchemaPointer[schema.origin.pointer]
    }
}
