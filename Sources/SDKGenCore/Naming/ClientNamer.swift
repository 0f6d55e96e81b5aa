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
        let result = servers.map { entry in
            let base = entry.server.id ?? (entry.index == 0 ? "production" : "server\(entry.index + 1)")
            let name = registry.claim(
                SwiftIdentifier.memberName(base), for: "server '\(entry.server.url)'", origin: nil)
            return PlannedServer(name: name, server: entry.server)
        }
        diagnostics += registry.diagnostics
        return result
    }
}
