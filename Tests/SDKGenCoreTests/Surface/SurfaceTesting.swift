import Foundation
@testable import SDKGenCore

/// Surfaces and reports of small inline documents (the part after `openapi` and `info`).
enum SurfaceTesting {
    /// The surface generating `yaml` records.
    static func surface(_ yaml: String) throws -> APISurface {
        let root = try InlineDocument.node(Snippet.header + yaml)
        return try Pipeline.generate(
            root: root, file: "test.yaml",
            source: SourceDescription(
                fileName: "test.yaml",
                sha256: "0"),
            options: GeneratorOptions(moduleName: "Snippet")
        ).surface
    }

    /// The changes from the API of `old` to that of `new`.
    static func report(_ old: String, _ new: String) throws -> APIChangeReport {
        APIChangeReport(old: try surface(old), new: try surface(new), codeChanged: true)
    }

    /// `impact symbol: summary details` of every change, for compact assertions.
    static func lines(_ report: APIChangeReport) -> [String] {
        report.changes.map { "\($0.impact.rawValue) \(ReportText.line($0))" }
    }
}
