/// The intermediate model of one OpenAPI document: what the API is, with the spec's own names.
///
/// Knows nothing of Swift. Built by the Reader, consumed by Naming and Rendering.
public struct APIDocument: Sendable, Equatable {
    /// `info.title`.
    public var title: String
    /// `info.version`.
    public var version: String
    /// `info.description`.
    public var description: String?
    /// `openapi` (3.0.x or 3.1.x).
    public var openAPIVersion: String
    /// `servers`, in document order.
    public var servers: [Server]
    /// `components.securitySchemes`, by name in document order.
    public var securitySchemes: [SecurityScheme]
    /// The document-wide `security` requirements.
    public var security: [SecurityRequirement]
    /// `tags`, in document order (tags only used by operations are appended after).
    public var tags: [Tag]
    /// Every operation, in document order (path, then method order as written).
    public var operations: [Operation]
    /// Every named schema: components first, then inline schemas that need a type of their own.
    public var schemas: [NamedSchema]
    /// `x-speakeasy-retries` at the root.
    public var retries: RetryConfig?
    /// `x-speakeasy-globals` parameters.
    public var globals: [Parameter]
    /// Vendor extensions at the root that the reader does not interpret, kept by name.
    public var extensions: [String: ExtensionValue]
}

/// One entry of `servers`.
public struct Server: Sendable, Equatable {
    /// The URL as written (variables unsubstituted).
    public var url: String
    /// The longer description (`description`), Markdown as written.
    public var description: String?
    /// `x-speakeasy-server-id` when present.
    public var id: String?
    /// The `{name}` variables of the URL, in document order.
    public var variables: [Variable] = []

    /// One server variable: `{region}` in `https://{region}.example.com`.
    public struct Variable: Sendable, Equatable {
        /// The name between the braces.
        public var name: String
        /// The value used when none is given (required by OpenAPI).
        public var defaultValue: String?
        /// The allowed values, when the document limits them.
        public var allowedValues: [String]
        /// What the variable selects.
        public var description: String?
    }
}

/// A tag and its description.
public struct Tag: Sendable, Equatable {
    /// The name as the document spells it.
    public var name: String
    /// The longer description (`description`), Markdown as written.
    public var description: String?
}

/// One entry of `components.securitySchemes`.
public struct SecurityScheme: Sendable, Equatable {
    /// How the credential travels.
    public enum Kind: Sendable, Equatable {
        case httpBearer
        case httpBasic
        case apiKey(name: String, location: ParameterLocation)
        case oauth2
        case openIDConnect
        case other(String)
    }

    /// The name as the document spells it.
    public var name: String
    /// What shape of value the schema describes.
    public var kind: Kind
    /// The longer description (`description`), Markdown as written.
    public var description: String?
    /// Where it stands in the document.
    public var origin: Origin
}

/// One alternative of a `security` list: scheme names (all required together).
public struct SecurityRequirement: Sendable, Equatable {
    /// `schemeNames`.
    public var schemeNames: [String]
    /// Where it stands in the document.
    public var origin: Origin
}

/// A vendor extension's value, kept as plain data.
public indirect enum ExtensionValue: Sendable, Equatable {
    case scalar(String)
    case null
    case list([ExtensionValue])
    case map([String: ExtensionValue])
}
