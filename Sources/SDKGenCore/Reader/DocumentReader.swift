/// Reads a loaded OpenAPI 3.0 or 3.1 document into the intermediate model.
public enum DocumentReader {
    /// The extensions the reader interprets (others are kept as data).
    static let knownRootExtensions: Set<String> = ["x-speakeasy-retries", "x-speakeasy-globals"]

    /// Reads `root`, loaded from `file`. Returns the model (nil when the document has errors) and every diagnostic.
    public static func read(
        _ root: Node, file: String,
        externalFiles: ExternalFiles = .fileSystem
    ) -> (document: APIDocument?, diagnostics: [Diagnostic]) {
        let (document, diagnostics) = readEvenWithErrors(root, file: file, externalFiles: externalFiles)
        return (diagnostics.contains { $0.severity == .error } ? nil : document, diagnostics)
    }

    /// Like `read`, but returns what could be read of a document with errors too (nil only for a document that is
    /// not OpenAPI 3), so that later checks can add their errors to the same run.
    static func readEvenWithErrors(
        _ root: Node, file: String,
        externalFiles: ExternalFiles
    ) -> (document: APIDocument?, diagnostics: [Diagnostic]) {
        let context = ReaderContext(root: root, file: file, externalFiles: externalFiles)
        guard checkVersion(root, context: context) else { return (nil, context.diagnostics) }
        let document = readDocument(root, context: context)
        checkOperationIDs(document.operations, context: context)
        return (document, context.diagnostics)
    }

    private static func checkVersion(_ root: Node, context: ReaderContext) -> Bool {
        guard root.mapping != nil else {
            context.error(
                "this is not an OpenAPI document: the top level is \(root.kindDescription), not a mapping", at: root,
                pointer: "#")
            return false
        }
        if let swagger = root["swagger"] {
            context.error(
                "this is a Swagger \(swagger.scalarText ?? "2.0") document; sdkgen reads OpenAPI 3.0 and 3.1. Convert it first (for example with swagger2openapi) and generate from the result",
                at: swagger, pointer: "#/swagger")
            return false
        }
        guard let versionNode = root["openapi"], let version = versionNode.scalarText else {
            context.error(
                "this is not an OpenAPI document: it has no 'openapi' version field at the top level", at: root,
                pointer: "#")
            return false
        }
        if version.hasPrefix("3.0") {
            context.isVersion30 = true
        } else if version.hasPrefix("3.1") {
            context.isVersion30 = false
        } else if version.hasPrefix("3.") {
            context.warning(
                "OpenAPI \(version) is newer than sdkgen knows; reading it as 3.1", at: versionNode,
                pointer: "#/openapi")
        } else {
            context.error(
                "OpenAPI version '\(version)' is not supported; sdkgen reads 3.0.x and 3.1.x", at: versionNode,
                pointer: "#/openapi")
            return false
        }
        return true
    }

    private static func readDocument(_ root: Node, context: ReaderContext) -> APIDocument {
        let info = root["info"]
        if info == nil {
            context.warning("the document has no 'info'; title and version are empty", at: root, pointer: "#")
        }
        if let webhooks = root["webhooks"], let names = webhooks.mapping?.entries.map(\.key), !names.isEmpty {
            context.warning(
                "webhooks (\(names.map { "'\($0)'" }.joined(separator: ", "))) are requests the API sends, not ones a client makes; no code is generated for them (their component schemas are)",
                at: webhooks, pointer: "#/webhooks")
        }
        let extensions = ExtensionReader(context: context)
        let globalsNode = root["x-speakeasy-globals"]
        let globals = ParameterReader(context: context).readList(
            globalsNode.flatMap { context.sequence($0, "parameters", pointer: "#/x-speakeasy-globals") } ?? [],
            pointer: "#/x-speakeasy-globals/parameters")
        let operations =
            context.mapping(root, "paths", pointer: "#").map { OperationReader(context: context).readPaths($0) } ?? []
        let components = readComponentSchemas(root, context: context)
        return APIDocument(
            title: info.flatMap { context.text($0, "title") } ?? "",
            version: info.flatMap { context.text($0, "version") } ?? "",
            description: info.flatMap { context.text($0, "description") },
            openAPIVersion: root["openapi"]?.scalarText ?? "",
            servers: readServers(root, context: context, pointer: "#"),
            securitySchemes: readSecuritySchemes(root, context: context),
            security: root["security"].map { readSecurity($0, context: context, pointer: "#/security") } ?? [],
            tags: readTags(root, operations: operations, context: context),
            operations: operations,
            schemas: components + context.hoistedSchemas,
            retries: extensions.readRetries(root["x-speakeasy-retries"], pointer: "#/x-speakeasy-retries"),
            globals: globals,
            extensions: extensions.unknownExtensions(of: root, except: knownRootExtensions))
    }

