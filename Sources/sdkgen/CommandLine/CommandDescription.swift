/// What a command of `sdkgen` accepts, and the words of its help.
///
/// The command line is parsed by `ParsedArguments` against this description, without reflection: a run of
/// ArgumentParser cost 20 M instructions before any work began, a quarter of generating the Files API.
struct CommandDescription: Sendable {
    /// One `--name` option: a flag, or an option with a value (`--name value` or `--name=value`).
    struct Option: Sendable {
        /// The name without the dashes (`spec`).
        let name: String
        /// What the value is called in help (`file`); nil for a flag.
        let valueName: String?
        /// One sentence or two for `--help`.
        let help: String

        /// An option that takes a value.
        static func value(_ name: String, _ valueName: String, _ help: String) -> Option {
            Option(name: name, valueName: valueName, help: help)
        }

        /// A flag: present or not.
        static func flag(_ name: String, _ help: String) -> Option {
            Option(name: name, valueName: nil, help: help)
        }

        /// `--name <value>`, or `--name` for a flag, as usage lines and messages show it.
        var synopsis: String {
            valueName.map { "--\(name) <\($0)>" } ?? "--\(name)"
        }
    }

    /// A value given by position (`sdkgen diff OLD NEW`).
    struct Argument: Sendable {
        /// What it is called in help (`old`).
        let valueName: String
        /// One sentence for `--help`.
        let help: String
    }

    /// The subcommand's name (`generate`); empty for `sdkgen` itself.
    let name: String
    /// One line: what the command does.
    let abstract: String
    /// More paragraphs for `--help`.
    let discussion: String
    /// The positional values, all required, in order.
    var arguments: [Argument] = []
    /// The options, in the order help lists them.
    var options: [Option] = []

    /// The option named `name` (without dashes).
    func option(named name: String) -> Option? {
        options.first { $0.name == name }
    }

    /// `sdkgen generate`, or `sdkgen` for the root command.
    var invocation: String {
        name.isEmpty ? "sdkgen" : "sdkgen \(name)"
    }
}
