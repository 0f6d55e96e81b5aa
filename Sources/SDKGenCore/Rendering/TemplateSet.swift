import Foundation
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

    /// The names a template is found by: its own, and for a partial (`Partials/Struct`) also its file name
    /// (`Struct`, as `{{> Struct}}` names it). Registered in name order, a later name replacing an earlier one, as
    /// swift-mustache's library does.
    static func lookupNames(of name: String) -> [String] {
        name.hasPrefix("Partials/") ? [name, String(name.dropFirst("Partials/".count))] : [name]
    }

    /// The engine that renders this set, with every template parsed once per process for each set
    /// (`TemplateEngineCache`).
    func engine() throws(DiagnosticError) -> TemplateEngine {
        try TemplateEngineCache.shared.engine(for: texts) { () throws(DiagnosticError) in
            try TemplateEngine.make(texts: texts)
        }
    }
}
