import AsyncTestSupport
import Foundation
@testable import OpenRouterFiles

/// Records the body files of the requests it sees.
struct BodyFileRecorder: ClientHook {
    let files = Recorder<URL>()

    func beforeRequest(_ request: inout HTTPRequest, context: ClientHookContext) async throws {
        if case let .file(url) = request.body { files.append(url) }
    }
}

/// Whether a file exists.
func fileExists(_ url: URL) -> Bool {
    FileManager.default.fileExists(atPath: url.path)
}

/// A hook that ends the call (as an invalid request) when attempt `limit` is about to be sent,
/// so retry tests can stop after a known number of attempts whatever the machine's speed.
struct StopAtAttempt: ClientHook {
    struct Stop: Error {}
    let limit: Int

    func beforeRequest(_ request: inout HTTPRequest, context: ClientHookContext) async throws {
        if context.attempt >= limit { throw Stop() }
    }
}
