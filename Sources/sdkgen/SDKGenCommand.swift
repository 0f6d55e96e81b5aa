import ArgumentParser
import Foundation
import SDKGenCore

/// `sdkgen`: the command-line front of the generator.
struct SDKGenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sdkgen",
        abstract: "Generate a Swift client SDK from an OpenAPI 3.0 or 3.1 document.",
        discussion: """
            With no arguments, regenerates every client listed in sdkgen.yaml (looked up in the current \
            folder, then in spec/). Exit codes: 0 success, 1 errors in the document or config, 2 usage errors.
            """,
        version: GeneratorVersion.current,
        subcommands: [GenerateCommand.self, CheckCommand.self, DiffCommand.self],
        defaultSubcommand: GenerateCommand.self)
}

/// Options shared by `generate` and `check`.
struct ClientOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The OpenAPI document (YAML or JSON). Without it, clients come from the config.", valueName: "file"))
    var spec: String?

    @Option(name: .long, help: ArgumentHelp("The folder the client is written to (with --spec).", valueName: "dir"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("The Swift module name of the client (with --spec).", valueName: "name"))
    var module: String?

    @Option(
        name: .long,
        help: ArgumentHelp("Access level of the generated API: public, package or internal.", valueName: "level"))
    var access: GeneratorOptions.AccessLevel?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Where the runtime comes from: embedded (Runtime/ files in the client) or module (imports SDKGenRuntime, a library of sdkgen's package).",
            valueName: "placement"))
    var runtime: GeneratorOptions.RuntimePlacement?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "A folder of template overrides: files named like the built-in ones replace them.", valueName: "dir"))
    var templates: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The config file (default: ./sdkgen.yaml, else ./spec/sdkgen.yaml). With --spec, --output and --module: a one-client file supplying the other settings.",
            valueName: "file"))
    var config: String?

    @Flag(name: .long, help: "Emit the whole client as one Swift file.")
    var singleFile = false

    @Flag(name: .long, help: "Treat warnings as errors (exit 1 when there are any).")
    var warningsAsErrors = false

    @Flag(name: .long, help: "Print only errors and warnings.")
    var quiet = false

    @Flag(name: .long, help: "List every warning (otherwise many warnings of one kind are summarized).")
    var verbose = false

    func validate() throws {
        if spec == nil && (output != nil || module != nil) {
            throw ValidationError(
                "--output and --module go with --spec; without --spec the clients come from the config file")
        }
        if spec != nil && (output == nil || module == nil) && config == nil {
            throw ValidationError("--spec needs --output and --module (or a --config that names them)")
        }
    }
}
