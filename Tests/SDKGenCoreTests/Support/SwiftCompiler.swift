import Foundation

/// Runs `swiftc -typecheck` on generated code: Swift 6 mode, complete concurrency checking, warnings as errors, the
/// whole module in one frontend (much less work than one job per batch of files, which checks every file's
/// declarations again).
enum SwiftCompiler {
    struct Output: Sendable {
        let status: Int32
        let text: String
    }

    /// Type-checks several folders, two compilers at a time (the CI machine has two cores).
    static func typecheckConcurrently(_ folders: [URL]) -> [Output] {
        let results = ResultBox(count: folders.count)
        DispatchQueue.concurrentPerform(iterations: 2) { worker in
            for index in stride(from: worker, to: folders.count, by: 2) {
                let output =
                    (try? typecheck(folder: folders[index])) ?? Output(status: -1, text: "swiftc could not be started")
                results.set(index, output)
            }
        }
        return results.values
    }

    static func typecheck(folder: URL) throws -> Output {
        let files = GoldenComparison.listFiles(in: folder).filter { $0.hasSuffix(".swift") }.map {
            folder.appendingPathComponent($0).path
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments =
            ["swiftc", "-typecheck", "-wmo", "-swift-version", "6", "-warnings-as-errors", "-module-name", "Fixture"]
            + files
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, text: String(decoding: data, as: UTF8.self))
    }
}

/// Collects results from concurrent workers.
private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var outputs: [SwiftCompiler.Output?]

    init(count: Int) {
        outputs = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ output: SwiftCompiler.Output) {
        lock.withLock { outputs[index] = output }
    }

    var values: [SwiftCompiler.Output] {
        lock.withLock { outputs.map { $0 ?? SwiftCompiler.Output(status: -1, text: "no result") } }
    }
}
