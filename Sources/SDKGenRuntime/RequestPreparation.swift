import Foundation

/// A request ready to send: URL, headers and body final, plus what the call needs around it.
struct PreparedRequest: Sendable {
    /// The request every attempt starts from (hooks may change their copy).
    var request: HTTPRequest
    /// The operation's identifier, for hooks.
    var operationID: String
    /// The retry policy in force.
    var policy: RetryPolicy
    /// The server of the call: only its origin gets credentials.
    var serverURL: URL
    /// The redirect policy in force.
    var redirectPolicy: RedirectPolicy
    /// Secrets to mask in messages and logs.
    var redaction: SecretRedaction
    /// Whether the request carries an idempotency key (the same on every attempt), so the server deduplicates.
    var hasIdempotencyKey = false
    /// Whether the URL came from a response (a next page's URL), not from the server and the operation's path: its
    /// credentials are restricted to the server's origin after the hooks ran (``CredentialScope``).
    var urlFromResponse = false

    /// Assembles `builder` under `configuration` and `options`.
    ///
    /// Headers, in increasing precedence: the builder's (parameters, body, `Accept`); default headers
    /// (only names the builder did not set); `User-Agent`; the credential where ``CoreConfiguration/credentialPlacement``
    /// says (`Authorization: Bearer <token>` by default; a query parameter goes into the URL);
    /// `options.headers` (set or replace).
    static func make(
        _ builder: RequestBuilder,
        configuration: CoreConfiguration,
        options: RequestOptions
    ) throws(CoreFailure) -> PreparedRequest {
        let redaction = configuration.redaction
        var url: URL
        let serverURL = options.serverURL ?? builder.server ?? configuration.serverURL
        do {
            if let pageURL = options.pageURL {
                url = try Self.pageURL(pageURL, base: builder.makeURL(server: serverURL))
            } else {
                url = try builder.makeURL(server: serverURL)
            }
        } catch {
            throw .invalidRequest(error)
        }
        var headers = builder.headers
        for (name, value) in configuration.defaultHeaders where !builder.headers.contains(name) {
            headers.add(name: name, value: value)
        }
        if !configuration.userAgent.isEmpty {
            headers["User-Agent"] = configuration.userAgent
        }
        if let token = configuration.bearerToken {
            configuration.credentialPlacement.place(token, headers: &headers, url: &url)
        }
        let idempotencyKey = builder.idempotencyKeyField()
        if let idempotencyKey {
            headers[idempotencyKey.name] = idempotencyKey.value
        }
        for name in options.headers.keys.sorted() {
            headers[name] = options.headers[name]
        }

        let body: HTTPRequestBody
        switch builder.body {
        case .none:
            body = .none
        case let .data(data):
            body = .data(data)
        case let .file(file):
            do {
                let size = try TemporaryFiles.size(of: file)
                guard FileManager.default.isReadableFile(atPath: file.path) else {
                    throw CocoaError(.fileReadNoPermission)
                }
                headers["Content-Length"] = String(size)
            } catch {
                throw .invalidRequest(
                    InvalidRequestError(
                        message: "could not read the upload file \(file.path.debugDescription)", underlying: error))
            }
            body = .file(file)
        case let .assembled(source):
            let output: AssembledBody
            do {
                output = try source.assemble()
            } catch {
                throw .invalidRequest(error)
            }
            body = output.body
            headers["Content-Type"] = output.contentType
            headers["Content-Length"] = String(output.contentLength)
        }

        let request = HTTPRequest(
            method: builder.method,
            url: url,
            headers: headers,
            body: body,
            timeout: options.timeout ?? configuration.timeout
        )
        let prepared = PreparedRequest(
            request: request,
            operationID: builder.operationID,
            policy: options.retries ?? configuration.retryPolicy,
            serverURL: serverURL,
            redirectPolicy: options.redirects ?? configuration.redirectPolicy,
            redaction: redaction,
            hasIdempotencyKey: idempotencyKey != nil,
            urlFromResponse: options.pageURL != nil
        )
        if let problem = headers.firstInvalidField() {
            throw .invalidRequest(InvalidRequestError(message: problem))
        }
        return prepared
    }
}

extension PreparedRequest {
    /// A next page's URL as a page named it: absolute, or relative to `base`, the operation's own URL (the first
    /// page's: `?page=2` and `items?page=2` resolve as they would in the page that named them); only `http` and
    /// `https` URLs with a host are requested.
    static func pageURL(_ text: String, base: URL) throws(InvalidRequestError) -> URL {
        guard let url = URL(string: text, relativeTo: base)?.absoluteURL,
            let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", url.host != nil
        else {
            throw InvalidRequestError(message: "the next page's URL \(text.debugDescription) is not an http(s) URL")
        }
        return url
    }
}

/// Saving downloads.
enum DownloadDestination {
    /// Fails when the folder that would hold `destination` does not exist.
    static func check(_ destination: URL) throws(CoreFailure) {
        var isDirectory: ObjCBool = false
        let folder = destination.deletingLastPathComponent()
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            throw .invalidRequest(
                InvalidRequestError(
                    message: "the download destination's folder \(folder.path.debugDescription) does not exist"))
        }
    }

    /// Moves `source` to `destination`, replacing any file there. The file is first moved next to the
    /// destination, so the last step is an atomic `rename(2)` within one folder and the destination is
    /// never left half-written.
    static func moveReplacing(_ source: URL, to destination: URL) throws {
        let manager = FileManager.default
        let staging = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).part", isDirectory: false)
        try manager.moveItem(at: source, to: staging)
        let result = staging.withUnsafeFileSystemRepresentation { stagingPath in
            destination.withUnsafeFileSystemRepresentation { destinationPath -> Int32 in
                guard let stagingPath, let destinationPath else { return -1 }
                return rename(stagingPath, destinationPath)
            }
        }
        if result != 0 {
            let code = POSIXErrorCode(rawValue: errno) ?? .EIO
            try? manager.removeItem(at: staging)
            throw POSIXError(code)
        }
    }
}
