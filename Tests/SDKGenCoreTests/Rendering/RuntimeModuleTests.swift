import Foundation
import XCTest
@testable import SDKGenCore
@testable import TemplateEmbedder

/// `runtime: module`: the client is the embedded client without `Runtime/`, each file importing `SDKGenRuntime`.
final class RuntimeModuleTests: XCTestCase {
    private func generate(runtime: GeneratorOptions.RuntimePlacement, imports: [String] = []) throws -> [String: String]
    {
        var options = GeneratorOptions(moduleName: "OpenRouterFiles", additionalImports: imports)
        options.runtime = runtime
        let result = try Pipeline.generate(specPath: RepositoryPaths.spec.path, options: options)
        return Dictionary(uniqueKeysWithValues: result.files.map { ($0.path, $0.contents) })
    }

    func testAModuleClientIsTheEmbeddedClientWithoutRuntimeFilesImportingTheModule() throws {
        let embedded = try generate(runtime: .embedded)
        let module = try generate(runtime: .module)
        XCTAssertEqual(Set(module.keys), Set(embedded.keys.filter { !$0.hasPrefix("Runtime/") }))
        XCTAssertGreaterThan(module.count, 20)
        for (path, text) in module {
            let line =
                path == "Client/GeneratedFrom.swift"
                ? "@_exported import SDKGenRuntime" : "@_spi(Generated) import SDKGenRuntime"
            XCTAssertTrue(text.contains("\nimport Foundation\n\(line)\n"), "\(path) lacks \(line) after Foundation")
            var expected = embedded[path] ?? ""
            if path == "Client/GeneratedFrom.swift", let requirement = Self.requirement(in: text) {
                expected = expected.replacingOccurrences(
                    of: "\n\nextension ", with: "\n\n" + requirement + "extension ")
            }
            XCTAssertEqual(text.replacingOccurrences(of: "\(line)\n", with: ""), expected, path)
        }
    }

    /// The comment and type alias naming the runtime's version in a module client's `GeneratedFrom.swift`.
    private static func requirement(in text: String) -> String? {
        guard let start = text.range(of: "// This client needs the SDKGenRuntime"),
            let end = text.range(of: "\n\nextension ", range: start.upperBound..<text.endIndex)
        else { return nil }
        return String(text[start.lowerBound..<end.lowerBound]) + "\n\n"
    }

    func testAModuleClientNamesTheRuntimeOfItsGeneratorVersion() throws {
        let module = try XCTUnwrap(try generate(runtime: .module)["Client/GeneratedFrom.swift"])
        XCTAssertEqual(
            RuntimeModule.versionType,
            "SDKGenRuntimeVersion.sdkgen_" + GeneratorVersion.current.replacingOccurrences(of: ".", with: "_"))
        XCTAssertTrue(
            module.contains("\nprivate typealias RequiredRuntime = \(RuntimeModule.versionType)\n"), module)
        XCTAssertNotNil(Self.requirement(in: module))
        let embedded = try XCTUnwrap(try generate(runtime: .embedded)["Client/GeneratedFrom.swift"])
        XCTAssertFalse(embedded.contains("RequiredRuntime"), "an embedded client carries its own runtime")
        // The runtime module declares exactly that member: bumping the generator's version means bumping it.
        let source = try String(
            contentsOf: RepositoryPaths.root.appendingPathComponent(
                "Sources/SDKGenRuntime/\(EmbeddedSource.moduleOnlyFolder)/RuntimeVersion.swift"),
            encoding: .utf8)
        let member = String(RuntimeModule.versionType.split(separator: ".").last ?? "")
        XCTAssertTrue(source.contains("public enum SDKGenRuntimeVersion {"), source)
        XCTAssertTrue(source.contains("    public enum \(member) {}\n"), "RuntimeVersion.swift must declare \(member)")
        XCTAssertFalse(
            TemplateSet.embedded.texts.keys.contains { $0.contains("RuntimeVersion") },
            "the version type is not part of an embedded runtime")
    }

    func testTheConfigsImportsFollowTheRuntimeModule() throws {
        let module = try generate(runtime: .module, imports: ["Dispatch"])
        let operations = try XCTUnwrap(module["Operations/FilesAPI.swift"])
        XCTAssertTrue(
            operations.contains("\nimport Foundation\n@_spi(Generated) import SDKGenRuntime\nimport Dispatch\n"),
            String(operations.prefix(400)))
    }

    func testASingleFileHasOneImportBlockWithBothRuntimeImports() throws {
        var options = GeneratorOptions(moduleName: "OpenRouterFiles", singleFile: true)
        options.runtime = .module
        let text = try XCTUnwrap(
            Pipeline.generate(specPath: RepositoryPaths.spec.path, options: options).files.first?.contents)
        XCTAssertTrue(
            text.contains(
                "\n\nimport Foundation\n@_exported import SDKGenRuntime\n@_spi(Generated) import SDKGenRuntime\n\n"),
            String(text.prefix(400)))
        XCTAssertEqual(text.components(separatedBy: "import SDKGenRuntime\n").count, 3)
    }

    func testTheGeneratedFilesImportTheSPIThatTheEmbedderInternalizes() {
        // The runtime marks what only generated code calls `@_spi(Generated) public`; an embedded client gets those
        // declarations internal (TemplateEmbedder drops the marker), a module client imports the same SPI.
        XCTAssertEqual(RuntimeTemplate.generatedCodeOnly, "@_spi(Generated) ")
        XCTAssertTrue(RuntimeModule.generatedCodeImport.hasPrefix(RuntimeTemplate.generatedCodeOnly + "import "))
        var marked = 0
        for (name, text) in TemplateSet.embedded.texts where name.hasPrefix("Runtime/") {
            for line in text.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
                XCTAssertFalse(line.contains("@_spi"), "\(name): \(line)")
            }
            let source = try? String(
                contentsOf: RepositoryPaths.root.appendingPathComponent("Sources/SDKGenRuntime")
                    .appendingPathComponent(String(name.dropFirst("Runtime/".count))),
                encoding: .utf8)
            marked += source?.components(separatedBy: "@_spi(Generated) ").count ?? 1
        }
        XCTAssertGreaterThan(marked, 40, "the runtime sources mark their generated-code-only declarations")
    }
}
