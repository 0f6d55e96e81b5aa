import ArgumentParser
import SDKGenCore

/// `--fail-on-breaking`, shared by `generate`, `check` and `diff`.
struct BreakingOptions: ParsableArguments {
    @Flag(name: .long, help: "Exit 1 when the API change is source-breaking (generate then writes nothing).")
    var failOnBreaking = false
}

/// `--changelog FILE`, shared by `generate` and `diff`.
struct ChangelogOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Append the API change report, in Markdown and dated (UTC), to this file.",
            valueName: "file"))
    var changelog: String?
}

/// `--format text|json|markdown`, parsed and listed in `--help` by ArgumentParser.
extension ReportFormat: ExpressibleByArgument {}
