import Dispatch
import Foundation

/// Renders files on every core: each file is independent, and the library is immutable.
///
/// Views answer the templates' key lookups themselves (`TemplateContext`, in `TemplateLookup/`): no reflection.
enum ParallelRenderer {
    /// Each job's file, in the jobs' order.
    static func render(_ jobs: [FileJob], engine: TemplateEngine) throws(DiagnosticError) -> [GeneratedFile] {
        let results = RenderResults(count: jobs.count)
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in stride(from: worker, to: jobs.count, by: workers) {
                let job = jobs[index]
                let text = engine.render(job.view)
                results.set(index, text.map { GeneratedFile(path: job.path, contents: $0) })
            }
        }
        var files: [GeneratedFile] = []
        files.reserveCapacity(jobs.count)
        for (index, job) in jobs.enumerated() {
            guard let file = results.value(at: index) else {
                throw DiagnosticError([
                    Diagnostic(.error, "template '\(job.view.templateName).mustache' is missing", at: nil)
                ])
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
