/// A part of the runtime that only some clients need; a client carries the core runtime and the files of the
/// features its operations use.
public enum RuntimeFeature: String, CaseIterable, Sendable {
    /// `text/event-stream` responses decoded as events (`ServerSentEventSequence`).
    case eventStreams
    /// JSON Lines and JSON text sequence responses decoded value by value (`JSONStreamSequence`).
    case jsonStreams
    /// `multipart/form-data` request bodies, with file parts streamed from disk (`MultipartForm`, `FileUpload`).
    case multipart
    /// Cursor pagination as `AsyncSequence`s of pages and items (`PageSequence`).
    case pagination
}

/// Which runtime files (`Runtime/<file>.swift` templates, one per file of `Sources/SDKGenRuntime/`) a client gets.
///
/// The core compiles alone, and with any subset of the features.
public enum RuntimeSelection {
    /// The files every client carries: transport, requests, retries, redirects, errors, JSON, parameters.
    public static let coreTemplateNames: [String] = [
        "APIError", "AttemptDeadline", "ClientCore", "ClientHook", "CoreConfiguration", "CredentialFields",
        "CredentialPlacement",
        "CredentialScope", "DocumentedError", "ErrorDescriptions", "GeneratedCodeSupport", "HTTPHeaders",
        "HTTPTransport", "HTTPTypes", "IdempotencyKey", "JSONCoding", "JSONValue", "OperationError",
        "ParameterSerializer", "ParameterValue", "RedirectError", "RedirectFollower", "RedirectPolicy",
        "RedirectRefusingSession", "RedirectRules", "RequestBuilder", "RequestErrors", "RequestOptions",
        "RequestPreparation", "ResponseDecoding", "ResponseHeaderValues", "RetryAfter", "RetryLoop", "RetryPolicy",
        "ServerURL", "StreamedBody",
        "StreamedBodyInputStream", "StreamedBodyReader", "TransportError", "URLOrigin", "URLSessionRedirects",
        "URLSessionSingleUse", "URLSessionStreamedBody", "URLSessionStreaming", "URLSessionTransport",
    ].map(templateName)

    /// The files of one feature, on top of the core.
    public static func templateNames(of feature: RuntimeFeature) -> [String] {
        switch feature {
        case .eventStreams: ["ServerSentEvents"].map(templateName)
        case .jsonStreams: ["JSONStreams"].map(templateName)
        case .multipart: ["FileUpload", "MultipartForm", "MultipartWriter"].map(templateName)
        case .pagination: ["PageSequence"].map(templateName)
        }
    }

    /// The runtime template names of a client that uses `features`: the core and those features' files, sorted.
    public static func templateNames(for features: Set<RuntimeFeature>) -> [String] {
        (coreTemplateNames + features.flatMap(templateNames(of:))).sorted()
    }

    /// Every runtime template name, core and all features.
    public static var allTemplateNames: [String] { templateNames(for: Set(RuntimeFeature.allCases)) }

    /// The template name of the runtime file `stem` (`HTTPHeaders` → `Runtime/HTTPHeaders.swift`).
    private static func templateName(_ stem: String) -> String { "Runtime/\(stem).swift" }
}

extension RuntimeSelection {
    /// The features the planned operations use: an event-stream or JSON-stream variant, a multipart body, a page
    /// sequence.
    static func features(usedBy operations: [OperationPlan]) -> Set<RuntimeFeature> {
        var features: Set<RuntimeFeature> = []
        for operation in operations {
            if let stream = operation.stream {
                features.insert(stream.framing == .events ? .eventStreams : .jsonStreams)
            }
            for method in [operation] + operation.alternatives {
                if case .form(_, _, true) = method.body { features.insert(.multipart) }
            }
            if operation.pagination != nil { features.insert(.pagination) }
        }
        return features
    }
}