    /// The `servers` of the document, a path item or an operation (`pointer` is the node's).
    static func readServers(_ owner: Node, context: ReaderContext, pointer: String) -> [Server] {
        (context.sequence(owner, "servers", pointer: pointer) ?? []).compactMap { node in
            guard let url = context.text(node, "url") else { return nil }
            var server = Server(
                url: url, description: context.text(node, "description"),
                id: context.text(node, "x-speakeasy-server-id"))
            for entry in node["variables"]?.mapping?.entries ?? [] {
                server.variables.append(
                    Server.Variable(
                        name: entry.key, defaultValue: entry.value["default"]?.scalarText,
                        allowedValues: (entry.value["enum"]?.sequence ?? []).compactMap(\.scalarText),
                        description: context.text(entry.value, "description")))
            }
            return server
        }
    }

    private static func readSecuritySchemes(_ root: Node, context: ReaderContext) -> [SecurityScheme] {
        guard let components = root["components"],
            let schemes = context.mapping(components, "securitySchemes", pointer: "#/components")
        else { return [] }
        return schemes.entries.map { entry in
            let node = entry.value
            let kind: SecurityScheme.Kind
            switch (context.text(node, "type"), context.text(node, "scheme")?.lowercased()) {
            case ("http", "bearer"?): kind = .httpBearer
            case ("http", "basic"?): kind = .httpBasic
            case ("apiKey", _):
                let location = context.text(node, "in").flatMap(ParameterLocation.init(rawValue:)) ?? .header
                kind = .apiKey(name: context.text(node, "name") ?? "Authorization", location: location)
            case ("oauth2", _): kind = .oauth2
            case ("openIdConnect", _): kind = .openIDConnect
            case (let type, _): kind = .other(type ?? "")
            }
            return SecurityScheme(
                name: entry.key, kind: kind, description: context.text(node, "description"),
                origin: context.origin(node, "#/components/securitySchemes/" + JSONPointer.escape(entry.key)))
        }
    }

    static func readSecurity(_ node: Node, context: ReaderContext, pointer: String) -> [SecurityRequirement] {
        guard let items = node.sequence else {
            context.error("'security' must be a list", at: node, pointer: pointer)
            return []
        }
        return items.enumerated().map { index, item in
            SecurityRequirement(
                schemeNames: item.mapping?.entries.map(\.key) ?? [], origin: context.origin(item, pointer + "/\(index)")
            )
        }
    }

    private static func readTags(_ root: Node, operations: [Operation], context: ReaderContext) -> [Tag] {
        var tags: [Tag] = []
        var known: Set<String> = []
        for (index, node) in (context.sequence(root, "tags", pointer: "#") ?? []).enumerated() {
            guard let name = context.text(node, "name") else { continue }
            guard !name.isEmpty else {
                context.warning("a tag with an empty name is ignored", at: node, pointer: "#/tags/\(index)")
                continue
            }
            guard known.insert(name).inserted else {
                context.warning(
                    "tag '\(name)' is listed twice; the first entry is used", at: node, pointer: "#/tags/\(index)")
                continue
            }
            tags.append(Tag(name: name, description: context.text(node, "description")))
        }
        for name in operations.flatMap(\.tags) where !known.contains(name) {
            known.insert(name)
            tags.append(Tag(name: name, description: nil))
        }
        return tags
    }

    private static func readComponentSchemas(_ root: Node, context: ReaderContext) -> [NamedSchema] {
        guard let components = root["components"],
            let schemas = context.mapping(components, "schemas", pointer: "#/components")
        else { return [] }
        let reader = SchemaReader(context: context)
        return schemas.entries.map { entry in
            NamedSchema(
                name: entry.key,
                schema: reader.read(entry.value, pointer: "#/components/schemas/" + JSONPointer.escape(entry.key)))
        }
    }

    private static func checkOperationIDs(_ operations: [Operation], context: ReaderContext) {
        var seen: [String: Operation] = [:]
        for operation in operations {
            if let first = seen[operation.operationID] {
                context.report(
                    Diagnostic(
                        .error,
                        "duplicate operationId '\(operation.operationID)' (first used by \(first.method) \(first.path) at line \(first.origin.location.line)); operationIds must be unique",
                        at: operation.origin.location, pointer: operation.origin.pointer))
            } else {
                seen[operation.operationID] = operation
            }
        }
    }
}

/// A component schema with its name under `#/components/schemas`.
public struct NamedSchema: Sendable, Equatable {
    /// The name as the document spells it.
    public var name: String
    /// The value's schema.
    public var schema: Schema
}
