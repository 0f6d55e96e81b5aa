import Foundation

/// `sdkgen.yaml`: which documents to generate, where, and how. Paths are relative to the config file's folder.
///
/// ```yaml
/// clients:
///   - spec: openrouter-files.openapi.yaml
///     output: ../Generated/OpenRouterFiles
///     module: OpenRouterFiles
///     access: public
/// ```
/// A file with a single client may put its keys at the top level instead of under `clients`.
///
/// With `Overrides` (the command line's `--spec`, `--output` and `--module`, as the build plugin passes them) the
/// file describes one client and may leave those three keys out: the overrides supply them, and a key the file
/// does set is ignored with a warning.
public struct GeneratorConfig: Sendable, Equatable {
    /// Settings the command line fixes, whatever the file says.
    public struct Overrides: Sendable, Equatable {
        /// The OpenAPI document (absolute).
        public var spec: String
        /// The output folder (absolute).
        public var output: String
        /// The Swift module name.
        public var module: String

        /// Creates a value from its parts.
        public init(spec: String, output: String, module: String) {
            self.spec = spec
            self.output = output
            self.module = module
        }
    }

    /// One client to generate.
    public struct Client: Sendable, Equatable {
        /// The OpenAPI document (absolute, resolved against the config's folder).
        public var spec: String
        /// The output folder (absolute).
        public var output: String
        /// Everything else.
        public var options: GeneratorOptions
        /// A folder of template overrides (absolute), if any.
        public var templates: String?
    }

    /// The clients, in file order.
    public var clients: [Client]
    /// The config file's path.
    public var path: String
    /// Warnings about the file (settings that the overrides replace).
    public var warnings: [Diagnostic] = []

    static let clientKeys: Set<String> = [
        "spec", "output", "module", "access", "clientName", "environmentPrefix", "includeTags", "includeOperations",
        "additionalImports", "headerComment", "singleFile", "templates", "idempotencyHeaders",
        "runtime",
    ]

    /// Loads and checks a config file; unknown keys and wrong types are errors with file, line and column.
    public static func load(path: String, overrides: Overrides? = nil) throws(DiagnosticError) -> GeneratorConfig {
        let root = try DocumentLoader.load(contentsOf: path)
        let absolutePath = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let base = URL(fileURLWithPath: absolutePath).standardizedFileURL.deletingLastPathComponent()
        var diagnostics: [Diagnostic] = []
        var clients: [Client] = []
        if let list = root["clients"] {
            for entry in root.mapping?.entries ?? [] where entry.key != "clients" {
                diagnostics.append(
                    Diagnostic(
                        .error,
                        "unknown key '\(entry.key)' next to 'clients'; put client settings inside a 'clients' entry",
                        at: entry.keyLocation))
            }
            guard let items = list.sequence else {
                throw DiagnosticError([
                    Diagnostic(.error, "'clients' must be a list of client settings", at: list.location)
                ])
            }
            if overrides != nil && items.count != 1 {
                throw DiagnosticError([
                    Diagnostic(
                        .error,
                        "with --spec, --output and --module the config must describe one client, not \(items.count)",
                        at: list.location)
                ])
            }
            for item in items {
                if let client = readClient(item, base: base, overrides: overrides, diagnostics: &diagnostics) {
                    clients.append(client)
                }
            }
        } else if let client = readClient(root, base: base, overrides: overrides, diagnostics: &diagnostics) {
            clients.append(client)
        }
        if diagnostics.contains(where: { $0.severity == .error }) { throw DiagnosticError(diagnostics) }
        return GeneratorConfig(clients: clients, path: path, warnings: Diagnostic.sortedForDisplay(diagnostics))
    }

