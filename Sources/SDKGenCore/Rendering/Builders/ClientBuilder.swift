import Foundation

/// Builds the client file's view: groups, servers, globals, API key variable, retry defaults.
struct ClientBuilder {
    let document: APIDocument
    let names: TypeNames
    let options: GeneratorOptions
    let groups: [GroupReferenceView]

    func build(header: HeaderView, diagnostics: inout [Diagnostic]) -> ClientView {
        let prefix = environmentPrefix
        var globalRegistry = NameRegistry(reserved: ["headers", "withEnvironmentFallbacks"])
        let globals = document.globals.enumerated().map { index, parameter in
            let name = globalRegistry.claim(parameter.nameOverride.map(SwiftIdentifier.memberName) ?? SwiftIdentifier.memberName(parameter.name),
                                            for: "global '\(parameter.name)'", origin: parameter.origin)
            let environment = prefix + "_" + SwiftIdentifier.environmentName([SwiftIdentifier.unescaped(name)])
            return GlobalView(name: name, wireName: SwiftText.commentText(parameter.name),
                              wireLiteral: SwiftText.stringLiteral(parameter.name),
                              environmentName: environment, environmentLiteral: SwiftText.stringLiteral(environment),
                              docLines: SwiftText.docLines(parameter.description), isLast: index == document.globals.count - 1)
        }
        let keyVariable = prefix + "_API_KEY"
        let userAgent = "sdkgen/\(GeneratorVersion.current) (swift) \(options.moduleName)/\(document.version)"
        return ClientView(
            header: header, access: options.accessLevel.rawValue, clientName: names.clientName,
            docLines: SwiftText.docLines([document.title, document.description].compactMap { $0 }.joined(separator: "\n\n")),
            groups: groups, servers: servers(&diagnostics), defaultServerName: servers(&diagnostics).first?.name ?? "localhost",
            globals: globals,
            apiVersionLiteral: SwiftText.stringLiteral(document.version),
            userAgentLiteral: SwiftText.stringLiteral(userAgent),
            apiKeyEnvironmentName: keyVariable, apiKeyEnvironmentLiteral: SwiftText.stringLiteral(keyVariable),
            retry: retry)
    }

    /// `OPENROUTER` from `OpenRouter API`, unless the options name one.
    var environmentPrefix: String {
        if let prefix = options.environmentPrefix { return prefix }
        var words = SwiftIdentifier.words(document.title)
        if words.count > 1, words.last?.uppercased() == "API" { words.removeLast() }
        let joined = words.map { $0.uppercased() }.joined()
        return joined.isEmpty ? "API" : joined
    }

    private func servers(_ diagnostics: inout [Diagnostic]) -> [ServerView] {
        var registry = NameRegistry()
        var result: [ServerView] = []
        for (index, server) in document.servers.enumerated() {
            let url = server.url
            guard let parsed = URL(string: url), parsed.scheme != nil else {
                diagnostics.append(Diagnostic(.warning, "server URL '\(url)' is not an absolute URL (server variables are not substituted); it is left out",
                                              at: nil, pointer: "#/servers/\(index)"))
                continue
            }
            let base = server.id ?? (index == 0 ? "production" : "server\(index + 1)")
            let name = registry.claim(SwiftIdentifier.memberName(base), for: "server '\(url)'", origin: nil)
            result.append(ServerView(name: name, urlLiteral: SwiftText.stringLiteral(url),
                                     docText: SwiftText.commentText(server.description ?? url)))
        }
        if result.isEmpty {
            result.append(ServerView(name: "localhost", urlLiteral: SwiftText.stringLiteral("http://localhost"),
                                     docText: "No usable server in the document: set `serverURL` when creating the client."))
        }
        return result
    }

    private var retry: RetryView {
        guard let config = document.retries else {
            return RetryView(strategy: "none", initialMilliseconds: 500, maxMilliseconds: 60_000, exponent: "1.5",
                             maxElapsedMilliseconds: 3_600_000, statusCodes: "", retryConnectionErrors: false)
        }
        let codes = config.statusCodes.map { code in Int(code).map(String.init) ?? SwiftText.stringLiteral(code.uppercased()) }
        return RetryView(strategy: config.strategy == "backoff" ? "backoff" : "none",
                         initialMilliseconds: config.initialIntervalMilliseconds, maxMilliseconds: config.maxIntervalMilliseconds,
                         exponent: String(config.exponent), maxElapsedMilliseconds: config.maxElapsedTimeMilliseconds,
                         statusCodes: codes.joined(separator: ", "), retryConnectionErrors: config.retryConnectionErrors)
    }
}
