/// Names the client's own members: the group properties (`client.files`), the globals and the servers.
enum ClientNamer {
    /// The client property of each tag's group (and of the untagged operations, under `""`), unique among the
    /// client's own members.
    static func groupProperties(_ tags: [Tag], hasUntagged: Bool, diagnostics: inout [Diagnostic]) -> [String: String] {
        var registry = NameRegistry(reserved: ReservedNames.clientMembers)
        var result: [String: String] = [:]
        for tag in tags {
            result[tag.name] = registry.claim(
                SwiftIdentifier.memberName(tag.name), for: "operations group '\(tag.name)'",
                origin: nil)
        }
        if hasUntagged { result[""] = registry.claim("operations", for: "untagged operations", origin: nil) }
        diagnostics += registry.diagnostics
        return result
    }

    /// One property of `Globals` per global parameter, in order.
    static func globals(_ globals: [Parameter], diagnostics: inout [Diagnostic]) -> [String] {
        var registry = NameRegistry(reserved: ReservedNames.globalsMembers)
        let names = globals.map { parameter in
            registry.claim(
                SwiftIdentifier.memberName(parameter.nameOverride ?? parameter.name),
                for: "global '\(parameter.name)'", origin: parameter.origin)
        }
        diagnostics += registry.diagnostics
        return names
    }

    /// One `Servers` member per usable server: its `x-speakeasy-server-id`, else `production` for the first and
    /// `server2`, `server3`, ... by position in the document.
    static func servers(_ servers: [(index: Int, server: Server)], diagnostics: inout [Diagnostic]) -> [PlannedServer] {
        var registry = NameRegistry()
        var enumNames = NameRegistry(caseInsensitive: true)
        let result = servers.map { entry in
            let base = entry.server.id ?? (entry.index == 0 ? "production" : "server\(entry.index + 1)")
            let name = registry.claim(
                SwiftIdentifier.memberName(base), for: "server '\(entry.server.url)'", origin: nil)
            var planned = PlannedServer(name: name, server: entry.server)
            var arguments = NameRegistry()
            for variable in entry.server.variables {
                let argument = arguments.claim(
                    SwiftIdentifier.memberName(variable.name), for: "variable '\(variable.name)' of server \(name)",
                    origin: nil)
                var enumName: String?
                var cases: [String] = []
                // An enum only when the default is one of its values (as OpenAPI requires); else a `String`.
                if !variable.allowedValues.isEmpty, variable.allowedValues.contains(variable.defaultValue ?? "") {
                    enumName = enumNames.claim(
                        SwiftIdentifier.typeName(SwiftIdentifier.unescaped(name))
                            + SwiftIdentifier.typeName(variable.name),
                        for: "the values of variable '\(variable.name)'", origin: nil)
                    var caseRegistry = NameRegistry(reserved: ReservedNames.closedEnumMembers)
                    cases = variable.allowedValues.map {
                        caseRegistry.claim(
                            SwiftIdentifier.caseName($0), for: "value '\($0)' of \(enumName ?? "")", origin: nil)
                    }
                    diagnostics += caseRegistry.diagnostics
                }
                planned.variables.append(
                    PlannedServerVariable(
                        variable: variable, argumentName: argument, enumName: enumName, caseNames: cases))
            }
            diagnostics += arguments.diagnostics
            return planned
        }
        diagnostics += registry.diagnostics + enumNames.diagnostics
        return result
    }
}
