import AsyncTestSupport
import Foundation
import OpenRouterFiles
import TestServer
import XCTest

/// A connection the server keeps alive, then closes after reading a request without answering (issue 11):
/// the request goes out exactly as often as the retry policy decides, every attempt on the wire is one attempt
/// for hooks and `debugLog`, and a request the policy would not retry is sent once and ends promptly.
final class ConnectionDropTests: ServerTestCase {
    /// The longest a dropped call may take (its per-call timeout is 5 s).
    private let bound: Duration = .seconds(2)

    /// A call's options: a 5 s timeout, so a hang shows as a timeout rather than a stuck test.
    private let options = RequestOptions(timeout: .seconds(5))

    /// Runs `operation` and returns how long it took.
    private func timed<T>(_ operation: () async throws -> T) async rethrows -> (T, Duration) {
        let start = ContinuousClock.now
        let value = try await operation()
        return (value, ContinuousClock.now - start)
    }

    func testADroppedGetIsRetriedByThePolicyAndEveryAttemptIsSeen() async throws {
        let hook = ObservingHook()
        let log = Recorder<String>()
        let client = makeClient(hooks: [hook], debugLog: { log.append($0) })
        _ = try await client.files.list(options: options)  // the connection is now kept alive
        server.dropConnection(onRequest: 1, method: "GET", path: "/files")
        let (page, elapsed) = try await timed { try await client.files.list(options: options) }
        XCTAssertNotNil(page.data)
        XCTAssertLessThan(elapsed, bound)
        // Server side: the first call, the dropped attempt, the policy's retry.
        XCTAssertEqual(server.requestCount(method: "GET", path: "/files"), 3)
        // Client side: the same three attempts, the dropped one seen as a lost connection.
        XCTAssertEqual(hook.attempts.values.map(\.attempt), [1, 1, 2])
        XCTAssertEqual(hook.failures.values, [.connectionLost])
        XCTAssertEqual(log.values.filter { $0.hasPrefix("-->") }.count, 3)
        XCTAssertEqual(server.requests().map(\.connectionRequestNumber), [1, 1, 1], "no connection is reused")
    }

    func testADroppedUploadFromDataIsSentOnceAndEndsPromptly() async throws {
        try await assertDroppedUploadIsSentOnce(FileUpload(fileName: "once.txt", content: testBytes(200_000)))
    }

    func testADroppedUploadFromAFileIsSentOnceAndEndsPromptly() async throws {
        let file = try temporaryDirectory().appendingPathComponent("once.bin")
        try testBytes(300_000, seed: 7).write(to: file)
        try await assertDroppedUploadIsSentOnce(FileUpload(fileURL: file))
    }

    /// Uploads `upload` after a first call; the server drops the upload's connection.
    private func assertDroppedUploadIsSentOnce(
        _ upload: FileUpload, file: StaticString = #filePath, line: UInt = #line
    ) async throws {
        let hook = ObservingHook()
        let client = makeClient(hooks: [hook])
        _ = try await client.files.list(options: options)
        server.dropConnection(onRequest: 1, method: "POST", path: "/files")
        let (error, elapsed) = await timed {
            await expectFailure(UploadFileError.self) { try await client.files.upload(file: upload, options: options) }
        }
        XCTAssertEqual(
            error?.transportError?.kind, .connectionLost, "\(String(describing: error))", file: file, line: line)
        XCTAssertLessThan(elapsed, bound, file: file, line: line)
        XCTAssertEqual(server.requestCount(method: "POST", path: "/files"), 1, "sent once", file: file, line: line)
        XCTAssertEqual(hook.attempts.values.count, 2, "one attempt per request on the wire", file: file, line: line)
        XCTAssertTrue(server.storedFiles().isEmpty, file: file, line: line)
    }

    func testWithAlwaysADroppedUploadIsRetriedWholeAsASecondAttempt() async throws {
        let hook = ObservingHook()
        let client = makeClient(retryPolicy: .quick(nonIdempotent: .always), hooks: [hook])
        _ = try await client.files.list(options: options)
        server.dropConnection(onRequest: 1, method: "POST", path: "/files")
        let content = testBytes(150_000, seed: 3)
        let metadata = try await client.files.upload(
            file: FileUpload(fileName: "twice.bin", content: content),
            options: options)
        XCTAssertEqual(metadata.sizeBytes, content.count)
        let posts = server.requests().filter { $0.method == "POST" }
        XCTAssertEqual(posts.count, 2)
        XCTAssertEqual(posts.map { $0.part(named: "file")?.size }, [content.count, content.count], "never truncated")
        XCTAssertEqual(hook.attempts.values.map(\.attempt), [1, 1, 2])
    }
}
