import Foundation
import XCTest
@testable import SDKGenCore

/// Rules the templates must keep: swift-mustache fails silently, so these checks stand in for it.
final class TemplateRulesTests: XCTestCase {
    let templates = TemplateSet.embedded.texts

    func testEveryTemplateTurnsOffHTMLEscaping() {
        for (name, text) in templates {
            XCTAssertTrue(text.hasPrefix("{{%CONTENT_TYPE: TEXT}}\n"), "\(name) must start with the TEXT pragma")
        }
    }

    func testEveryPartialIsUsedAndEveryUsedPartialExists() {
        let partials = Set(
            templates.keys.filter { $0.hasPrefix("Partials/") }.map { String($0.dropFirst("Partials/".count)) })
        var used: Set<String> = []
        for text in templates.values {
            for tag in tags(in: text) where tag.hasPrefix(">") {
                used.insert(tag.dropFirst().trimmingCharacters(in: .whitespaces))
            }
        }
        XCTAssertEqual(used, partials)
    }

    func testEveryTopLevelTemplateIsRendered() throws {
        let topLevel = Set(templates.keys.filter { !$0.hasPrefix("Partials/") && !$0.hasPrefix("Runtime/") })
        XCTAssertEqual(
            topLevel,
            ["Client.swift", "GeneratedFrom.swift", "Model.swift", "OperationErrors.swift", "OperationGroup.swift"])
        let result = try Pipeline.generate(
            specPath: RepositoryPaths.spec.path, options: GeneratorOptions(moduleName: "OpenRouterFiles"))
        let runtime = Set(result.files.map(\.path).filter { $0.hasPrefix("Runtime/") })
        XCTAssertEqual(runtime, Set(RuntimeSelection.templateNames(for: [.multipart, .pagination])))
    }

    /// Each `{{key}}` a template names is a stored property of some view model (mustache renders a missing key as nothing).
    func testEveryKeyIsAViewModelProperty() throws {
        let folder = RepositoryPaths.root.appendingPathComponent("Sources/SDKGenCore/Rendering")
        var properties: Set<String> = []
        for path in GoldenComparison.listFiles(in: folder) where path.hasSuffix(".swift") {
            let text = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
            for line in text.split(separator: "\n") {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                // Stored properties: `let`, or `var` where a builder derives one view from another.
                guard trimmed.hasPrefix("let ") || trimmed.hasPrefix("var ") else { continue }
                properties.insert(String(trimmed.dropFirst(4).prefix { $0.isLetter || $0.isNumber }))
            }
        }
        for (name, text) in templates {
            for tag in tags(in: text) where !tag.hasPrefix(">") && !tag.hasPrefix("%") && !tag.hasPrefix("!") {
                let key = tag.trimmingCharacters(in: CharacterSet(charactersIn: "#^/{} "))
                XCTAssertTrue(properties.contains(key), "\(name) uses '\(key)', which no view model declares")
            }
        }
    }

    func testRuntimeTemplatesUseOnlyTheAccessKey() {
        for (name, text) in templates where name.hasPrefix("Runtime/") {
            let keys = Set(tags(in: text).filter { !$0.hasPrefix("%") && !$0.hasPrefix(">") })
            XCTAssertTrue(keys.isSubset(of: ["access"]), "\(name) uses \(keys.subtracting(["access"]))")
        }
    }

    private func tags(in text: String) -> [String] {
        var result: [String] = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            guard let close = rest[open.upperBound...].range(of: "}}") else { break }
            var tag = String(rest[open.upperBound..<close.lowerBound])
            if tag.hasPrefix("{") { tag.removeFirst() }
            result.append(tag)
            rest = rest[close.upperBound...]
        }
        return result
    }
}
