import Foundation
import XCTest
@testable import SDKGenCore

/// Schemas that contain themselves: the properties that would make a struct contain itself by value are boxed
/// (behind an accessor of the same name and type), everything else stays a plain stored property.
final class RecursiveSchemaTests: XCTestCase {
    private func generateFixture() throws -> Pipeline.Result {
        let spec = RepositoryPaths.fixtures.appendingPathComponent("recursive/openapi.yaml")
        return try Pipeline.generate(
            specPath: spec.path, displayPath: "recursive.yaml", options: GeneratorOptions(moduleName: "Recursive"))
    }

    /// `[struct: [boxed property]]` read from the generated text.
    private func boxedProperties(_ result: Pipeline.Result) -> [String: [String]] {
        var boxed: [String: [String]] = [:]
        for file in result.files where file.path.hasPrefix("Models/") {
            var currentStruct = ""
            for line in file.contents.split(separator: "\n") {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.hasPrefix("public struct ") {
                    currentStruct = String(trimmed.dropFirst("public struct ".count).prefix { $0 != ":" })
                }
                if trimmed.hasPrefix("private var _"), trimmed.contains(": _Indirect<") {
                    boxed[currentStruct, default: []].append(
                        String(trimmed.dropFirst("private var _".count).prefix { $0 != ":" }))
                }
            }
        }
        return boxed
    }

    func testOnlyPropertiesOnACycleAreBoxed() throws {
        let result = try generateFixture()
        XCTAssertEqual(
            boxedProperties(result),
            [
                "Node": ["next", "parent"],
                "Person": ["employer"],
                "Company": ["owner", "address"],
                "CompanyAddress": ["contact"],
                "Binary": ["left", "right"],
                "Step": ["before"],
                "Tagged": ["next"],
            ])
        XCTAssertEqual(
            result.diagnostics.map(\.message),
            [
                "schema 'Tree' is an array or map of itself (Tree → Tree); a Swift type alias cannot be recursive, so it is typed as any JSON value (JSONValue)"
            ])
        let node = try XCTUnwrap(result.files.first { $0.path == "Models/Node.swift" }?.contents)
        XCTAssertTrue(node.contains("    public var children: [Node]?\n"), "arrays need no box")
        XCTAssertTrue(node.contains("    public var byName: [String: Node]?\n"), "dictionaries need no box")
        XCTAssertTrue(
            node.contains(
                """
                    public var next: Node? {
                        get { _next.value }
                        set { _next = _Indirect(newValue) }
                    }
                    private var _next: _Indirect<Node?>
                """), node)
    }

    /// The boxed struct behaves like any other: value semantics, the same JSON, `Hashable`.
    func testBoxedStructsRoundTripJSONAndKeepValueSemantics() throws {
        let result = try generateFixture()
        let node = try XCTUnwrap(result.files.first { $0.path == "Models/Node.swift" }?.contents)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "sdkgen-recursive-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(node.utf8).write(to: folder.appendingPathComponent("Node.swift"))
        // The model's coding keys (`DynamicCodingKey`) come from the runtime the client carries.
        var runtime: [String] = []
        for file in result.files where file.path.hasPrefix("Runtime/") {
            let url = folder.appendingPathComponent(file.path.replacingOccurrences(of: "/", with: "-"))
            try Data(file.contents.utf8).write(to: url)
            runtime.append(url.path)
        }
        try Data(
            #"""
            import Foundation
            let json = #"{"name":"a","parent":null,"next":{"name":"b","parent":{"name":"p","parent":null}},"children":[{"name":"c","parent":null}]}"#
            let decoded = try JSONDecoder().decode(Node.self, from: Data(json.utf8))
            var copy = decoded
            copy.next?.name = "changed"
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            print(decoded.next?.name ?? "-", copy.next?.name ?? "-", decoded == copy, decoded.next?.parent?.name ?? "-")
            print(String(decoding: try encoder.encode(decoded), as: UTF8.self))
            print(Set([decoded, decoded, copy]).count)
            """#.utf8
        ).write(to: folder.appendingPathComponent("main.swift"))
        let executable = folder.appendingPathComponent("roundtrip")
        let compile = try run(
            "/usr/bin/env",
            [
                "swiftc", "-swift-version", "6", "-warnings-as-errors", "-o", executable.path,
                folder.appendingPathComponent("Node.swift").path, folder.appendingPathComponent("main.swift").path,
            ] + runtime)
        XCTAssertEqual(compile.status, 0, compile.output)
        guard compile.status == 0 else { return }
        let output = try run(executable.path, [])
        XCTAssertEqual(
            output.output,
            """
            b changed false p
            {"children":[{"name":"c","parent":null}],"name":"a","next":{"name":"b","parent":{"name":"p","parent":null}},"parent":null}
            2

            """)
    }

    private func run(_ path: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
