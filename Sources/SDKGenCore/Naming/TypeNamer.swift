/// Claims every type name the generated module declares, in one registry: the client, component schemas, inline
/// schemas, operation groups, operation error enums and error aliases.
///
/// The walk that finds the inline schemas is the planner's (`DeclarationWalk`); this type only decides names.
struct TypeNamer {
    private var registry: NameRegistry
    /// The stems of the operations' `+Types.swift` files (unique, as file names must be).
    private var homes = NameRegistry(caseInsensitive: true)

    /// A namer that never hands out `reserved` names (runtime types) nor standard-library type names.
    init(reserved: Set<String>) {
        registry = NameRegistry(reserved: reserved.union(SwiftKeywords.moduleScopeTypes), caseInsensitive: true)
    }

    /// Warnings about renamed types.
    var diagnostics: [Diagnostic] { registry.diagnostics }

    /// The client type: `clientName` as given when it is a valid type name, else spelled as one.
    mutating func claimClient(_ clientName: String) -> String {
        let client = SwiftIdentifier.isTypeName(clientName) ? clientName : SwiftIdentifier.typeName(clientName)
        return registry.claim(client, for: "the client type", origin: nil)
    }

    /// A component schema: its name under `components/schemas`, spelled as a type.
    mutating func claimComponent(_ named: NamedSchema) -> String {
        registry.claim(SwiftIdentifier.typeName(named.name), for: "schema '\(named.name)'", origin: named.schema.origin)
    }

    /// An inline schema: its title, else its component name in another file, else the name its place suggests.
    mutating func claimInline(_ schema: Schema, suggested: String) -> String {
        let preferred =
            schema.title.map(SwiftIdentifier.typeName) ?? Self.externalComponentName(schema.origin.pointer)
            ?? suggested
        return registry.claim(preferred, for: "the inline schema at \(schema.origin.pointer)", origin: schema.origin)
    }

    /// The type of an operation group (`FilesAPI`); `nil` tag: the untagged operations (`OperationsAPI`).
    mutating func claimGroup(tag: String?) -> String {
        guard let tag else { return registry.claim("OperationsAPI", for: "untagged operations", origin: nil) }
        return registry.claim(SwiftIdentifier.typeName(tag) + "API", for: "operations group '\(tag)'", origin: nil)
    }

    /// The error enum of an operation (`ListFilesError`).
    mutating func claimOperationError(_ operation: Operation) -> String {
        registry.claim(
            Self.operationBase(operation) + "Error", for: "the error enum of '\(operation.operationID)'",
            origin: operation.origin)
    }

    /// The enum of an operation's success outcomes (`GetFileContentOutcome`).
    mutating func claimOperationOutcome(_ operation: Operation) -> String {
        registry.claim(
            Self.operationBase(operation) + "Outcome", for: "the success outcomes of '\(operation.operationID)'",
            origin: operation.origin)
    }

    /// The struct of an operation's documented success response headers (`CreateJobResponseHeaders`).
    mutating func claimOperationHeaders(_ operation: Operation) -> String {
        registry.claim(
            Self.operationBase(operation) + "ResponseHeaders",
            for: "the response headers of '\(operation.operationID)'", origin: operation.origin)
    }

    /// The stem of the file holding an operation's inline types. A file name only: a rename is not worth a
    /// warning (the types in the file have their own names).
    mutating func claimOperationHome(_ operation: Operation) -> String {
        homes.claim(Self.operationBase(operation), for: "", origin: nil)
    }

    /// The `DocumentedError` alias of an error body type (`BadRequestResponseError`).
    mutating func claimErrorAlias(bodyType: String, origin: Origin) -> String {
        registry.claim(bodyType + "Error", for: "the error type of \(bodyType)", origin: origin)
    }

    /// `ListFiles` for `listFiles`: what an operation's type names start with.
    static func operationBase(_ operation: Operation) -> String {
        SwiftIdentifier.typeName(operation.operationID)
    }

    /// The suffix of a response body type's name: `Response`, `Response404`, `Response5XX`, `DefaultResponse`.
    static func responseSuffix(_ status: ResponseStatus) -> String {
        switch status {
        case .code(let code) where (200..<300).contains(code): "Response"
        case .code(let code): "Response\(code)"
        case .range(let digit): "Response\(digit)XX"
        case .default: "DefaultResponse"
        }
    }

    /// `Pet` for a schema reached in another file at `common.yaml#/components/schemas/Pet` (or `tags.yaml#/Tag`);
    /// `Manager` for a whole file `people/manager.yaml`.
    static func externalComponentName(_ pointer: String) -> String? {
        guard !pointer.hasPrefix("#"), let hash = pointer.firstIndex(of: "#"),
            let tokens = JSONPointer.tokens(ofFragment: String(pointer[hash...]))
        else { return nil }
        guard let last = tokens.last else {
            let stem = DocumentPaths.stem(String(pointer[..<hash]))
            return stem.isEmpty ? nil : SwiftIdentifier.typeName(stem)
        }
        let parent = tokens.count >= 2 ? tokens[tokens.count - 2] : ""
        guard tokens.count == 1 || parent == "schemas" || parent == "definitions" || parent == "$defs" else {
            return nil
        }
        return SwiftIdentifier.typeName(last)
    }
}
