import Foundation
import Testing
@testable import SDKGenRuntime

@Suite("Streamed bodies")
struct StreamedBodyTests {
    /// Reads `reader` to its end in pieces of `step` bytes.
    private func drain(_ reader: StreamedBodyReader, step: Int) throws -> Data {
        var result = Data()
        var buffer = [UInt8](repeating: 0, count: step)
        while true {
            let count = try buffer.withUnsafeMutableBufferPointer { pointer in
                try reader.read(into: pointer.baseAddress!, maxLength: step)
            }
            if count == 0 { return result }
            result.append(contentsOf: buffer[0..<count])
        }
    }

    @Test func readsDataAndFileSegmentsInOrderAndAgainFromTheStart() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("part.bin")
        let content = Data((0..<10_000).map { UInt8(truncatingIfNeeded: $0 &* 7) })
        try content.write(to: file)
        let body = StreamedBody(segments: [
            .data(Data("head".utf8)), .file(file, size: 10_000), .data(Data("tail".utf8)),
        ])
        let expected = Data("head".utf8) + content + Data("tail".utf8)
        #expect(body.length == Int64(expected.count))
        #expect(try drain(body.makeReader(), step: 3) == expected)
        #expect(try drain(body.makeReader(), step: 4096) == expected, "a new reader starts over")
    }

    @Test func aFileThatShrankOrGrewFailsInsteadOfEndingTheBody() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("part.bin")
        try Data(count: 100).write(to: file)
        for actual in [60, 140] {
            let body = StreamedBody(segments: [.data(Data("x".utf8)), .file(file, size: 100)])
            try Data(count: actual).write(to: file)
            #expect(throws: StreamedBodyError.self) { try body.checkFiles() }
            let reader = body.makeReader()
            let error = #expect(throws: StreamedBodyError.self) { try drain(reader, step: 16) }
            #expect(error?.expectedSize == 100)
            #expect(error?.actualSize == Int64(actual))
            #expect(!reader.isAtEnd)
            try Data(count: 100).write(to: file)
        }
    }

    @Test func aFileChangedWhileBeingReadFails() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("part.bin")
        try Data(count: 100).write(to: file)
        let body = StreamedBody(segments: [.file(file, size: 100)])
        let reader = body.makeReader()
        var buffer = [UInt8](repeating: 0, count: 50)
        let first = try buffer.withUnsafeMutableBufferPointer { try reader.read(into: $0.baseAddress!, maxLength: 50) }
        #expect(first == 50)
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: 70)
        try handle.close()
        #expect(throws: StreamedBodyError.self) { try drain(reader, step: 50) }
    }

    @Test func aMissingFileFails() {
        let body = StreamedBody(segments: [.file(URL(fileURLWithPath: "/nonexistent/\(UUID().uuidString)"), size: 1)])
        let error = #expect(throws: StreamedBodyError.self) { try body.checkFiles() }
        #expect(error?.actualSize == nil)
        #expect(throws: StreamedBodyError.self) { try drain(body.makeReader(), step: 8) }
    }
}
