import SDKGenCore

/// `--fail-on-breaking`, shared by `generate`, `check` and `diff`.
struct BreakingOptions {
    static let options: [CommandDescription.Option] = [
        .flag("fail-on-breaking", "Exit 1 when the API change is source-breaking (generate then writes nothing).")
    ]

    var failOnBreaking: Bool

    init(_ arguments: ParsedArguments) {
        failOnBreaking = arguments.flag("fail-on-breaking")
    }
}

/// `--changelog FILE`, shared by `generate` and `diff`.
struct ChangelogOptions {
    static let options: [CommandDescription.Option] = [
        .value("changelog", "file", "Append the API change report, in Markdown and dated (UTC), to this file.")
    ]

    var changelog: String?

    init(_ arguments: ParsedArguments) {
        changelog = arguments.value("changelog")
    }
}
