/// A command line read against a `CommandDescription`: the values of its options, the flags given and the
/// positional values. Options may come in any order and as `--name value` or `--name=value`; when one is given
/// twice, the last wins; after `--`, everything is positional.
struct ParsedArguments {
    /// The command the arguments were read for.
    let command: CommandDescription
    private var values: [String: String] = [:]
    private var flags: Set<String> = []
    /// The positional values, in order.
    private(set) var positionals: [String] = []
    /// `-h`, `--help` or `help` was given: print the help instead of running.
    private(set) var wantsHelp = false

    /// Reads `arguments` (without the program and subcommand names); throws on an unknown option, a missing or
    /// unexpected value, or too many or too few positional values.
    init(_ arguments: [String], for command: CommandDescription) throws(UsageError) {
        self.command = command
        var remaining = arguments[...]
        var onlyPositionals = false
        while let argument = remaining.popFirst() {
            if onlyPositionals || !argument.hasPrefix("-") || argument == "-" {
                positionals.append(argument)
                continue
            }
            if argument == "--" {
                onlyPositionals = true
                continue
            }
            if argument == "-h" || argument == "--help" {
                wantsHelp = true
                continue
            }
            guard argument.hasPrefix("--") else {
                throw UsageError("unknown option '\(argument)'", command: command)
            }
            let body = argument.dropFirst(2)
            let name = String(body.prefix { $0 != "=" })
            let inlineValue = body.contains("=") ? String(body.drop { $0 != "=" }.dropFirst()) : nil
            guard let option = command.option(named: name) else {
                throw UsageError(
                    "unknown option '--\(name)'" + Self.suggestion(for: name, in: command), command: command)
            }
            guard option.valueName != nil else {
                guard inlineValue == nil else {
                    throw UsageError("'--\(name)' is a flag and takes no value", command: command)
                }
                flags.insert(name)
                continue
            }
            if let inlineValue {
                values[name] = inlineValue
            } else if let next = remaining.first, !next.hasPrefix("--") {
                values[name] = next
                remaining = remaining.dropFirst()
            } else {
                throw UsageError("missing value for '\(option.synopsis)'", command: command)
            }
        }
        guard !wantsHelp else { return }
        if positionals.count > command.arguments.count {
            throw UsageError("unexpected argument '\(positionals[command.arguments.count])'", command: command)
        }
        if positionals.count < command.arguments.count {
            throw UsageError("missing argument <\(command.arguments[positionals.count].valueName)>", command: command)
        }
    }

    /// The value of the option `name`, nil when it was not given.
    func value(_ name: String) -> String? {
        values[name]
    }

    /// Whether the flag `name` was given.
    func flag(_ name: String) -> Bool {
        flags.contains(name)
    }

    /// The value of `name` as one of `Choice`'s cases; throws, listing the cases, when it is none of them.
    func choice<Choice: RawRepresentable & CaseIterable>(_ name: String, as _: Choice.Type) throws(UsageError)
        -> Choice? where Choice.RawValue == String
    {
        guard let text = values[name] else { return nil }
        guard let choice = Choice(rawValue: text) else {
            let synopsis = command.option(named: name)?.synopsis ?? "--\(name)"
            let cases = Choice.allCases.map { "'\($0.rawValue)'" }
            let listed = cases.count > 1 ? cases.dropLast().joined(separator: ", ") + " or " + cases.last! : cases[0]
            throw UsageError("the value '\(text)' is invalid for '\(synopsis)'; give \(listed)", command: command)
        }
        return choice
    }

    /// ` (did you mean '--spec'?)` when an option's name is one or two edits from `name`.
    private static func suggestion(for name: String, in command: CommandDescription) -> String {
        let close = command.options.map(\.name).min { distance($0, name) < distance($1, name) }
        guard let close, distance(close, name) <= 2 else { return "" }
        return "; did you mean '--\(close)'?"
    }

    /// The edit distance of two short strings (insertions, deletions and substitutions).
    private static func distance(_ first: String, _ second: String) -> Int {
        let b = Array(second.utf8)
        // previous[j]: the distance from the bytes of `first` read so far to the first j bytes of `second`.
        var previous = Array(0...b.count)
        for (i, byte) in first.utf8.enumerated() {
            var current = [i + 1]
            for j in b.indices {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (byte == b[j] ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
