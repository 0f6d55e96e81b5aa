/// Every decision about the generated module, made once after reading: the type names and declarations, each
/// operation's names and variants, the groups and the client's members. The view builders only read it.
struct SDKPlan: Sendable {
    let document: APIDocument
    let options: GeneratorOptions
    /// Components by name.
    let index: SchemaIndex
    /// Every type name.
    let names: TypeNames
    /// Every declaration and the model file it lives in.
    let declarations: DeclarationPlan
    /// One plan per operation, in document order.
    let operations: [OperationPlan]
    /// The groups that have operations, in tag order (untagged operations last).
    let groups: [GroupPlan]
    /// The client's own members.
    let client: ClientPlan
    /// The runtime parts the operations use, on top of the core runtime.
    let runtimeFeatures: Set<RuntimeFeature>
    /// Warnings of planning and naming.
    let diagnostics: [Diagnostic]

    /// Spells the Swift type of a schema with the plan's names.
    var types: SwiftTypeMapper { SwiftTypeMapper(names: names) }
}

/// One group of operations: a property of the client and a type of its own.
struct GroupPlan: Sendable {
    /// The tag (`""` for untagged operations).
    let tag: String
    /// `files` in `client.files.list()`.
    let property: String
    /// `FilesAPI`.
    let typeName: String
    /// Indices into `SDKPlan.operations`, in document order.
    let operations: [Int]
}

/// What the client declares besides its groups.
struct ClientPlan: Sendable {
    /// One `Globals` property per global parameter, in document order.
    let globalNames: [String]
    /// The servers with an absolute URL, named.
    let servers: [PlannedServer]
    /// `OPENROUTER` in `OPENROUTER_API_KEY`.
    let environmentPrefix: String
    /// Where the API key is sent.
    let credential: CredentialPlan
}

/// A server the client can be pointed at by name (`Servers.production`).
struct PlannedServer: Sendable {
    let name: String
    let server: Server
    /// One argument of `Servers.name(...)` per variable of the URL, in document order (none: a plain URL).
    var variables: [PlannedServerVariable] = []
}

/// A server variable as an argument: a `String`, or an enum of its allowed values nested in `Servers`.
struct PlannedServerVariable: Sendable {
    let variable: Server.Variable
    /// The argument's name (`region`).
    let argumentName: String
    /// The enum of the allowed values (`ProductionRegion`), when the document lists them.
    let enumName: String?
    /// The enum's case names, one per allowed value.
    let caseNames: [String]
}
