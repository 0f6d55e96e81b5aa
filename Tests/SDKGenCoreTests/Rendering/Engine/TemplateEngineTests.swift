import Foundation
import XCTest
@testable import SDKGenCore

/// The built-in renderer writes exactly what swift-mustache writes: for every file of every fixture and document
/// (the embedded templates), and for random templates of the subset with random views.
final class TemplateEngineTests: XCTestCase {
    func testTheEmbeddedTemplatesAreRenderedByTheBuiltInRenderer() throws {
        XCTAssertTrue(try TemplateSet.embedded.engine().isBuiltIn)
        // The embedded set is parsed as each template is first used, so each must parse.
        for (name, text) in TemplateSet.embedded.texts {
            XCTAssertNoThrow(try TemplateParser.parse(text), "\(name) is outside the built-in renderer's subset")
        }
    }

    func testBothEnginesWriteTheSameBytesForEveryFileOfEveryFixtureAndDocument() throws {
        let builtIn = try TemplateEngine.make(texts: TemplateSet.embedded.texts)
        let mustache = try TemplateEngine.mustache(texts: TemplateSet.embedded.texts)
        var compared = 0
        for spec in TemplateLookupTests.documents() + Self.corpusDocuments() {
            for job in try TemplateLookupTests.jobs(spec) {
                let expected = try XCTUnwrap(mustache.render(job.view), job.path)
                let rendered = try XCTUnwrap(builtIn.render(job.view), job.path)
                if rendered != expected {
                    return XCTFail(
                        "\(spec.lastPathComponent): \(job.path) differs:\n\(firstDifference(rendered, expected))")
                }
                compared += 1
            }
        }
        XCTAssertGreaterThan(compared, 1_000)
    }

    func testBothEnginesWriteTheSameBytesForRandomTemplates() throws {
        var random = SeededRandom(seed: 0x5DE_C0DE)
        var accepted = 0
        for round in 0..<3_000 {
            let partial = RandomTemplate.make(depth: 2, partials: false, using: &random)
            let main = RandomTemplate.make(depth: 3, partials: true, using: &random)
            let texts = ["Main.swift": main, "Partials/Part": partial]
            let view = RandomView.make(depth: 3, using: &random)
            guard (try? TemplateParser.parse(main)) != nil, (try? TemplateParser.parse(partial)) != nil else {
                continue
            }
            accepted += 1
            let mustache: TemplateEngine
            do {
                mustache = try TemplateEngine.mustache(texts: texts)
            } catch {
                return XCTFail(
                    "round \(round): accepted by the built-in parser, refused by swift-mustache: \(error)\n\(main)")
            }
            let builtIn = try TemplateEngine.make(texts: texts)
            XCTAssertTrue(builtIn.isBuiltIn)
            let root = RandomView(values: view.values, templateName: "Main.swift")
            let expected = mustache.render(root)
            let rendered = builtIn.render(root)
            if rendered != expected {
                return XCTFail(
                    "round \(round) differs.\ntemplate:\n\(main.debugDescription)\npartial:\n\(partial.debugDescription)\nbuilt-in:\n\((rendered ?? "nil").debugDescription)\nswift-mustache:\n\((expected ?? "nil").debugDescription)"
                )
            }
        }
        XCTAssertGreaterThan(accepted, 1_000, "too few random templates were in the subset to compare")
    }

    func testAPartialsFileNameReplacesOrYieldsToATemplateOfThatNameAsSwiftMustacheDecides() throws {
        let texts = [
            "Main.swift": "{{> Foo}}|{{> Zed}}", "Foo": "foo", "Partials/Foo": "partial foo", "Zed": "zed",
            "Partials/Zed": "partial zed",
        ]
        let view = NoteView(text: "", templateName: "Main.swift")
        let expected = try TemplateEngine.mustache(texts: texts).render(view)
        XCTAssertEqual(expected, "partial foo|zed")
        XCTAssertEqual(try TemplateEngine.make(texts: texts).render(view), expected)
        let lazily = CompiledTemplates(parsingOnFirstUse: texts)
        let main = try XCTUnwrap(lazily.template(named: "Main.swift"))
        XCTAssertEqual(TemplateRenderer.render(main, view: view, templates: lazily), expected)
    }

    func testTemplatesOutsideTheSubsetAreRenderedBySwiftMustache() throws {
        for text in [
            "{{a.b}}", "{{.}}", "{{=<% %>=}}", "{{<parent}}{{/parent}}", "{{$block}}{{/block}}", "{{> *dynamic}}",
            "{{lowercased(a)}}", "é {{a}}",
        ] {
            let engine = try TemplateEngine.make(texts: ["Main.swift": text])
            XCTAssertFalse(engine.isBuiltIn, text)
        }
    }

    func testATemplateThatDoesNotParseIsReportedByName() {
        XCTAssertThrowsError(try TemplateEngine.make(texts: ["Main.swift": "{{#open}} never closed"])) { error in
            XCTAssertTrue("\(error)".contains("Main.swift.mustache"), "\(error)")
        }
    }

