import Foundation
#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A `URLSession` whose own delegate refuses every redirect, with async data, upload and download calls
/// driven by that delegate: the `3xx` response is returned and ``ClientCore`` decides (``RedirectRules``).
///
/// A per-task delegate is not enough: FoundationNetworking (Linux) runs the async `URLSession` calls on
/// completion-handler tasks, which follow redirects without asking any delegate. Each request runs on an instance
/// of its own (``singleUse(like:)``), so that no connection is ever reused (`URLSessionSingleUse.swift`).
///
/// `@unchecked Sendable`: URLSession calls the delegate on its own queue; the pending tasks are guarded by `lock`.
final class RedirectRefusingSession: NSObject, URLSessionDataDelegate, URLSessionDownloadDelegate,
    @unchecked Sendable
{
    /// What a finished task produced.
    private struct Pending {
        /// Resumed when the task ends.
        let continuation: CheckedContinuation<(body: Data, file: URL?, response: URLResponse), any Error>
        /// The body received so far (data and upload tasks).
        var body = Data()
        /// The downloaded file, moved where the caller owns it (download tasks).
        var file: URL?
    }

    /// Guards `pending`.
    private let lock = NSLock()
    /// The running tasks, by task identifier.
    private var pending: [Int: Pending] = [:]
    /// The session the tasks run on (its delegate is `self`).
    private(set) var session: URLSession!

    /// A session with `configuration` whose delegate is this object.
    private init(configuration: URLSessionConfiguration) {
        super.init()
        session = URLSession(configuration: configuration, delegate: self, delegateQueue: nil)
    }

    /// A session of its own for one request (no connection is reused; see `URLSessionSingleUse.swift`), with
    /// `session`'s configuration and a delegate that refuses redirects. Call ``finish()`` when the request is done.
    static func singleUse(like session: URLSession) -> RedirectRefusingSession {
        RedirectRefusingSession(configuration: session.configuration)
    }

    /// Lets the session's tasks finish, then releases it (a session keeps its delegate until invalidated).
    func finish() {
        session.finishTasksAndInvalidate()
    }

    /// Sends `request` (its `httpBody` included) and returns the whole body and the response.
    func data(for request: URLRequest) async throws -> (Data, URLResponse) {
        let result = try await run(session.dataTask(with: request))
        return (result.body, result.response)
    }

    /// Sends `request` with the body streamed from `file`, and returns the whole body and the response.
    func upload(for request: URLRequest, fromFile file: URL) async throws -> (Data, URLResponse) {
        let result = try await run(session.uploadTask(with: request, fromFile: file))
        return (result.body, result.response)
    }

    /// Sends `request` and returns a temporary file with the body, owned by the caller, and the response.
    func download(for request: URLRequest) async throws -> (URL, URLResponse) {
        let result = try await run(session.downloadTask(with: request))
        guard let file = result.file else {
            throw TransportError(kind: .other, message: "The download ended without a file")
        }
        return (file, result.response)
    }

    /// Runs `task` to its end; cancelling the calling task cancels it.
    private func run(_ task: URLSessionTask) async throws -> (body: Data, file: URL?, response: URLResponse) {
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                lock.withLock { pending[task.taskIdentifier] = Pending(continuation: continuation) }
                task.resume()
            }
        } onCancel: {
            task.cancel()
        }
    }

    /// Refuses the redirect: the task completes with the redirect response.
    func urlSession(
        _ session: URLSession,
        task: URLSessionTask,
        willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest,
        completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }

    /// A piece of the body arrived.
    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        lock.withLock { pending[dataTask.taskIdentifier]?.body.append(data) }
    }

    /// The download is complete: move its file somewhere the caller owns before URLSession deletes it.
    func urlSession(_ session: URLSession, downloadTask: URLSessionDownloadTask, didFinishDownloadingTo location: URL) {
        let owned = TemporaryFiles.makeURL(purpose: "download")
        guard (try? FileManager.default.moveItem(at: location, to: owned)) != nil else { return }
        lock.withLock { pending[downloadTask.taskIdentifier]?.file = owned }
    }

    /// The task ended: resume its caller with the response, or the error.
    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        guard let finished = lock.withLock({ pending.removeValue(forKey: task.taskIdentifier) }) else { return }
        if let error {
            finished.file.map(TemporaryFiles.remove)
            finished.continuation.resume(throwing: error)
        } else if let response = task.response {
            finished.continuation.resume(returning: (finished.body, finished.file, response))
        } else {
            finished.file.map(TemporaryFiles.remove)
            let failure = TransportError(kind: .other, message: "The response is not an HTTP response")
            finished.continuation.resume(throwing: failure)
        }
    }
}
