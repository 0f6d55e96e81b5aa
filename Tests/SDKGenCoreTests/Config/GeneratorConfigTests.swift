import Foundation
import XCTest
@testable import SDKGenCore

/// `sdkgen.yaml`: every key read, mistakes reported at file:line:column, paths relative to the file's folder.
final class GeneratorConfigTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("sdkgen-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("spec"), withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func write(_ text: String, to name: String = "spec/sdkgen.yaml") throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    private func errors(_ text: String, file: String = "spec/sdkgen.yaml") throws -> [Diagnostic] {
        let path = try write(text, to: file)
        do {
            _ = try GeneratorConfig.load(path: path)
            XCTFail("expected the config to be rejected:\n\(text)")
            return []
        } catch {
            return error.diagnostics
        }
    }

    func testEveryKeyIsRead() throws {
        let path = try write(
            """
            clients:
              - spec: api.yaml
                output: ../Sources/API
                module: API
                access: internal
                clientName: ShopClient
                environmentPrefix: SHOP
                includeTags: [Orders, Users]
                includeOperations:
                  - listOrders
                additionalImports: [Logging, "@preconcurrency import Dispatch"]
                headerComment: Copyright Example Inc.
                singleFile: true
                templates: ../Templates
                runtime: module
            """)
        let config = try GeneratorConfig.load(path: path)
        XCTAssertEqual(config.clients.count, 1)
        XCTAssertEqual(config.warnings, [])
        let client = try XCTUnwrap(config.clients.first)
        let base = folder.standardizedFileURL.path
        XCTAssertEqual(client.spec, base + "/spec/api.yaml")
        XCTAssertEqual(client.output, base + "/Sources/API")
        XCTAssertEqual(client.templates, base + "/Templates")
        var expected = GeneratorOptions(
            moduleName: "API", accessLevel: .internal, clientName: "ShopClient", environmentPrefix: "SHOP",
            includeTags: ["Orders", "Users"], includeOperations: ["listOrders"],
            additionalImports: ["Logging", "@preconcurrency import Dispatch"],
            headerComment: "Copyright Example Inc.",
            singleFile: true)
        expected.runtime = .module
        XCTAssertEqual(client.options, expected)
    }

    func testDefaultsAndTopLevelSingleClient() throws {
        let path = try write("spec: api.yaml\noutput: Out\nmodule: API\n")
        let client = try XCTUnwrap(GeneratorConfig.load(path: path).clients.first)
        XCTAssertEqual(client.options, GeneratorOptions(moduleName: "API"))
        XCTAssertEqual(client.options.accessLevel, .public)
        XCTAssertEqual(client.options.runtime, .embedded)
        XCTAssertNil(client.templates)
    }

    func testClientsKeepFileOrder() throws {
        let path = try write(
            """
            clients:
              - {spec: b.yaml, output: B, module: B}
              - {spec: a.yaml, output: A, module: A}
            """)
        XCTAssertEqual(try GeneratorConfig.load(path: path).clients.map(\.options.moduleName), ["B", "A"])
    }

    /// Relative paths belong to the config's folder, wherever sdkgen runs; absolute paths stay as written.
    func testPathsResolveAgainstTheConfigFolderNotTheCurrentFolder() throws {
        let path = try write(
            "spec: ./nested/../api.yaml\noutput: ../Generated/API\nmodule: API\ntemplates: /opt/templates\n")
        // The same file named relative to the current folder (`../../tmp/…`), as `--config` may name it.
        let depth = FileManager.default.currentDirectoryPath.split(separator: "/").count
        let relativeToCurrent = String(repeating: "../", count: depth) + path.dropFirst()
        for configPath in [path, relativeToCurrent] {
            let client = try XCTUnwrap(GeneratorConfig.load(path: configPath).clients.first)
            XCTAssertEqual(client.spec, folder.standardizedFileURL.path + "/spec/api.yaml", configPath)
            XCTAssertEqual(client.output, folder.standardizedFileURL.path + "/Generated/API", configPath)
            XCTAssertEqual(client.templates, "/opt/templates", configPath)
        }
    }

    func testIdempotencyHeadersAreRead() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sdkgen-idem-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("sdkgen.yaml").path
        try "spec: a.yaml\noutput: out\nmodule: A\nidempotencyHeaders: [X-Dedup-Token]\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let options = try GeneratorConfig.load(path: path).clients[0].options
        XCTAssertEqual(options.idempotencyHeaders, ["X-Dedup-Token"])
        XCTAssertTrue(options.isIdempotencyHeader("x-dedup-token"))
        XCTAssertTrue(options.isIdempotencyHeader("idempotency-key"))
        XCTAssertFalse(options.isIdempotencyHeader("X-Trace"))
    }

    func testUnknownKeyIsAnErrorAtItsLineAndColumn() throws {
        let diagnostics = try errors(
            """
            clients:
              - spec: api.yaml
                output: Out
                module: API
                acess: internal
            """)
        XCTAssertEqual(diagnostics.count, 1)
        let diagnostic = try XCTUnwrap(diagnostics.first)
        XCTAssertEqual(diagnostic.severity, .error)
        XCTAssertEqual(diagnostic.location?.line, 5)
        XCTAssertEqual(diagnostic.location?.column, 5)
        XCTAssertTrue(diagnostic.location?.file.hasSuffix("spec/sdkgen.yaml") == true)
        XCTAssertTrue(
            diagnostic.description.hasSuffix(
                "spec/sdkgen.yaml:5:5: error: unknown key 'acess'; known keys are access, additionalImports, clientName, environmentPrefix, headerComment, idempotencyHeaders, includeOperations, includeTags, module, output, runtime, singleFile, spec, templates"
            ),
            diagnostic.description)
    }

    func testKeyNextToClientsIsAnError() throws {
        let diagnostics = try errors("access: public\nclients:\n  - {spec: a.yaml, output: A, module: A}\n")
        XCTAssertEqual(diagnostics.map { "\($0.location!.line):\($0.location!.column)" }, ["1:1"])
        XCTAssertTrue(diagnostics[0].message.contains("unknown key 'access' next to 'clients'"), diagnostics[0].message)
    }

    func testWrongTypesAreErrorsAtTheValue() throws {
        let diagnostics = try errors(
            """
            spec: api.yaml
            output: Out
            module: API
            access: secret
            clientName: [A, B]
            includeTags: Orders
            includeOperations: [listOrders, 3]
            singleFile: "yes"
            headerComment: {text: hi}
            runtime: shared
            """)
        let byLine = Dictionary(uniqueKeysWithValues: diagnostics.map { ($0.location!.line, $0) })
        XCTAssertEqual(diagnostics.count, 7, diagnostics.map(\.description).joined(separator: "\n"))
        XCTAssertTrue(diagnostics.allSatisfy { $0.severity == .error })
        XCTAssertEqual(byLine[4]?.message, "access must be public, package or internal, not 'secret'")
        XCTAssertEqual(byLine[4]?.location?.column, 9)
        XCTAssertEqual(
            byLine[5]?.message.hasPrefix("'clientName' must be a string, found"), true, byLine[5]?.message ?? "")
        XCTAssertEqual(byLine[6]?.message, "'includeTags' must be a list of strings")
        XCTAssertEqual(byLine[7]?.message, "'includeOperations' must be a list of strings")
        XCTAssertEqual(byLine[8]?.message, "'singleFile' must be true or false")
        XCTAssertEqual(byLine[9]?.message.hasPrefix("'headerComment' must be a string"), true, byLine[9]?.message ?? "")
        XCTAssertEqual(byLine[10]?.message, "runtime must be embedded or module, not 'shared'")
        XCTAssertEqual(byLine[10]?.location?.column, 10)
    }

    func testMissingRequiredKeysAndNonMappingClients() throws {
        let missing = try errors("spec: api.yaml\n")
        XCTAssertEqual(Set(missing.map(\.message)), ["missing 'output'"], "reading stops at the first missing key")
        let list = try errors("clients: api.yaml\n")
        XCTAssertEqual(list.map(\.message), ["'clients' must be a list of client settings"])
        let entry = try errors("clients:\n  - api.yaml\n")
        XCTAssertEqual(entry.first?.location?.line, 2)
        XCTAssertEqual(entry.first?.location?.column, 5)
    }

    func testAdditionalImportsMustBeModulesOrImportDeclarations() throws {
        let diagnostics = try errors(
            """
            spec: api.yaml
            output: Out
            module: API
            additionalImports:
              - Good
              - "Two Words"
              - "import Foundation; print(1)"
            """)
        XCTAssertEqual(diagnostics.map { $0.location!.line }, [6, 7])
        XCTAssertEqual(ImportLine.line(for: "Logging"), "import Logging")
        XCTAssertEqual(ImportLine.line(for: "Foo.Bar"), "import Foo.Bar")
        XCTAssertEqual(ImportLine.line(for: "@preconcurrency  import Dispatch"), "@preconcurrency import Dispatch")
        XCTAssertEqual(ImportLine.line(for: "public import struct Foo.Bar"), "public import struct Foo.Bar")
        XCTAssertEqual(ImportLine.line(for: "@_spi(Tools) import Foo"), "@_spi(Tools) import Foo")
        XCTAssertNil(ImportLine.line(for: "@_spi() import Foo"))
        XCTAssertNil(ImportLine.line(for: "@_spi(a;b) import Foo"))
        XCTAssertNil(ImportLine.line(for: "@_spi(a)(b) import Foo"))
        XCTAssertNil(ImportLine.line(for: ""))
        XCTAssertNil(ImportLine.line(for: "import"))
        XCTAssertNil(ImportLine.line(for: "Foo\nlet x = 1"))
        XCTAssertNil(ImportLine.line(for: "import Foo Bar"))
    }

    func testMissingAndEmptyFilesAreErrors() throws {
        XCTAssertThrowsError(try GeneratorConfig.load(path: folder.appendingPathComponent("none.yaml").path)) { error in
            XCTAssertTrue(String(describing: error).contains("none.yaml"), String(describing: error))
        }
        let diagnostics = try errors("")
        XCTAssertEqual(diagnostics.map(\.message), ["the document is empty"])
    }

    // MARK: - One client with command-line overrides (the build plugin's target-local config)

    func testOverridesSupplySpecOutputAndModule() throws {
        let path = try write("access: internal\nclientName: Files\n")
        let overrides = GeneratorConfig.Overrides(spec: "/work/api.yaml", output: "/tmp/out", module: "Target")
        let config = try GeneratorConfig.load(path: path, overrides: overrides)
        let client = try XCTUnwrap(config.clients.first)
        XCTAssertEqual(client.spec, "/work/api.yaml")
        XCTAssertEqual(client.output, "/tmp/out")
        XCTAssertEqual(client.options.moduleName, "Target")
        XCTAssertEqual(client.options.accessLevel, .internal)
        XCTAssertEqual(client.options.clientName, "Files")
        XCTAssertEqual(config.warnings, [])
    }

    func testOverriddenKeysAreWarnings() throws {
        let path = try write("spec: other.yaml\nmodule: Other\n")
        let overrides = GeneratorConfig.Overrides(spec: "/work/api.yaml", output: "/tmp/out", module: "Target")
        let config = try GeneratorConfig.load(path: path, overrides: overrides)
        XCTAssertEqual(config.clients.first?.options.moduleName, "Target")
        XCTAssertEqual(config.warnings.map(\.severity), [.warning, .warning])
        XCTAssertEqual(config.warnings.map { $0.location!.line }, [1, 2])
        XCTAssertEqual(config.warnings.last?.message, "'module' is ignored: --module on the command line sets it")
    }

    func testOverridesNeedExactlyOneClient() throws {
        let path = try write(
            "clients:\n  - {spec: a.yaml, output: A, module: A}\n  - {spec: b.yaml, output: B, module: B}\n")
        let overrides = GeneratorConfig.Overrides(spec: "/a.yaml", output: "/A", module: "A")
        XCTAssertThrowsError(try GeneratorConfig.load(path: path, overrides: overrides)) { error in
            XCTAssertTrue(
                String(describing: error).contains("must describe one client, not 2"), String(describing: error))
        }
    }
}
