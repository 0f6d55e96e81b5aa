import Foundation
import XCTest
@testable import SDKGenCore

/// Every reserved identifier is one the template it protects really declares or uses: a list that drifted from
/// its template would either reserve for nothing or let a document's name shadow a template's.
final class ReservedNamesTests: XCTestCase {
    /// Each list, the templates it protects, and for members Swift synthesizes, the text that makes Swift do so.
    private let table: [(names: Set<String>, templates: [String], synthesizedBy: [String: String])] = [
        (ReservedNames.clientMembers, ["Client.swift"], [:]),
        (ReservedNames.globalsMembers, ["Client.swift"], [:]),
        (ReservedNames.groupMembers, ["OperationGroup.swift"], [:]),
        (ReservedNames.operationLocals, ["Partials/Operation", "Partials/Download"], [:]),
        (ReservedNames.structMembers, ["Partials/Struct"], [:]),
        (ReservedNames.openEnumMembers, ["Partials/OpenEnum"], [:]),
        (ReservedNames.discriminatedUnionMembers, ["Partials/Union"], [:]),
        (
            ReservedNames.closedEnumMembers, ["Partials/Enum"],
            ["rawValue": ": {{rawType}}", "allCases": "CaseIterable"]
        ),
    ]

    func testEveryReservedNameAppearsInTheTemplateThatNeedsIt() throws {
        let texts = TemplateSet.embedded.texts
        for entry in table {
            let text = try entry.templates.map { try XCTUnwrap(texts[$0], "no template \($0)") }.joined(separator: "\n")
            for name in entry.names.sorted() {
                let found =
                    entry.synthesizedBy[name].map { text.contains($0) }
                    ?? (text.range(of: "\\b\(name)\\b", options: .regularExpression) != nil)
                XCTAssertTrue(
                    found,
                    "'\(name)' is reserved for \(entry.templates.joined(separator: ", ")), which never mention it")
            }
        }
    }
}
