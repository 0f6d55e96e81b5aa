import Foundation
import SDKGenCore

/// `sdkgen`: the command-line front of the generator. It picks the subcommand (`generate` when none is named)
/// and answers `--version` and `--help`.
enum SDKGenCommand {
    static let description = CommandDescription(
        name: "",
        abstract: "Generate a Swift client SDK from an OpenAPI 3.0 or 3.1 document.",
        discussion: """
            With no arguments, regenerates every client listed in sdkgen.yaml (looked up in the current \
            folder, then in spec/). Exit codes: 0 success, 1 errors in the document or config, 2 usage errors.
            """)

    /// The subcommands, the default first.
    static let subcommands = [GenerateCommand.description, CheckCommand.description, DiffCommand.description]

    /// Runs the command line `arguments` (without the program's name); throws `UsageError` (exit 2),
    /// `ExitStatus`, or a `DiagnosticError` (exit 1).
    static func run(_ arguments: [String]) throws {
        let rest = Array(arguments.dropFirst())
        switch arguments.first {
        case "--version":
            print(GeneratorVersion.current)
        case "-h", "--help":
            try printHelp(of: nil)
        case "help":
            try printHelp(of: rest.first)
        case "generate":
            try GenerateCommand.run(rest)
        case "check":
            try CheckCommand.run(rest)
        case "diff":
            try DiffCommand.run(rest)
        case let word? where !word.hasPrefix("-"):
            // The default comes first in `subcommands`.
            let names = [subcommands[0].name + " (the default)"] + subcommands.dropFirst().map(\.name)
            let listed = names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
            throw UsageError("unknown subcommand '\(word)'; the subcommands are \(listed)", command: description)
        default:
            try GenerateCommand.run(arguments)
        }
    }

    /// `sdkgen help [subcommand]`.
    private static func printHelp(of name: String?) throws(UsageError) {
        guard let name else {
            print(HelpText.render(description, subcommands: subcommands), terminator: "")
            return
        }
        guard let subcommand = subcommands.first(where: { $0.name == name }) else {
            throw UsageError("unknown subcommand '\(name)'", command: description)
        }
        print(HelpText.render(subcommand), terminator: "")
    }

    /// Reads `arguments` for `command`; nil when they ask for help, which is then printed.
    static func parse(_ arguments: [String], for command: CommandDescription) throws(UsageError) -> ParsedArguments? {
        let parsed = try ParsedArguments(arguments, for: command)
        guard !parsed.wantsHelp else {
            print(HelpText.render(command), terminator: "")
            return nil
        }
        return parsed
    }
}

/// Options shared by `generate` and `check`.
struct ClientOptions {
    static let options: [CommandDescription.Option] = [
        .value("spec", "file", "The OpenAPI document (YAML or JSON). Without it, clients come from the config."),
        .value("output", "dir", "The folder the client is written to (with --spec)."),
        .value("module", "name", "The Swift module name of the client (with --spec)."),
        .value("access", "level", "Access level of the generated API: public, package or internal."),
        .value(
            "runtime", "placement",
            "Where the runtime comes from: embedded (Runtime/ files in the client) or module (imports SDKGenRuntime, a library of sdkgen's package)."
        ),
        .value("templates", "dir", "A folder of template overrides: files named like the built-in ones replace them."),
        .value(
            "config", "file",
            "The config file (default: ./sdkgen.yaml, else ./spec/sdkgen.yaml). With --spec, --output and --module: a one-client file supplying the other settings."
        ),
        .flag("single-file", "Emit the whole client as one Swift file."),
        .flag("warnings-as-errors", "Treat warnings as errors (exit 1 when there are any)."),
        .flag("quiet", "Print only errors and warnings."),
        .flag("verbose", "List every warning (otherwise many warnings of one kind are summarized)."),
    ]

    var spec: String?
    var output: String?
    var module: String?
    var access: GeneratorOptions.AccessLevel?
    var runtime: GeneratorOptions.RuntimePlacement?
    var templates: String?
    var config: String?
    var singleFile = false
    var warningsAsErrors = false
    var quiet = false
    var verbose = false

    /// The options given in `arguments`; throws when they do not go together.
    init(_ arguments: ParsedArguments) throws(UsageError) {
        spec = arguments.value("spec")
        output = arguments.value("output")
        module = arguments.value("module")
        access = try arguments.choice("access", as: GeneratorOptions.AccessLevel.self)
        runtime = try arguments.choice("runtime", as: GeneratorOptions.RuntimePlacement.self)
        templates = arguments.value("templates")
        config = arguments.value("config")
        singleFile = arguments.flag("single-file")
        warningsAsErrors = arguments.flag("warnings-as-errors")
        quiet = arguments.flag("quiet")
        verbose = arguments.flag("verbose")
        if spec == nil && (output != nil || module != nil) {
            throw UsageError(
                "--output and --module go with --spec; without --spec the clients come from the config file",
                command: arguments.command)
        }
        if spec != nil && (output == nil || module == nil) && config == nil {
            throw UsageError(
                "--spec needs --output and --module (or a --config that names them)", command: arguments.command)
        }
    }
}
