/// The text of `--help`: overview, discussion, usage, and the options and subcommands, each with its help
/// wrapped to 80 columns.
enum HelpText {
    private static let width = 80
    private static let column = 26

    /// The help of `command`; `subcommands` are listed for the root command.
    static func render(_ command: CommandDescription, subcommands: [CommandDescription] = []) -> String {
        var text = wrap("OVERVIEW: \(command.abstract)", indent: 0, first: 0) + "\n\n"
        if !command.discussion.isEmpty {
            text +=
                command.discussion.split(separator: "\n", omittingEmptySubsequences: false).map {
                    $0.hasPrefix("  ") ? String($0) : wrap(String($0), indent: 0, first: 0)
                }.joined(separator: "\n") + "\n\n"
        }
        text += "USAGE: \(usage(command, hasSubcommands: !subcommands.isEmpty))\n"
        if !command.arguments.isEmpty {
            text += "\nARGUMENTS:\n"
            for argument in command.arguments { text += entry("<\(argument.valueName)>", argument.help) }
        }
        text += "\nOPTIONS:\n"
        for option in command.options { text += entry(option.synopsis, option.help) }
        if !subcommands.isEmpty { text += entry("--version", "Show the version.") }
        text += entry("-h, --help", "Show help information.")
        if !subcommands.isEmpty {
            text += "\nSUBCOMMANDS:\n"
            for (index, subcommand) in subcommands.enumerated() {
                text += entry(subcommand.name + (index == 0 ? " (default)" : ""), subcommand.abstract)
            }
            text += "\n  See 'sdkgen help <subcommand>' for detailed help.\n"
        }
        return text
    }

    /// The usage line: `sdkgen generate [<options>]`, with the positional values (`sdkgen [<subcommand>]
    /// [<options>]` for the root command, whose options are those of its default subcommand).
    static func usage(_ command: CommandDescription, hasSubcommands: Bool = false) -> String {
        var line = command.invocation
        if hasSubcommands {
            line += " [<subcommand>] [<options>]"
        } else if !command.options.isEmpty {
            line += " [<options>]"
        }
        for argument in command.arguments { line += " <\(argument.valueName)>" }
        return line
    }

    /// `  --spec <file>           The OpenAPI document …`, the help starting at `column` (on the next line when
    /// the name is too long) and wrapped.
    private static func entry(_ name: String, _ help: String) -> String {
        let lead = "  " + name
        if lead.count <= column - 2 {
            return lead + String(repeating: " ", count: column - lead.count) + wrap(help, indent: column, first: column)
                + "\n"
        }
        return lead + "\n" + String(repeating: " ", count: column) + wrap(help, indent: column, first: column) + "\n"
    }

    /// `text` broken between words so that no line passes `width`; lines after the first are indented by
    /// `indent`; the first starts at column `first`.
    private static func wrap(_ text: String, indent: Int, first: Int) -> String {
        var lines: [String] = []
        var line = ""
        var start = first
        for word in text.split(separator: " ") {
            if !line.isEmpty, start + line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
                start = indent
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        lines.append(line)
        return lines.joined(separator: "\n" + String(repeating: " ", count: indent))
    }
}
