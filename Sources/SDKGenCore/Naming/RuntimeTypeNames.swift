/// The type names the runtime (`Sources/SDKGenRuntime/`, `ModuleOnly/` included) declares at top level, which no
/// generated type may take.
///
/// Every client reserves all of them, whichever runtime features it carries, so a model's name does not change
/// when a document starts or stops using a feature. A test checks this list against the runtime sources in both
/// directions; add a name here when you add a top-level type to the runtime.
enum RuntimeTypeNames {
    /// Every top-level type name of the runtime, public and internal.
    static let all: Set<String> = [
        "APIError", "AnyCodingKey", "AssembledBody", "AssembledRequestBody", "AttemptDeadline", "CivilDate",
        "ClientCore", "ClientHook", "ClientHookContext", "CoreConfiguration", "CoreFailure", "CredentialFields",
        "CredentialPlacement",
        "CredentialScope", "DocumentedError", "DownloadDestination", "DynamicCodingKey", "EncodableParameter",
        "JSONParameter", "ErrorMessage", "FileUpload", "FormFields", "HTTPDownloadResponse",
        "HTTPHeaders", "HTTPRequest", "HTTPRequestBody", "HTTPResponse", "HTTPStreamingResponse", "HTTPTransport",
        "InvalidRequestError", "JSONCoding", "JSONStreamFraming", "JSONStreamSequence", "JSONStreamSplitter",
        "JSONValue", "MultipartForm", "MultipartWriter", "OperationError",
        "PageItemSequence", "PageSequence", "ParameterRepresentation", "ParameterSerializer", "ParameterStyle",
        "ParameterValue", "PercentEncoding", "PreparedRequest", "RedirectError",
        "RedirectFollower", "RedirectPolicy", "RedirectRefusingSession", "RedirectRules", "RequestBodySource",
        "RequestBuilder",
        "RequestOptions", "ResponseHeaderValues", "ResponseValidationError", "RetryAfter", "RetryLoop", "RetryPolicy",
        "SDKGenRuntimeVersion",
        "SecretRedaction",
        "ServerSentEvent", "ServerSentEventParser", "ServerSentEventSequence", "ServerURL", "StreamedBody",
        "StreamedBodyError",
        "StreamedBodyInputStream", "StreamedBodyReader", "StreamingRequest", "TemporaryFiles",
        "TransportError", "URLOrigin", "URLSessionTransport",
    ]
}
