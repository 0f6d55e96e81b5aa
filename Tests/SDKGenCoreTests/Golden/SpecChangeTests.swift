import Foundation
import XCTest
@testable import SDKGenCore

/// Regenerating from the next version of the Files document changes only what the document changed:
/// declarations of unchanged schemas are byte-identical, and names of unchanged things stay the same.
final class SpecChangeTests: XCTestCase {
    private func generate(_ file: String) throws -> [String: String] {
        let path = RepositoryPaths.root.appendingPathComponent("spec/\(file)").path
        let result = try Pipeline.generate(specPath: path, options: GeneratorOptions(moduleName: "OpenRouterFiles"))
        var files: [String: String] = [:]
        for file in result.files { files[file.path] = body(file.contents) }
        return files
    }

    /// The file without its three header lines.
    private func body(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(3).joined(separator: "\n")
    }

    func testUnchangedSchemasKeepIdenticalDeclarations() throws {
        let before = try generate("openrouter-files.openapi.yaml")
        let after = try generate("openrouter-files.next.openapi.yaml")
        let unchanged = [
            "BadRequestResponse", "UnauthorizedResponse", "ForbiddenResponse", "NotFoundResponse",
            "PayloadTooLargeResponse", "TooManyRequestsResponse", "InternalServerResponse",
        ]
        for name in unchanged {
            for file in ["Models/\(name).swift", "Models/\(name)ErrorData.swift"] {
                XCTAssertNotNil(before[file], file)
                XCTAssertEqual(before[file], after[file], "\(file) changed although its schema did not")
            }
        }
        // Both documents page and upload, so they carry the same runtime, and it is identical.
        let runtime = before.keys.filter { $0.hasPrefix("Runtime/") && after[$0] != nil }
        XCTAssertEqual(
            Set(runtime),
            Set(
                RuntimeSelection.coreTemplateNames + RuntimeSelection.templateNames(of: .multipart)
                    + RuntimeSelection.templateNames(of: .pagination)))
        for file in runtime { XCTAssertEqual(before[file], after[file], file) }
    }

    /// Headers name neither the document nor its hash: a file whose body did not change is byte-identical, and
    /// only `GeneratedFrom.swift` records the document.
    func testFilesWhoseBodyDidNotChangeAreByteIdentical() throws {
        let options = GeneratorOptions(moduleName: "OpenRouterFiles", headerComment: "Copyright Example.")
        let path = { (file: String) in RepositoryPaths.root.appendingPathComponent("spec/\(file)").path }
        let before = try Pipeline.generate(specPath: path("openrouter-files.openapi.yaml"), options: options).files
        let after = try Pipeline.generate(specPath: path("openrouter-files.next.openapi.yaml"), options: options).files
        let afterByPath = Dictionary(uniqueKeysWithValues: after.map { ($0.path, $0.contents) })
        var identical = 0
        for file in before {
            guard let next = afterByPath[file.path], body(next) == body(file.contents) else { continue }
            XCTAssertEqual(next, file.contents, "\(file.path): only its header changed")
            identical += 1
        }
        XCTAssertGreaterThan(identical, 20)
        let header = before[0].contents.split(separator: "\n").prefix(3).joined(separator: "\n")
        XCTAssertFalse(header.contains("openrouter-files"), header)
        XCTAssertTrue(header.contains(" Copyright Example."), header)
        let constants = try XCTUnwrap(afterByPath["Client/GeneratedFrom.swift"])
        XCTAssertTrue(constants.contains("documentFileName = \"openrouter-files.next.openapi.yaml\""), constants)
    }

    func testOperationAndErrorNamesSurviveTheChange() throws {
        let before = try generate("openrouter-files.openapi.yaml")
        let after = try generate("openrouter-files.next.openapi.yaml")
        // Every single-call method stays. (The page sequences go: the next document's list response is a
        // `oneOf` of three page shapes, for which sdkgen does not generate pagination; it warns instead.)
        let methods = { (files: [String: String]) in
            Set(self.matches(#"public func (\w+)\("#, in: files["Operations/FilesAPI.swift"] ?? ""))
        }
        let singleCall = methods(before).filter { !$0.hasSuffix("Pages") && !$0.hasSuffix("Items") }
        XCTAssertEqual(singleCall, ["list", "upload", "delete", "retrieve", "download"])
        XCTAssertTrue(singleCall.isSubset(of: methods(after)), "\(singleCall.subtracting(methods(after)))")
        let errors = { (files: [String: String]) in
            Set(self.matches(#"    case (\w+)\("#, in: files["Operations/FilesAPI+Errors.swift"] ?? ""))
        }
        XCTAssertTrue(errors(before).isSubset(of: errors(after)))
        XCTAssertTrue(errors(after).contains("badGateway"), "the next document adds 502")
        let signature = #"public func retrieve\(\n        fileId: String,"#
        XCTAssertNotNil(before["Operations/FilesAPI.swift"]?.range(of: signature, options: .regularExpression))
        XCTAssertNotNil(after["Operations/FilesAPI.swift"]?.range(of: signature, options: .regularExpression))
    }

    func testJSONVersionOfADocumentGeneratesIdenticalOutput() throws {
        let yamlPath = RepositoryPaths.spec.path
        let root = try DocumentLoader.load(contentsOf: yamlPath)
        let json = Data(PlainJSON.text(root).utf8)
        let jsonPath = FileManager.default.temporaryDirectory.appendingPathComponent(
            "openrouter-files-\(UUID().uuidString).json")
        try json.write(to: jsonPath)
        defer { try? FileManager.default.removeItem(at: jsonPath) }
        let options = GeneratorOptions(moduleName: "OpenRouterFiles")
        // Everything but the record of the document's file name and bytes is identical, headers included.
        let recordsTheDocument = { (file: GeneratedFile) in file.path == "Client/GeneratedFrom.swift" }
        let fromYAML = try Pipeline.generate(specPath: yamlPath, options: options).files
        let fromJSON = try Pipeline.generate(specPath: jsonPath.path, options: options).files
        XCTAssertEqual(fromYAML.filter { !recordsTheDocument($0) }, fromJSON.filter { !recordsTheDocument($0) })
        XCTAssertEqual(fromYAML.map(\.path), fromJSON.map(\.path))
    }

    private func matches(_ pattern: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}

/// A node tree written out as JSON, keys in document order.
enum PlainJSON {
    static func text(_ node: Node, indent: String = "") -> String {
        let inner = indent + "  "
        switch node.kind {
        case .scalar(.string(let text)): return quoted(text)
        case .scalar(.int(let number)): return String(number)
        case .scalar(.double(let number)): return String(number)
        case .scalar(.bool(let flag)): return flag ? "true" : "false"
        case .scalar(.null): return "null"
        case .sequence(let items):
            if items.isEmpty { return "[]" }
            return "[\n" + items.map { inner + text($0, indent: inner) }.joined(separator: ",\n") + "\n" + indent + "]"
        case .mapping(let mapping):
            if mapping.entries.isEmpty { return "{}" }
            let lines = mapping.entries.map { inner + quoted($0.key) + ": " + text($0.value, indent: inner) }
            return "{\n" + lines.joined(separator: ",\n") + "\n" + indent + "}"
        }
    }

    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 {
                    result += String(format: "\\u%04x", scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
