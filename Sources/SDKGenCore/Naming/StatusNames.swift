/// Names of error and outcome enum cases for HTTP statuses: `400` → `badRequest`, `5XX` → `serverError`, `202` →
/// `accepted`.
public enum StatusNames {
    private static let reasons: [Int: String] = [
        200: "ok", 201: "created", 202: "accepted", 203: "nonAuthoritativeInformation", 204: "noContent",
        205: "resetContent", 206: "partialContent", 207: "multiStatus", 208: "alreadyReported", 226: "imUsed",
        400: "badRequest", 401: "unauthorized", 402: "paymentRequired", 403: "forbidden", 404: "notFound",
        405: "methodNotAllowed", 406: "notAcceptable", 407: "proxyAuthenticationRequired", 408: "requestTimeout",
        409: "conflict", 410: "gone", 411: "lengthRequired", 412: "preconditionFailed", 413: "payloadTooLarge",
        414: "uriTooLong", 415: "unsupportedMediaType", 416: "rangeNotSatisfiable", 417: "expectationFailed",
        418: "imATeapot", 421: "misdirectedRequest", 422: "unprocessableEntity", 423: "locked", 424: "failedDependency",
        425: "tooEarly", 426: "upgradeRequired", 428: "preconditionRequired", 429: "tooManyRequests",
        431: "requestHeaderFieldsTooLarge", 451: "unavailableForLegalReasons", 500: "internalServerError",
        501: "notImplemented", 502: "badGateway", 503: "serviceUnavailable", 504: "gatewayTimeout",
        505: "httpVersionNotSupported", 507: "insufficientStorage", 508: "loopDetected",
        511: "networkAuthenticationRequired",
    ]

    /// The case name for a documented status.
    public static func caseName(_ status: ResponseStatus) -> String {
        switch status {
        case .code(let code): reasons[code] ?? "status\(code)"
        case .range(2): "success"
        case .range(4): "clientError"
        case .range(5): "serverError"
        case .range(let digit): "status\(digit)XX"
        case .default: "defaultResponse"
        }
    }

    /// The Swift `case` pattern matching the status: `404`, `400...499`.
    public static func pattern(_ status: ResponseStatus) -> String? {
        switch status {
        case .code(let code): String(code)
        case .range(let digit): "\(digit * 100)...\(digit * 100 + 99)"
        case .default: nil
        }
    }

    /// Whether the status is a success (2XX).
    public static func isSuccess(_ status: ResponseStatus) -> Bool {
        switch status {
        case .code(let code): (200..<300).contains(code)
        case .range(let digit): digit == 2
        case .default: false
        }
    }
}
