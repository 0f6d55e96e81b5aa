import Foundation

/// Sends HTTP requests. The SDK uses ``URLSessionTransport`` unless given another one
/// (for tests, proxies, or another HTTP stack).
///
/// Implementations should throw ``TransportError`` (or errors that ``TransportError/from(_:)``
/// can map) and return responses of any status: the client interprets statuses itself. They must not follow
/// redirects: a `3xx` is returned as a response, and ``ClientCore`` follows it under its ``RedirectPolicy``,
/// sending credentials only to the configured server's origin.
public protocol HTTPTransport: Sendable {
    /// Sends a request and returns the whole response.
    func send(_ request: HTTPRequest) async throws -> HTTPResponse

    /// Sends a request and writes the response body to a temporary file owned by the caller.
    ///
    /// The default implementation calls ``send(_:)`` and writes the body to a file.
    func download(_ request: HTTPRequest) async throws -> HTTPDownloadResponse

    /// Sends a request and returns as soon as the response head has arrived; the body follows as a stream.
    ///
    /// The default implementation calls ``send(_:)`` and delivers the body as one chunk.
    func stream(_ request: HTTPRequest) async throws -> HTTPStreamingResponse
}

extension HTTPTransport {
    /// Sends the request with ``send(_:)`` and writes the body to a new temporary file.
    public func download(_ request: HTTPRequest) async throws -> HTTPDownloadResponse {
        let response = try await send(request)
        let file = TemporaryFiles.makeURL(purpose: "download")
        do {
            try response.body.write(to: file)
        } catch {
            TemporaryFiles.remove(file)
            throw TransportError(
                kind: .other, message: "Could not write the downloaded body to a temporary file", underlying: error)
        }
        return HTTPDownloadResponse(statusCode: response.statusCode, headers: response.headers, temporaryFile: file)
    }

    /// Sends the request with ``send(_:)`` and yields the body as a single chunk.
    public func stream(_ request: HTTPRequest) async throws -> HTTPStreamingResponse {
        let response = try await send(request)
        let (body, continuation) = AsyncThrowingStream<Data, any Error>.makeStream()
        if !response.body.isEmpty {
            continuation.yield(response.body)
        }
        continuation.finish()
        return HTTPStreamingResponse(statusCode: response.statusCode, headers: response.headers, body: body)
    }
}

/// Naming and removal of the runtime's temporary files.
enum TemporaryFiles {
    /// A new, unused file URL in the temporary directory.
    static func makeURL(purpose: String) -> URL {
        FileManager.default.temporaryDirectory
            .appendingPathComponent("sdk-\(purpose)-\(UUID().uuidString).tmp", isDirectory: false)
    }

    /// Deletes `url`, ignoring a missing file.
    static func remove(_ url: URL) {
        try? FileManager.default.removeItem(at: url)
    }

    /// The size of the file at `url` in bytes.
    static func size(of url: URL) throws -> Int64 {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        if let number = attributes[.size] as? NSNumber {
            return number.int64Value
        }
        if let value = attributes[.size] as? Int64 {
            return value
        }
        if let value = attributes[.size] as? Int {
            return Int64(value)
        }
        throw CocoaError(.fileReadUnknown)
    }
}
