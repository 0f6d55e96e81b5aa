import Foundation
#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Plain `URLSession` helpers for driving a ``FilesTestServer`` in tests.
enum HTTPTestClient {
    /// A fresh ephemeral session with a 30 s idle timeout, so a broken server fails a test instead of hanging it.
    static func makeSession() -> URLSession {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = 30
        configuration.timeoutIntervalForResource = 120
        return URLSession(configuration: configuration)
    }

    static func request(
        _ url: URL, method: String = "GET", token: String? = "test-key", headers: [String: String] = [:]
    ) -> URLRequest {
        var request = URLRequest(url: url)
        request.httpMethod = method
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        return request
    }

    /// Sends a request and returns status, body and response.
    static func send(_ request: URLRequest, session: URLSession) async throws -> (
        status: Int, body: Data, response: HTTPURLResponse
    ) {
        let (data, response) = try await session.data(for: request)
        let http = try httpResponse(response)
        return (http.statusCode, data, http)
    }

    /// Uploads `content` as the multipart part `file`, writing the body to a temporary file first
    /// (as the platform notes advise), with `upload(for:fromFile:)`.
    static func uploadMultipart(
        to url: URL, filename: String, contentType: String, content: Data, session: URLSession
    ) async throws -> (status: Int, body: Data) {
        let boundary = "sdkgen-\(UUID().uuidString)"
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("upload-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: file) }
        var head = Data("--\(boundary)\r\n".utf8)
        head.append(Data("Content-Disposition: form-data; name=\"file\"; filename=\"\(filename)\"\r\n".utf8))
        head.append(Data("Content-Type: \(contentType)\r\n\r\n".utf8))
        guard FileManager.default.createFile(atPath: file.path, contents: head) else {
            throw ClientError.cannotWriteTemporaryFile
        }
        let handle = try FileHandle(forWritingTo: file)
        try handle.seekToEnd()
        try handle.write(contentsOf: content)
        try handle.write(contentsOf: Data("\r\n--\(boundary)--\r\n".utf8))
        try handle.close()
        var request = Self.request(url, method: "POST")
        request.setValue("multipart/form-data; boundary=\(boundary)", forHTTPHeaderField: "Content-Type")
        let (data, response) = try await session.upload(for: request, fromFile: file)
        return (try httpResponse(response).statusCode, data)
    }

    /// Decodes a JSON object.
    static func json(_ data: Data) throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw ClientError.notAnObject(String(decoding: data, as: UTF8.self))
        }
        return object
    }

    enum ClientError: Error {
        case notHTTP
        case cannotWriteTemporaryFile
        case notAnObject(String)
    }

    private static func httpResponse(_ response: URLResponse) throws -> HTTPURLResponse {
        guard let http = response as? HTTPURLResponse else { throw ClientError.cannotWriteTemporaryFile }
        return http
    }
}

/// What a streamed response delivers, in order.
enum StreamEvent: Sendable {
    case response(HTTPURLResponse)
    case data(Data)
}

/// Streams a response body chunk by chunk through a `URLSessionDataDelegate` (Linux has no
/// `bytes(for:)`). The session is invalidated when the stream ends.
final class StreamingDelegate: NSObject, URLSessionDataDelegate, Sendable {
    private let continuation: AsyncThrowingStream<StreamEvent, any Error>.Continuation

    private init(continuation: AsyncThrowingStream<StreamEvent, any Error>.Continuation) {
        self.continuation = continuation
    }

    static func stream(_ request: URLRequest) -> AsyncThrowingStream<StreamEvent, any Error> {
        AsyncThrowingStream { continuation in
            let delegate = StreamingDelegate(continuation: continuation)
            let configuration = URLSessionConfiguration.ephemeral
            configuration.timeoutIntervalForRequest = 30
            let session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
            let task = session.dataTask(with: request)
            continuation.onTermination = { _ in
                task.cancel()
                session.finishTasksAndInvalidate()
            }
            task.resume()
        }
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void
    ) {
        if let http = response as? HTTPURLResponse { continuation.yield(.response(http)) }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        continuation.yield(.data(data))
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        continuation.finish(throwing: error)
    }
}
