import Dispatch
import Foundation
import Mustache
import SDKGenEmbedded

/// The templates a run renders with: the embedded set, with any file of a user's folder replacing its namesake.
public struct TemplateSet: Sendable {
    /// Template text by name (`Model.swift`, `Partials/Struct`, `Runtime/HTTPHeaders.swift`).
    public let texts: [String: String]

    /// The templates built into the binary.
    public static var embedded: TemplateSet { TemplateSet(texts: EmbeddedTemplates.all) }

    /// Creates a set from texts by name.
    public init(texts: [String: String]) {
        self.texts = texts
    }

    /// The embedded set, overridden by every `.mustache` file under `directory` (same relative names).
    public static func overridden(by directory: String) throws(DiagnosticError) -> TemplateSet {
        var texts = EmbeddedTemplates.all
        let root = URL(fileURLWithPath: directory)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DiagnosticError([
                Diagnostic(.error, "templates folder '\(directory)' does not exist or is not a folder", at: nil)
            ])
        }
        let files = FileManager.default.enumerator(atPath: directory)?.compactMap { $0 as? String } ?? []
        for relative in files.sorted() where relative.hasSuffix(".mustache") {
            let name = String(relative.dropLast(".mustache".count))
            guard texts[name] != nil else {
                throw DiagnosticError([
                    Diagnostic(
                        .error,
                        "template '\(relative)' in '\(directory)' replaces no built-in template; built-in names are like Model.swift.mustache and Partials/Struct.mustache",
                        at: nil)
                ])
            }
            guard let text = try? String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8) else {
                throw DiagnosticError([
                    Diagnostic(.error, "template '\(relative)' cannot be read as UTF-8 text", at: nil)
                ])
            }
            texts[name] = text
        }
        return TemplateSet(texts: texts)
    }

    /// A mustache library with every template registered by name, and partials also by their file name; parsed
    /// once per process for each set (`TemplateLibraryCache`).
    func library() throws(DiagnosticError) -> MustacheLibrary {
        try TemplateLibraryCache.shared.library(for: texts, make: parsedLibrary)
    }

    /// Parses every template into a new library, on every core (the templates are independent); the first
    /// template by name that does not parse is the one reported, whatever the thread count.
    func parsedLibrary() throws(DiagnosticError) -> MustacheLibrary {
        let sorted = texts.sorted(by: { $0.key < $1.key })
        let parsed = ParsedTemplates(count: sorted.count)
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in stride(from: worker, to: sorted.count, by: workers) {
                parsed.set(index, Swift.Result { try MustacheTemplate(string: sorted[index].value) })
            }
        }
        var library = MustacheLibrary()
        for (index, (name, _)) in sorted.enumerated() {
            switch parsed.value(at: index) {
            case .success(let template):
                library.register(template, named: name)
                if name.hasPrefix("Partials/") {
                    library.register(template, named: String(name.dropFirst("Partials/".count)))
                }
            case .failure(let error):
                throw DiagnosticError([
                    Diagnostic(.error, "template '\(name).mustache' does not parse: \(error)", at: nil)
                ])
            }
        }
        return library
    }
}

/// Parse results written by concurrent workers, each index once.
private final class ParsedTemplates: @unchecked Sendable {
    // Guarded by `lock`.
    private let lock = NSLock()
    private var results: [Swift.Result<MustacheTemplate, any Error>]

    init(count: Int) {
        results = Array(repeating: .failure(CancellationError()), count: count)
    }

    func set(_ index: Int, _ result: Swift.Result<MustacheTemplate, any Error>) {
        lock.withLock { results[index] = result }
    }

    func value(at index: Int) -> Swift.Result<MustacheTemplate, any Error> {
        lock.withLock { results[index] }
    }
}
