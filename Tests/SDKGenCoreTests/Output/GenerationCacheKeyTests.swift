import XCTest

@testable import SDKGenCore

/// The options' part of the up-to-date cache's key: written out by hand, so it must name every option.
final class GenerationCacheKeyTests: XCTestCase {
    func testTheKeyTextNamesEveryStoredOption() {
        let options = GeneratorOptions(moduleName: "API")
        let labels = Mirror(reflecting: options).children.compactMap(\.label)
        XCTAssertGreaterThanOrEqual(labels.count, 11)
        for label in labels {
            XCTAssertTrue(options.keyText.contains(" \(label)=") || options.keyText.hasPrefix("\(label)="), label)
        }
    }

    func testEveryOptionChangesTheKeyText() {
        let base = GeneratorOptions(moduleName: "API")
        var changes: [(String, (inout GeneratorOptions) -> Void)] = [
            ("moduleName", { $0.moduleName = "Other" }), ("accessLevel", { $0.accessLevel = .package }),
            ("clientName", { $0.clientName = "Client" }), ("environmentPrefix", { $0.environmentPrefix = "API" }),
            ("includeTags", { $0.includeTags = ["files"] }), ("includeOperations", { $0.includeOperations = ["list"] }),
            ("additionalImports", { $0.additionalImports = ["Logging"] }), ("headerComment", { $0.headerComment = "" }),
            ("singleFile", { $0.singleFile = true }), ("idempotencyHeaders", { $0.idempotencyHeaders = ["X-Key"] }),
            ("runtime", { $0.runtime = .module }),
        ]
        // Quoting keeps values apart: one tag with a comma is not two tags.
        changes.append(("includeTags quoting", { $0.includeTags = ["a\", \"b"] }))
        var seen: Set<String> = [base.keyText]
        for (name, change) in changes {
            var changed = base
            change(&changed)
            XCTAssertTrue(seen.insert(changed.keyText).inserted, name)
        }
        var twoTags = base
        twoTags.includeTags = ["a", "b"]
        XCTAssertTrue(seen.insert(twoTags.keyText).inserted)
    }
}
