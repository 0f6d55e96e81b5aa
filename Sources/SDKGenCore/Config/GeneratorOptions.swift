/// What to generate and how: everything a run needs besides the document.
public struct GeneratorOptions: Sendable, Equatable {
    /// Access level of the generated API.
    public enum AccessLevel: String, Sendable, CaseIterable {
        case `public`, `package`, `internal`
    }

    /// Where the client's runtime (transport, retries, errors, JSON: `Sources/SDKGenRuntime/`) comes from.
    public enum RuntimePlacement: String, Sendable, CaseIterable {
        /// In the client: its `Runtime/` files, at the client's access level. Foundation is the only dependency.
        case embedded
        /// From the `SDKGenRuntime` library of sdkgen's package, built once as a module of its own: the client has
        /// no `Runtime/` folder, and its files import the module (re-exported, so the client's users import only the
        /// client). The module must come from the same version of sdkgen as the generator.
        case module
    }

    /// The Swift module the code is compiled in (used in the User-Agent and headers).
    public var moduleName: String
    /// The access level of the generated declarations.
    public var accessLevel: AccessLevel
    /// The client type's name; derived from `info.title` when nil (`OpenRouter API` → `OpenRouterClient`).
    public var clientName: String?
    /// Prefix of the environment variables (`OPENROUTER` → `OPENROUTER_API_KEY`); derived from the title when nil.
    public var environmentPrefix: String?
    /// Only operations with one of these tags (all when empty).
    public var includeTags: [String]
    /// Only these operationIds (all when empty).
    public var includeOperations: [String]
    /// Extra imports (`MyModule` or a declaration like `@preconcurrency import MyModule`) in every file generated
    /// from the document: models, client, operations and errors (the runtime files need only Foundation).
    public var additionalImports: [String]
    /// A comment placed in every file's header.
    public var headerComment: String?
    /// Emit the whole client as one Swift file.
    public var singleFile: Bool
    /// Header parameters that carry an idempotency key, besides `Idempotency-Key` (matched case-insensitively).
    public var idempotencyHeaders: [String] = []
    /// Where the runtime comes from: the client's own files (the default) or the `SDKGenRuntime` module.
    public var runtime: RuntimePlacement = .embedded

    /// Whether a header parameter called `name` carries an idempotency key.
    public func isIdempotencyHeader(_ name: String) -> Bool {
        (["Idempotency-Key"] + idempotencyHeaders).contains { $0.caseInsensitiveCompare(name) == .orderedSame }
    }

    /// Options with defaults.
    public init(
        moduleName: String, accessLevel: AccessLevel = .public, clientName: String? = nil,
        environmentPrefix: String? = nil, includeTags: [String] = [], includeOperations: [String] = [],
        additionalImports: [String] = [], headerComment: String? = nil, singleFile: Bool = false
    ) {
        self.moduleName = moduleName
        self.accessLevel = accessLevel
        self.clientName = clientName
        self.environmentPrefix = environmentPrefix
        self.includeTags = includeTags
        self.includeOperations = includeOperations
        self.additionalImports = additionalImports
        self.headerComment = headerComment
        self.singleFile = singleFile
    }
}

/// The generator's own version, written into headers and the User-Agent.
public enum GeneratorVersion {
    /// The version, as the headers and the User-Agent show it.
    public static let current = "0.1.0"
}
