import Foundation

/// The plan stage: `APIDocument` → `SDKPlan`. Decides recursion, every name and every declaration once.
enum Planner {
    /// Plans the module for `document`; `reservedTypeNames` are the runtime's types, which models must not take.
    /// - Throws: `DiagnosticError` with the cycles no Swift type can express.
    static func plan(
        _ document: APIDocument, options: GeneratorOptions,
        reservedTypeNames: Set<String>
    ) throws(DiagnosticError) -> SDKPlan {
        var document = document
        var checker = RecursionChecker()
        document.schemas = checker.check(document.schemas)
        var diagnostics = checker.diagnostics
        if diagnostics.contains(where: { $0.severity == .error }) { throw DiagnosticError(diagnostics) }

        let index = SchemaIndex(document)
        let walk = DeclarationWalk.run(
            document, clientName: options.clientName ?? defaultClientName(document),
            reserved: reservedTypeNames)
        var names = walk.names
        var declarations = walk.plan
        diagnostics += walk.diagnostics

        var merger = PropertyMerger(index: index)
        for position in declarations.declarations.indices where declarations.declarations[position].kind == .structure {
            declarations.declarations[position].properties = merger.properties(
                of: declarations.declarations[position].schema)
        }
        diagnostics += merger.diagnostics
        RecursionAnalysis.markBoxedProperties(in: &declarations, names: names)
        var members = MemberNamer(types: SwiftTypeMapper(names: names))
        members.name(&declarations)
        diagnostics += members.diagnostics + DiscriminatorCheck.warnings(declarations)

        let hasUntagged = document.operations.contains { $0.tags.isEmpty }
        let properties = ClientNamer.groupProperties(document.tags, hasUntagged: hasUntagged, diagnostics: &diagnostics)
        for (tag, property) in properties { names.groups[tag]?.property = property }

        let lookup = PropertyLookup(index: index, names: names, declarations: declarations)
        var operations = document.operations.map { operation in
            OperationPlanner(document: document, names: names, lookup: lookup).plan(
                operation, diagnostics: &diagnostics)
        }
        let groups = plannedGroups(document, names: names, operations: &operations, diagnostics: &diagnostics)
        let client = ClientPlan(
            globalNames: ClientNamer.globals(document.globals, diagnostics: &diagnostics),
            servers: ClientNamer.servers(usableServers(document, diagnostics: &diagnostics), diagnostics: &diagnostics),
            environmentPrefix: environmentPrefix(document, options: options),
            credential: CredentialPlanner(document: document).plan(diagnostics: &diagnostics))
        return SDKPlan(
            document: document, options: options, index: index, names: names, declarations: declarations,
            operations: operations, groups: groups, client: client,
            runtimeFeatures: RuntimeSelection.features(usedBy: operations), diagnostics: diagnostics)
    }

    /// The errors about `$ref` cycles no Swift type can express (for a document whose reading already failed).
    static func recursionErrors(_ document: APIDocument) -> [Diagnostic] {
        var checker = RecursionChecker()
        _ = checker.check(document.schemas)
        return checker.diagnostics.filter { $0.severity == .error }
    }

    /// Operations grouped by their first tag, in tag order, untagged ones last; groups without operations are
    /// left out. Method names are decided per group.
    private static func plannedGroups(
        _ document: APIDocument, names: TypeNames, operations: inout [OperationPlan],
        diagnostics: inout [Diagnostic]
    ) -> [GroupPlan] {
        var byTag: [String: [Int]] = [:]
        for (position, plan) in operations.enumerated() { byTag[plan.groupTag, default: []].append(position) }
        let tags = document.tags.map(\.name) + (document.operations.contains { $0.tags.isEmpty } ? [""] : [])
        var groups: [GroupPlan] = []
        for tag in tags {
            guard let members = byTag[tag], !members.isEmpty, let group = names.groups[tag] else { continue }
            OperationNamer.methods(of: &operations, group: members, diagnostics: &diagnostics)
            groups.append(GroupPlan(tag: tag, property: group.property, typeName: group.typeName, operations: members))
        }
        return groups
    }

    /// The servers whose URL is absolute once its variables take their defaults; the others are left out with a
    /// warning.
    private static func usableServers(_ document: APIDocument, diagnostics: inout [Diagnostic]) -> [(
        index: Int, server: Server
    )] {
        document.servers.enumerated().compactMap { index, server in
            if let variable = server.variables.first(where: { $0.defaultValue == nil }) {
                diagnostics.append(
                    Diagnostic(
                        .warning,
                        "server variable '\(variable.name)' of '\(server.url)' has no default; the server is left out",
                        at: nil, pointer: "#/servers/\(index)/variables"))
                return nil
            }
            guard OperationServer.resolvedURL(server) != nil else {
                diagnostics.append(
                    Diagnostic(
                        .warning,
                        "server URL '\(server.url)' is not an absolute URL (with its variables' defaults); it is left out",
                        at: nil, pointer: "#/servers/\(index)"))
                return nil
            }
            return (index, server)
        }
    }

    /// `OpenRouterClient` from `OpenRouter API`.
    static func defaultClientName(_ document: APIDocument) -> String {
        SwiftIdentifier.typeName(titleWords(document).joined(separator: " ")) + "Client"
    }

    /// `OPENROUTER` from `OpenRouter API`, unless the options name one.
    static func environmentPrefix(_ document: APIDocument, options: GeneratorOptions) -> String {
        if let prefix = options.environmentPrefix { return prefix }
        let joined = titleWords(document).map { $0.uppercased() }.joined()
        return joined.isEmpty ? "API" : joined
    }

    /// The words of the title without a trailing `API` (`OpenRouter API` → `OpenRouter`).
    private static func titleWords(_ document: APIDocument) -> [String] {
        var words = SwiftIdentifier.words(document.title)
        if words.count > 1, words.last?.uppercased() == "API" { words.removeLast() }
        return words
    }
}
