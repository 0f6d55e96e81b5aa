import Foundation
#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// One streamed request: its own `URLSession` whose data delegate resumes the caller when the
/// response head arrives and then feeds the body, chunk by chunk, into an `AsyncThrowingStream`.
///
/// `@unchecked Sendable`: URLSession calls the delegate on its own queue while the caller may cancel
/// from any thread; every mutable property is guarded by `lock`.
final class StreamingRequest: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    /// Feeds the response body stream (the stream itself is not kept here, so that releasing it
    /// everywhere else terminates it and cancels the request).
    private let bodyContinuation: AsyncThrowingStream<Data, any Error>.Continuation
    /// The request to send (with any in-memory body).
    private let request: URLRequest
    /// A file to upload as the body, if any.
    private let bodyFile: URL?
    /// The configuration of the per-request session.
    private let configuration: URLSessionConfiguration

    /// Guards the properties below.
    private let lock = NSLock()
    /// The caller waiting for the response head.
    private var headContinuation: CheckedContinuation<HTTPURLResponse, any Error>?
    /// Whether the request was cancelled.
    private var cancelled = false
    /// The running task.
    private var task: URLSessionTask?
    /// The session, kept until the task completes.
    private var session: URLSession?

    /// Prepares a request whose body feeds `bodyContinuation`; nothing is sent until ``start()``.
    init(
        request: URLRequest,
        bodyFile: URL?,
        configuration: URLSessionConfiguration,
        bodyContinuation: AsyncThrowingStream<Data, any Error>.Continuation
    ) {
        self.bodyContinuation = bodyContinuation
        self.request = request
        self.bodyFile = bodyFile
        self.configuration = configuration
        super.init()
        bodyContinuation.onTermination = { [weak self] termination in
            if case .cancelled = termination {
                self?.cancel()
            }
        }
    }

    /// Sends the request and returns the response head; cancelling the calling task cancels the request.
    func start() async throws -> HTTPURLResponse {
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation {
                (continuation: CheckedContinuation<HTTPURLResponse, any Error>) in
                let session = URLSession(configuration: configuration, delegate: self, delegateQueue: nil)
                let task: URLSessionTask
                if let bodyFile {
                    task = session.uploadTask(with: request, fromFile: bodyFile)
                } else {
                    task = session.dataTask(with: request)
                }
                lock.lock()
                let alreadyCancelled = cancelled
                if !alreadyCancelled {
                    headContinuation = continuation
                    self.task = task
                    self.session = session
                }
                lock.unlock()
                if alreadyCancelled {
                    session.invalidateAndCancel()
                    continuation.resume(throwing: Self.cancellationError())
                } else {
                    task.resume()
                }
            }
        } onCancel: {
            cancel()
        }
    }

    /// Cancels the request: a caller waiting for the head gets a cancellation error, the body stream ends.
    func cancel() {
        lock.lock()
        cancelled = true
        let waiting = headContinuation
        headContinuation = nil
        let running = task
        lock.unlock()
        running?.cancel()
        waiting?.resume(throwing: Self.cancellationError())
        bodyContinuation.finish(throwing: Self.cancellationError())
    }

    /// The head arrived: resume the caller.
    func urlSession(
        _ session: URLSession,
        dataTask: URLSessionDataTask,
        didReceive response: URLResponse,
        completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void
    ) {
        lock.lock()
        let waiting = headContinuation
        headContinuation = nil
        lock.unlock()
        guard let head = response as? HTTPURLResponse else {
            completionHandler(.cancel)
            waiting?.resume(throwing: TransportError(kind: .other, message: "The response is not an HTTP response"))
            return
        }
        completionHandler(.allow)
        waiting?.resume(returning: head)
    }

    /// A piece of the body arrived: yield it.
    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        bodyContinuation.yield(data)
    }

    /// The task ended: fail a caller still waiting for the head, end the body stream, release the session.
    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        lock.lock()
        let waiting = headContinuation
        headContinuation = nil
        let wasCancelled = cancelled
        self.task = nil
        self.session = nil
        lock.unlock()
        let failure: TransportError? = error.map { wasCancelled ? Self.cancellationError() : TransportError.from($0) }
        if let waiting {
            waiting.resume(
                throwing: failure
                    ?? TransportError(kind: .connectionLost, message: "The connection closed before a response arrived")
            )
        }
        if let failure {
            bodyContinuation.finish(throwing: failure)
        } else {
            bodyContinuation.finish()
        }
        session.finishTasksAndInvalidate()
    }

    /// The error reported for a cancelled request.
    private static func cancellationError() -> TransportError {
        TransportError(kind: .cancelled, message: "The request was cancelled")
    }
}
