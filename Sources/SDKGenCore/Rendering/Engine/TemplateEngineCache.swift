import Foundation

/// Template engines (their parsed templates) by template set, so a process parses each set once (the embedded set once for
/// every client of a config file and every test; a `--templates` override once per run).
///
/// Parsing the templates was more than half of the instructions of generating a small document. The cache
/// keeps the few most recent sets: a run uses one or two, and tests that make many small sets should not keep
/// them all.
final class TemplateEngineCache: @unchecked Sendable {
    /// The cache every `TemplateSet.engine()` call shares.
    static let shared = TemplateEngineCache(capacity: 4)

    // Guarded by `lock`; most recently used last.
    private let lock = NSLock()
    private var entries: [(texts: [String: String], engine: TemplateEngine)] = []
    private let capacity: Int

    /// A cache that keeps the `capacity` most recently used libraries.
    init(capacity: Int) {
        self.capacity = capacity
    }

    /// The engine for `texts`, made with `make` when the cache has none (errors are not cached).
    ///
    /// `make` runs outside the lock; two threads asking for a new set at once may both parse it, and one result
    /// is kept (they are equal).
    func engine(
        for texts: [String: String],
        make: () throws(DiagnosticError) -> TemplateEngine
    ) throws(DiagnosticError) -> TemplateEngine {
        if let cached = lookUp(texts) { return cached }
        let engine = try make()
        lock.withLock {
            if !entries.contains(where: { $0.texts == texts }) {
                entries.append((texts, engine))
                if entries.count > capacity { entries.removeFirst(entries.count - capacity) }
            }
        }
        return engine
    }

    /// How many engines the cache holds (for tests).
    var count: Int { lock.withLock { entries.count } }

    private func lookUp(_ texts: [String: String]) -> TemplateEngine? {
        lock.withLock {
            guard let index = entries.firstIndex(where: { $0.texts == texts }) else { return nil }
            let entry = entries.remove(at: index)
            entries.append(entry)
            return entry.engine
        }
    }
}
