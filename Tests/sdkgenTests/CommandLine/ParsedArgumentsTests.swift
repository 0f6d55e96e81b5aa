import SDKGenCore
import XCTest

@testable import sdkgen

/// The hand-written command-line reader: option forms, positional values, and the usage errors it reports.
final class ParsedArgumentsTests: XCTestCase {
    private let command = CommandDescription(
        name: "try", abstract: "A command for the tests.", discussion: "",
        arguments: [.init(valueName: "old", help: "first"), .init(valueName: "new", help: "second")],
        options: [
            .value("spec", "file", "A document."), .value("access", "level", "An access level."),
            .flag("quiet", "Say less."),
        ])

    private func message(_ arguments: [String]) -> String? {
        do {
            _ = try ParsedArguments(arguments, for: command)
            return nil
        } catch {
            return error.message
        }
    }

    func testOptionsTakeTheirValueEitherWayAndTheLastOneWins() throws {
        let parsed = try ParsedArguments(
            ["a", "--spec", "one.yaml", "--quiet", "--spec=two=2.yaml", "b", "--access", "package"], for: command)
        XCTAssertEqual(parsed.value("spec"), "two=2.yaml")
        XCTAssertTrue(parsed.flag("quiet"))
        XCTAssertEqual(parsed.positionals, ["a", "b"])
        XCTAssertEqual(try parsed.choice("access", as: GeneratorOptions.AccessLevel.self), .package)
        XCTAssertNil(parsed.value("missing"))
    }

    func testEverythingAfterADoubleDashIsPositional() throws {
        let parsed = try ParsedArguments(["--", "--quiet", "-x"], for: command)
        XCTAssertFalse(parsed.flag("quiet"))
        XCTAssertEqual(parsed.positionals, ["--quiet", "-x"])
        XCTAssertEqual(try ParsedArguments(["--spec", "-", "a", "b"], for: command).value("spec"), "-")
    }

    func testHelpNeedsNoPositionalValues() throws {
        XCTAssertTrue(try ParsedArguments(["--spec", "x", "-h"], for: command).wantsHelp)
        XCTAssertTrue(try ParsedArguments(["--help"], for: command).wantsHelp)
    }

    func testUsageErrorsSayWhatIsWrong() {
        XCTAssertEqual(message(["a", "b", "--sepc", "x"]), "unknown option '--sepc'; did you mean '--spec'?")
        XCTAssertEqual(message(["a", "b", "--frobnicate"]), "unknown option '--frobnicate'")
        XCTAssertEqual(message(["a", "b", "-q"]), "unknown option '-q'")
        XCTAssertEqual(message(["a", "b", "--quiet=yes"]), "'--quiet' is a flag and takes no value")
        XCTAssertEqual(message(["a", "b", "--spec"]), "missing value for '--spec <file>'")
        XCTAssertEqual(message(["a", "b", "--spec", "--quiet"]), "missing value for '--spec <file>'")
        XCTAssertEqual(message(["a"]), "missing argument <new>")
        XCTAssertEqual(message(["a", "b", "c"]), "unexpected argument 'c'")
        XCTAssertNil(message(["a", "b"]))
    }

    func testAValueOutsideAChoiceListsTheChoices() throws {
        let parsed = try ParsedArguments(["a", "b", "--access", "secret"], for: command)
        XCTAssertThrowsError(try parsed.choice("access", as: GeneratorOptions.AccessLevel.self)) { error in
            XCTAssertEqual(
                (error as? UsageError)?.message,
                "the value 'secret' is invalid for '--access <level>'; give 'public', 'package' or 'internal'")
        }
    }

    func testEveryCommandsHelpListsEachOptionWithinEightyColumns() {
        for description in [SDKGenCommand.description] + SDKGenCommand.subcommands {
            let help = HelpText.render(
                description, subcommands: description.name.isEmpty ? SDKGenCommand.subcommands : [])
            for option in description.options {
                XCTAssertTrue(help.contains("  " + option.synopsis + " "), "\(description.invocation): \(option.name)")
            }
            for line in help.split(separator: "\n") where !line.hasPrefix("  sdkgen") {
                XCTAssertLessThanOrEqual(line.count, 80, "\(description.invocation): \(line)")
            }
            XCTAssertTrue(help.contains("  -h, --help"), description.invocation)
        }
        let rootHelp = HelpText.render(SDKGenCommand.description, subcommands: SDKGenCommand.subcommands)
        XCTAssertTrue(rootHelp.contains("  generate (default)"), rootHelp)
        XCTAssertTrue(rootHelp.contains("  --version"), rootHelp)
    }
}