    private static func readClient(_ node: Node, base: URL, overrides: Overrides?, diagnostics: inout [Diagnostic])
        -> Client?
    {
        guard let mapping = node.mapping else {
            diagnostics.append(
                Diagnostic(
                    .error, "client settings must be a mapping with 'spec', 'output' and 'module'", at: node.location))
            return nil
        }
        for entry in mapping.entries where !clientKeys.contains(entry.key) {
            diagnostics.append(
                Diagnostic(
                    .error, "unknown key '\(entry.key)'; known keys are \(clientKeys.sorted().joined(separator: ", "))",
                    at: entry.keyLocation))
        }
        var reader = ConfigValueReader(node: node, diagnostics: diagnostics)
        defer { diagnostics = reader.diagnostics }
        let resolve = { (path: String) in
            path.hasPrefix("/") ? path : base.appendingPathComponent(path).standardizedFileURL.path
        }
        let spec: String
        let output: String
        let module: String
        if let overrides {
            for (key, option) in [("spec", "--spec"), ("output", "--output"), ("module", "--module")]
            where reader.string(key) != nil {
                reader.warning("'\(key)' is ignored: \(option) on the command line sets it", at: key)
            }
            (spec, output, module) = (overrides.spec, overrides.output, overrides.module)
        } else {
            guard let specValue = reader.string("spec", required: true),
                let outputValue = reader.string("output", required: true),
                let moduleValue = reader.string("module", required: true)
            else { return nil }
            (spec, output, module) = (resolve(specValue), resolve(outputValue), moduleValue)
        }
        var options = GeneratorOptions(moduleName: module)
        if let access = reader.string("access") {
            if let level = GeneratorOptions.AccessLevel(rawValue: access) {
                options.accessLevel = level
            } else {
                reader.error("access must be public, package or internal, not '\(access)'", at: "access")
            }
        }
        options.clientName = reader.string("clientName")
        options.environmentPrefix = reader.string("environmentPrefix")
        options.includeTags = reader.strings("includeTags")
        options.includeOperations = reader.strings("includeOperations")
        options.additionalImports = reader.strings("additionalImports")
        for item in node["additionalImports"]?.sequence ?? [] {
            if let entry = item.string, ImportLine.line(for: entry) == nil {
                reader.diagnostics.append(
                    Diagnostic(
                        .error,
                        "'\(entry)' is not a module name ('MyModule') or an import declaration ('@preconcurrency import MyModule')",
                        at: item.location))
            }
        }
        options.headerComment = reader.string("headerComment")
        options.singleFile = reader.bool("singleFile") ?? false
        options.idempotencyHeaders = reader.strings("idempotencyHeaders")
        if let runtime = reader.string("runtime") {
            if let placement = GeneratorOptions.RuntimePlacement(rawValue: runtime) {
                options.runtime = placement
            } else {
                reader.error("runtime must be embedded or module, not '\(runtime)'", at: "runtime")
            }
        }
        return Client(spec: spec, output: output, options: options, templates: reader.string("templates").map(resolve))
    }
}

/// Typed access to a config mapping, collecting errors with locations.
struct ConfigValueReader {
    let node: Node
    var diagnostics: [Diagnostic]

    mutating func error(_ message: String, at key: String) {
        diagnostics.append(Diagnostic(.error, message, at: node[key]?.location ?? node.location))
    }

    mutating func warning(_ message: String, at key: String) {
        diagnostics.append(Diagnostic(.warning, message, at: node[key]?.location ?? node.location))
    }

    mutating func string(_ key: String, required: Bool = false) -> String? {
        guard let value = node[key] else {
            if required { diagnostics.append(Diagnostic(.error, "missing '\(key)'", at: node.location)) }
            return nil
        }
        guard let text = value.string else {
            error("'\(key)' must be a string, found \(value.kindDescription)", at: key)
            return nil
        }
        return text
    }

    mutating func strings(_ key: String) -> [String] {
        guard let value = node[key] else { return [] }
        guard let items = value.sequence, items.allSatisfy({ $0.string != nil }) else {
            error("'\(key)' must be a list of strings", at: key)
            return []
        }
        return items.compactMap(\.string)
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let value = node[key] else { return nil }
        guard let flag = value.bool else {
            error("'\(key)' must be true or false", at: key)
            return nil
        }
        return flag
    }
}
