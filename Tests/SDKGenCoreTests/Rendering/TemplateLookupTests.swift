import Foundation
import XCTest
@testable import SDKGenCore

/// Views answer the templates' lookups by hand-written switches (`TemplateLookup/`); these tests walk every view
/// of every fixture and of the three OpenRouter documents with `Mirror` and check that each stored property is
/// answered by name with its value, as the templates read it (literals as their code, comment text as its text).
final class TemplateLookupTests: XCTestCase {
    /// Every view type of `Rendering/`: each must be reached by the walk below, so each is checked.
    static let viewTypes: Set<String> = [
        "ModelFileView", "DeclarationView", "StructView", "AdditionalPropertiesView", "PropertyView", "EnumView",
        "EnumCaseView", "UnionView", "UnionCaseView", "DiscriminatorView", "DiscriminatorMappingView", "AliasView",
        "HeaderView", "ImportLineView", "OperationGroupView", "OperationView", "StreamView", "ArgumentView",
        "ParameterLineView", "BodyArgumentView", "FormBodyView", "FormFieldView", "SuccessCaseView", "ErrorCaseView",
        "DownloadView", "PaginationView", "OperationErrorsFileView", "OperationErrorView", "ErrorAliasView",
        "ClientView", "GroupReferenceView", "ServerView", "ServerEnumView", "GlobalView", "RetryView",
        "RuntimeFileView", "OutcomeView", "OutcomeCaseView",
        "ResponseHeadersView", "ResponseHeaderFieldView", "GeneratedFromView", "DocLine",
    ]

    func testEveryStoredPropertyOfEveryViewIsAnsweredByName() throws {
        var reached: Set<String> = []
        var labels: Set<String> = []
        for spec in Self.documents() {
            for job in try Self.jobs(spec) {
                check(job.view, at: job.path, reached: &reached, labels: &labels)
            }
        }
        XCTAssertEqual(reached.subtracting(["Array"]), Self.viewTypes, "view types not reached or not listed")
        // No key that no view has: the list is the views' stored properties, not a guess.
        XCTAssertEqual(Set(TemplateKey.allCases.map(\.rawValue)).subtracting(labels), [], "keys no view has")
    }

    func testUnknownNamesAreNotAnswered() throws {
        let view = try XCTUnwrap(Self.jobs(RepositoryPaths.spec).first { $0.view is ModelFileView }?.view)
        XCTAssertNil(view.child(named: "noSuchProperty"))
        XCTAssertNil(view.child(named: ""))
        XCTAssertNil(DocLine.blank.child(named: "texts"))
        XCTAssertNil(TemplateKey.named("noSuchProperty"))
        XCTAssertNil(TemplateKey.named(""))
        // A name no view answers parses to no key, and renders as missing (an inverted section renders).
        let template = try TemplateParser.parse("{{noSuchProperty}}{{^noSuchProperty}}none{{/noSuchProperty}}")
        XCTAssertEqual(TemplateRenderer.render(template, view: view, templates: CompiledTemplates(parsed: [:])), "none")
    }

    /// Checks `value` (a view, an array of views, or a scalar reached from one) and what it contains.
    private func check(_ value: Any, at path: String, reached: inout Set<String>, labels: inout Set<String>) {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .collection:
            for element in mirror.children { check(element.value, at: path, reached: &reached, labels: &labels) }
        case .struct:
            let typeName = "\(type(of: value))"
            guard !Self.scalarTypes.contains(typeName) else { return }
            reached.insert(typeName)
            guard let parent = value as? any TemplateContext else {
                return XCTFail("\(typeName) (in \(path)) does not answer template lookups (TemplateContext)")
            }
            for case let (label?, stored) in mirror.children {
                labels.insert(label)
                guard let key = TemplateKey.named(label) else {
                    XCTFail("\(typeName).\(label) has no TemplateKey case, so templates cannot read it (in \(path))")
                    continue
                }
                let answered = parent.templateValue(forKey: key)
                guard let expected = Self.unwrapped(stored) else {
                    if case .missing = answered { continue }
                    XCTFail("\(typeName).\(label) is nil but answered (in \(path))")
                    continue
                }
                let context = "\(typeName).\(label) (in \(path))"
                switch answered {
                case .missing:
                    XCTFail("\(typeName).\(label) is not answered (in \(path))")
                case .text(let text):
                    XCTAssertEqual("String(\(text))", Self.describe(Self.templateValue(expected)), context)
                case .flag(let flag):
                    XCTAssertEqual("Bool(\(flag))", Self.describe(Self.templateValue(expected)), context)
                case .list(let list):
                    let elements = Mirror(reflecting: expected)
                    XCTAssertEqual(elements.displayStyle, .collection, context)
                    XCTAssertEqual(list.count, elements.children.count, context)
                    check(expected, at: path, reached: &reached, labels: &labels)
                case .object(let view):
                    XCTAssertEqual("\(type(of: view))", "\(type(of: expected))", context)
                    check(view, at: path, reached: &reached, labels: &labels)
                }
            }
        default:
            return
        }
    }

    private static let scalarTypes: Set<String> = ["String", "Int", "Bool", "SwiftLiteral", "CommentText"]

    /// What a template reads for a stored value: a literal's code, a comment's text, a number's decimal text,
    /// anything else itself.
    private static func templateValue(_ value: Any) -> Any {
        switch value {
        case let literal as SwiftLiteral: literal.code
        case let comment as CommentText: comment.text
        case let number as Int: String(number)
        default: value
        }
    }

    /// A value's type and, for scalars, the value (views are compared field by field as the walk reaches them).
    private static func describe(_ value: Any) -> String {
        switch value {
        case let text as String: "String(\(text))"
        case let number as Int: "Int(\(number))"
        case let flag as Bool: "Bool(\(flag))"
        default: "\(type(of: value))"
        }
    }

    /// The wrapped value of an optional (nil when empty), or the value itself.
    private static func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first.map { unwrapped($0.value) } ?? nil
    }

    /// Every fixture document and the three OpenRouter documents.
    static func documents() -> [URL] {
        let fixtures = FixtureGoldenTests.names.map {
            RepositoryPaths.fixtures.appendingPathComponent("\($0)/openapi.yaml")
        }
        let specs = [
            "openrouter-files.openapi.yaml", "openrouter-files.next.openapi.yaml", "openrouter.openapi.yaml",
            "real-documents.openapi.yaml",
        ]
        return fixtures + specs.map { RepositoryPaths.root.appendingPathComponent("spec/\($0)") }
    }

    /// The file jobs the pipeline renders for `spec`, with an extra import so header import lines exist.
    static func jobs(_ spec: URL) throws -> [FileJob] {
        let bytes = try DocumentLoader.readFile(spec.path, name: spec.path)
        let root = try DocumentLoader.load(bytes: bytes, file: spec.path)
        let document = try XCTUnwrap(
            DocumentReader.readEvenWithErrors(root, file: spec.path, externalFiles: .fileSystem).0)
        var options = GeneratorOptions(moduleName: "Client")
        options.additionalImports = ["Dispatch"]
        let plan = try Planner.plan(document, options: options, reservedTypeNames: RuntimeTypeNames.all)
        let source = SourceDescription(fileName: spec.lastPathComponent, sha256: "0")
        return FileViewBuilder(plan: plan, source: source, runtimeTemplates: RuntimeSelection.allTemplateNames).build()
            .jobs
    }
}
