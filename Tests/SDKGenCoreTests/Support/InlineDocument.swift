import Foundation
@testable import SDKGenCore

/// Loads and reads small inline documents for reader and rendering tests.
enum InlineDocument {
    /// The node tree of YAML text.
    static func node(_ yaml: String, file: String = "test.yaml") throws -> Node {
        try DocumentLoader.load(bytes: Array(yaml.utf8), file: file)
    }

    /// The model of YAML text, or nil with the diagnostics.
    static func read(_ yaml: String) throws -> (document: APIDocument?, diagnostics: [Diagnostic]) {
        DocumentReader.read(try node(yaml), file: "test.yaml")
    }

    /// The generated files of YAML text, keyed by path.
    static func generate(_ yaml: String, module: String = "Fixture") throws -> (
        files: [String: String], diagnostics: [Diagnostic]
    ) {
        let result = try Pipeline.generate(
            root: try node(yaml), file: "test.yaml",
            source: SourceDescription(fileName: "test.yaml", sha256: "0"),
            options: GeneratorOptions(moduleName: module))
        var files: [String: String] = [:]
        for file in result.files { files[file.path] = file.contents }
        return (files, result.diagnostics)
    }
}
