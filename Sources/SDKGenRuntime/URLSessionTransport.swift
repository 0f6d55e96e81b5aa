import Foundation
#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The default ``HTTPTransport``, built on `URLSession` (FoundationNetworking on Linux).
///
/// Every request goes out once, on a connection of its own (see `URLSessionSingleUse.swift`): the HTTP
/// stack below never resends it behind the retry policy's back.
///
/// File bodies are uploaded with `upload(for:fromFile:)` (streamed from disk, with a `Content-Length`),
/// downloads go to disk without holding the body in memory, and streamed responses are fed chunk
/// by chunk from a `URLSessionDataDelegate`. Failures are thrown as ``TransportError``. Redirects are never
/// followed here (``RedirectRefusingSession``): the `3xx` response is returned and the client decides.
public struct URLSessionTransport: HTTPTransport {
    /// The configuration source of the requests: each one runs on a single-use session with this
    /// session's configuration (its delegate is not used).
    public let session: URLSession

    /// Creates a transport on `session`; the default is a shared session without cookie storage
    /// or caching.
    public init(session: URLSession = URLSessionTransport.defaultSession) {
        self.session = session
    }

    /// A shared session: ephemeral configuration, no cookies, no URL cache.
    public static let defaultSession: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpCookieAcceptPolicy = .never
        configuration.httpShouldSetCookies = false
        configuration.httpCookieStorage = nil
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        return URLSession(configuration: configuration)
    }()

    /// Sends the request and returns the whole response.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        var urlRequest = try Self.makeURLRequest(request)
        let session = RedirectRefusingSession.singleUse(like: session)
        defer { session.finish() }
        do {
            let data: Data
            let response: URLResponse
            switch request.body {
            case .none:
                (data, response) = try await session.data(for: urlRequest)
            case let .data(body):
                urlRequest.httpBody = body
                (data, response) = try await session.data(for: urlRequest)
            case let .file(file):
                (data, response) = try await session.upload(for: urlRequest, fromFile: file)
            case let .stream(body):
                (data, response) = try await Self.send(body, with: urlRequest, on: session)
            }
            let head = try Self.httpResponse(response)
            return HTTPResponse(statusCode: head.statusCode, headers: Self.headers(of: head), body: data)
        } catch {
            throw TransportError.fromCurrentTask(error)
        }
    }

    /// Sends the request and writes the body to a temporary file owned by the caller.
    public func download(_ request: HTTPRequest) async throws -> HTTPDownloadResponse {
        switch request.body {
        case .file, .stream: return try await downloadByStreaming(request)
        case .none, .data: break
        }
        var urlRequest = try Self.makeURLRequest(request)
        if case let .data(body) = request.body {
            urlRequest.httpBody = body
        }
        let session = RedirectRefusingSession.singleUse(like: session)
        defer { session.finish() }
        do {
            let (location, response) = try await session.download(for: urlRequest)
            // URLSession may delete its file at any time after returning: move it somewhere we own.
            let owned = TemporaryFiles.makeURL(purpose: "download")
            do {
                try FileManager.default.moveItem(at: location, to: owned)
            } catch {
                TemporaryFiles.remove(location)
                throw TransportError(kind: .other, message: "Could not keep the downloaded file", underlying: error)
            }
            do {
                let head = try Self.httpResponse(response)
                return HTTPDownloadResponse(
                    statusCode: head.statusCode, headers: Self.headers(of: head), temporaryFile: owned)
            } catch {
                TemporaryFiles.remove(owned)
                throw error
            }
        } catch {
            throw TransportError.fromCurrentTask(error)
        }
    }

    /// Sends the request and returns once the response head arrives; the body is streamed as it comes.
    public func stream(_ request: HTTPRequest) async throws -> HTTPStreamingResponse {
        let urlRequest = try Self.makeURLRequest(request)
        var bodyFile: URL?
        if case let .file(file) = request.body {
            bodyFile = file
        }
        var prepared = urlRequest
        if case let .data(body) = request.body {
            prepared.httpBody = body
        }
        if case let .stream(streamed) = request.body {
            if let collected = try Self.streamedBodyForStreaming(streamed, attachingTo: &prepared) {
                prepared.httpBody = collected
            }
        }
        let (body, continuation) = AsyncThrowingStream<Data, any Error>.makeStream()
        let streaming = StreamingRequest(
            request: prepared,
            bodyFile: bodyFile,
            configuration: session.configuration,
            bodyContinuation: continuation
        )
        do {
            let head = try await streaming.start()
            return HTTPStreamingResponse(statusCode: head.statusCode, headers: Self.headers(of: head), body: body)
        } catch {
            throw TransportError.fromCurrentTask(error)
        }
    }

    /// Downloads by streaming chunks into a temporary file (used when the request itself has a file body).
    private func downloadByStreaming(_ request: HTTPRequest) async throws -> HTTPDownloadResponse {
        let response = try await stream(request)
        let file = TemporaryFiles.makeURL(purpose: "download")
        do {
            guard
                FileManager.default.createFile(atPath: file.path, contents: nil, attributes: [.posixPermissions: 0o600])
            else {
                throw TransportError(kind: .other, message: "Could not create a temporary file for the download")
            }
            let handle = try FileHandle(forWritingTo: file)
            defer { try? handle.close() }
            for try await chunk in response.body {
                try handle.write(contentsOf: chunk)
            }
        } catch {
            TemporaryFiles.remove(file)
            throw TransportError.fromCurrentTask(error)
        }
        return HTTPDownloadResponse(statusCode: response.statusCode, headers: response.headers, temporaryFile: file)
    }

    /// The `URLRequest` for `request` (without its body, which each path attaches its own way).
    static func makeURLRequest(_ request: HTTPRequest) throws -> URLRequest {
        var urlRequest = URLRequest(url: request.url)
        urlRequest.httpMethod = request.method
        for (name, value) in request.headers {
            if urlRequest.value(forHTTPHeaderField: name) == nil {
                urlRequest.setValue(value, forHTTPHeaderField: name)
            } else {
                urlRequest.addValue(value, forHTTPHeaderField: name)
            }
        }
        if let timeout = request.timeout {
            urlRequest.timeoutInterval = timeoutInterval(for: timeout)
        }
        markSingleUse(&urlRequest)
        if case let .file(file) = request.body, !request.headers.contains("Content-Length") {
            do {
                urlRequest.setValue(String(try TemporaryFiles.size(of: file)), forHTTPHeaderField: "Content-Length")
            } catch {
                throw TransportError(
                    kind: .other, message: "Could not read the request body file \(file.path.debugDescription)",
                    underlying: error)
            }
        }
        return urlRequest
    }

    /// The `URLRequest.timeoutInterval` for `timeout`.
    ///
    /// FoundationNetworking (Linux) arms its idle timer with `Int(timeoutInterval) * 1000` ms: the
    /// fraction is dropped, so 1.5 s would fire after 1 s and anything under a second at once, before
    /// the request is even sent. There the timeout is rounded up to whole seconds (at least one), so a
    /// request never times out earlier than asked.
    static func timeoutInterval(for timeout: Duration) -> TimeInterval {
        let seconds = max(timeout.fractionalSeconds, 0.001)
        #if canImport(FoundationNetworking)
            return max(1, seconds.rounded(.up))
        #else
            return seconds
        #endif
    }

    /// The response as an `HTTPURLResponse`, or a ``TransportError`` for anything else.
    static func httpResponse(_ response: URLResponse) throws -> HTTPURLResponse {
        guard let head = response as? HTTPURLResponse else {
            throw TransportError(kind: .other, message: "The response is not an HTTP response")
        }
        return head
    }

    /// The header fields of a response, sorted by name.
    static func headers(of response: HTTPURLResponse) -> HTTPHeaders {
        var pairs: [(String, String)] = []
        for (key, value) in response.allHeaderFields {
            pairs.append((String(describing: key), String(describing: value)))
        }
        pairs.sort { $0.0.lowercased() < $1.0.lowercased() }
        return HTTPHeaders(pairs)
    }
}
