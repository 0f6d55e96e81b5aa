import Foundation
#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// How ``URLSessionTransport`` sends a ``StreamedBody``.
///
/// On Linux the body goes out as `httpBodyStream` (a ``StreamedBodyInputStream``): no temporary copy, files
/// are read as libcurl sends. FoundationNetworking cannot announce a stream's length: it always sends
/// `Transfer-Encoding: chunked`, and a `Content-Length` next to it would make the request invalid, so the
/// `Content-Length` of the ``HTTPRequest`` is removed and the body is sent chunked. On Apple platforms the
/// body is written to a temporary file and uploaded with `upload(for:fromFile:)`, with its `Content-Length`.
extension URLSessionTransport {
    /// Where the body of one attempt comes from.
    enum StreamedUpload {
        /// The request carries the body as its `httpBodyStream`.
        case bodyStream(StreamedBodyInputStream)
        /// The body was written to this temporary file, which the caller deletes after the attempt.
        case temporaryFile(URL)
    }

    /// Attaches `body` to `request` for one attempt, after checking its files still have their sizes.
    static func attach(_ body: StreamedBody, to request: inout URLRequest) throws -> StreamedUpload {
        do {
            try body.checkFiles()
        } catch {
            throw TransportError(kind: .other, message: error.description, underlying: error)
        }
        #if canImport(FoundationNetworking)
            let stream = StreamedBodyInputStream(body)
            request.setValue(nil, forHTTPHeaderField: "Content-Length")
            request.httpBodyStream = stream
            return .bodyStream(stream)
        #else
            let file = TemporaryFiles.makeURL(purpose: "body")
            do {
                try body.write(to: file)
            } catch {
                TemporaryFiles.remove(file)
                throw TransportError(kind: .other, message: "Could not write the request body", underlying: error)
            }
            return .temporaryFile(file)
        #endif
    }

    /// `error` as thrown by an attempt with a streamed body: the body's own failure when it stopped the transfer.
    static func streamedBodyFailure(_ error: any Error, upload: StreamedUpload) -> any Error {
        #if canImport(FoundationNetworking)
            if case let .bodyStream(stream) = upload, let failure = stream.reader.error {
                return TransportError(kind: .other, message: failure.description, underlying: failure)
            }
        #endif
        return error
    }
}

extension URLSessionTransport {
    /// Sends `request` with `body` on `session` and returns the whole response.
    static func send(
        _ body: StreamedBody, with request: URLRequest, on session: RedirectRefusingSession
    ) async throws -> (Data, URLResponse) {
        var urlRequest = request
        let upload = try attach(body, to: &urlRequest)
        do {
            switch upload {
            case .bodyStream:
                return try await session.data(for: urlRequest)
            case let .temporaryFile(file):
                defer { TemporaryFiles.remove(file) }
                return try await session.upload(for: urlRequest, fromFile: file)
            }
        } catch {
            throw streamedBodyFailure(error, upload: upload)
        }
    }

    /// Attaches `body` to a request whose response is streamed: as its `httpBodyStream` on Linux; on Apple
    /// platforms the body is returned, collected in memory, for `httpBody`.
    static func streamedBodyForStreaming(_ body: StreamedBody, attachingTo request: inout URLRequest) throws -> Data? {
        #if canImport(FoundationNetworking)
            _ = try attach(body, to: &request)
            return nil
        #else
            do {
                return try body.collect()
            } catch {
                throw TransportError(kind: .other, message: String(describing: error), underlying: error)
            }
        #endif
    }
}