    /// The corpus documents beside the repository (`../shared/corpus`), when present.
    private static func corpusDocuments() -> [URL] {
        let corpus = RepositoryPaths.root.deletingLastPathComponent().appendingPathComponent("shared/corpus")
        let names = [
            "openapi-python-client/baseline_openapi_3.0.json", "openapi-python-client/baseline_openapi_3.1.yaml",
            "openapi-python-client/3.1_specific.openapi.yaml", "openapi-python-client/openapi_3.1_enums.yaml",
            "twilio/twilio_api_v2010.yaml", "box/openapi.json",
        ]
        return names.map { corpus.appendingPathComponent($0) }.filter {
            FileManager.default.fileExists(atPath: $0.path)
        }
    }

    private func firstDifference(_ rendered: String, _ expected: String) -> String {
        let left = Array(rendered.utf8)
        let right = Array(expected.utf8)
        let index = (0..<min(left.count, right.count)).first { left[$0] != right[$0] } ?? min(left.count, right.count)
        let from = max(0, index - 80)
        return
            "built-in: \(String(decoding: left[from..<min(left.count, index + 80)], as: UTF8.self).debugDescription)\n"
            + "swift-mustache: \(String(decoding: right[from..<min(right.count, index + 80)], as: UTF8.self).debugDescription)"
    }
}

/// A view of random values for random templates: five names views answer (`TemplateKey`), and one no view does.
struct RandomView: FileView {
    indirect enum Value {
        case text(String)
        case flag(Bool)
        case number(Int)
        case list([RandomView])
        case object(RandomView)
    }

    let values: [String: Value]
    var templateName: String = "Main.swift"

    func templateValue(forKey key: TemplateKey) -> TemplateValue {
        switch values[key.rawValue] {
        case nil: .missing
        case .text(let text): text.templateValue
        case .flag(let flag): flag.templateValue
        case .number(let number): number.templateValue
        case .list(let views): views.templateValue
        case .object(let view): view.templateValue
        }
    }

    /// Names of scalars and of lists and views (keys some built-in view has), and one no view answers (`z`, which
    /// parses to no key).
    static let scalarNames = ["name", "text", "type"]
    static let containerNames = ["cases", "fields"]
    static let names = scalarNames + containerNames + ["z"]

    static func make(depth: Int, using random: inout SeededRandom) -> RandomView {
        var values: [String: Value] = [:]
        for name in scalarNames where random.next(4) != 0 {
            switch random.next(4) {
            case 0: values[name] = .text(["", "x", "a&b<c>\"'", "line\nnext", "  indented\n", "\r\n"][random.next(6)])
            case 1: values[name] = .flag(random.next(2) == 0)
            case 2: values[name] = .number(random.next(100) - 50)
            default: values[name] = .text("v\(random.next(10))")
            }
        }
        for name in containerNames where depth > 0 && random.next(4) != 0 {
            if random.next(2) == 0 {
                values[name] = .list((0..<random.next(3)).map { _ in make(depth: depth - 1, using: &random) })
            } else {
                values[name] = .object(make(depth: depth - 1, using: &random))
            }
        }
        return RandomView(values: values)
    }
}

/// Random template text in (and sometimes just outside) the subset: text, whitespace and newlines of every kind,
/// tags of every kind, standalone and inline.
enum RandomTemplate {
    /// A template of up to 8 pieces, sections nested up to `depth`; `partials`: whether it includes `Part` (which
    /// itself must not, or rendering would never end).
    static func make(depth: Int, partials: Bool, using random: inout SeededRandom) -> String {
        var text = ""
        for _ in 0..<random.next(8) {
            text += piece(depth: depth, partials: partials, using: &random)
        }
        return text
    }

    private static func piece(depth: Int, partials: Bool, using random: inout SeededRandom) -> String {
        // Variables name scalars (or nothing): writing a list or a view as text is not a template's business.
        let name = (RandomView.scalarNames + ["z"])[random.next(4)]
        let sectionName = RandomView.names[random.next(RandomView.names.count)]
        let space = ["", " ", "  ", "\t", " \t "][random.next(5)]
        let newline = ["\n", "\n", "\r\n", "\r", ""][random.next(5)]
        switch random.next(depth > 0 ? 13 : 11) {
        case 0: return ["text", "x", "{", "}", "}}", "a { b", "&<>"][random.next(7)]
        case 1: return newline
        case 2: return space
        case 3: return "{{\(name)}}"
        case 4: return "{{{\(name)}}}"
        case 5: return "{{& \(name) }}"
        case 6: return partials ? space + "{{> Part}}" + newline : space
        case 7: return space + "{{! a comment }}" + newline
        case 8: return space + "{{%CONTENT_TYPE: \(random.next(2) == 0 ? "TEXT" : "HTML")}}" + newline
        case 9: return partials ? "{{>Part}}" : "{{{\(name)}}}"
        case 10: return space + "{{\(name)}}" + newline
        default:
            let sigil = random.next(2) == 0 ? "#" : "^"
            return space + "{{\(sigil)\(sectionName)}}" + newline
                + make(depth: depth - 1, partials: partials, using: &random)
                + ["", space][random.next(2)] + "{{/\(sectionName)}}" + ["", newline][random.next(2)]
        }
    }
}

/// A small deterministic generator (xorshift), so a failing round can be reproduced.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed == 0 ? 1 : seed
    }

    /// A number in 0 ..< bound.
    mutating func next(_ bound: Int) -> Int {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return Int(state % UInt64(bound))
    }
}
