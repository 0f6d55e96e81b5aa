import Dispatch
import Foundation
import Mustache

/// One file to render: where it goes, which template, and its view model.
struct RenderJob: @unchecked Sendable {
    // The view model is a tree of value types built before rendering and only read afterwards.
    let path: String
    let template: String
    let view: Any
}

/// Renders files on every core: each file is independent, and the library is immutable.
enum ParallelRenderer {
    static func render(_ jobs: [RenderJob], library: MustacheLibrary) throws(DiagnosticError) -> [GeneratedFile] {
        let results = RenderResults(count: jobs.count)
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in stride(from: worker, to: jobs.count, by: workers) {
                let job = jobs[index]
                let text = library.render(TemplateData.convert(job.view), withTemplate: job.template)
                results.set(index, text.map { GeneratedFile(path: job.path, contents: $0) })
            }
        }
        var files: [GeneratedFile] = []
        files.reserveCapacity(jobs.count)
        for (index, job) in jobs.enumerated() {
            guard let file = results.value(at: index) else {
                throw DiagnosticError([Diagnostic(.error, "template '\(job.template).mustache' is missing", at: nil)])
            }
            files.append(file)
        }
        return files
    }
}

/// Results written by concurrent workers, each index once.
private final class RenderResults: @unchecked Sendable {
    // Guarded by `lock`.
    private let lock = NSLock()
    private var files: [GeneratedFile?]

    init(count: Int) {
        files = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ file: GeneratedFile?) {
        lock.withLock { files[index] = file }
    }

    func value(at index: Int) -> GeneratedFile? {
        lock.withLock { files[index] }
    }
}
