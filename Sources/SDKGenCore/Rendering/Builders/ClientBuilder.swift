import Foundation

/// Builds the client file's view: groups, servers, globals, API key variable, retry defaults, credential fields.
struct ClientBuilder {
    let plan: SDKPlan
    let groups: [GroupReferenceView]

    /// The client file's view.
    func build(header: HeaderView) -> ClientView {
        let document = plan.document
        let prefix = plan.client.environmentPrefix
        let globals = zip(document.globals, plan.client.globalNames).enumerated().map { index, pair in
            let (parameter, name) = pair
            let environment = prefix + "_" + SwiftIdentifier.environmentName([SwiftIdentifier.unescaped(name)])
            return GlobalView(
                name: name, wireName: SwiftText.commentText(parameter.name),
                wireLiteral: SwiftText.stringLiteral(parameter.name),
                environmentName: SwiftText.commentText(environment),
                environmentLiteral: SwiftText.stringLiteral(environment),
                docLines: SwiftText.docLines(parameter.description), isLast: index == document.globals.count - 1)
        }
        let keyVariable = prefix + "_API_KEY"
        let userAgent = "sdkgen/\(GeneratorVersion.current) (swift) \(plan.options.moduleName)/\(document.version)"
        let servers = self.servers
        return ClientView(
            header: header, access: plan.options.accessLevel.rawValue, clientName: plan.names.clientName,
            docLines: SwiftText.docLines(
                [document.title, document.description].compactMap { $0 }.joined(separator: "\n\n")),
            groups: groups, servers: servers,
            defaultServerName: servers.first.map { $0.isTemplated ? $0.name + "()" : $0.name } ?? "localhost",
            globals: globals,
            apiVersionLiteral: SwiftText.stringLiteral(document.version),
            userAgentLiteral: SwiftText.stringLiteral(userAgent),
            apiKeyEnvironmentName: SwiftText.commentText(keyVariable),
            apiKeyEnvironmentLiteral: SwiftText.stringLiteral(keyVariable),
            retry: retry,
            credentialHeaderNames: credentialNames(in: .header), credentialQueryNames: credentialNames(in: .query),
            credentialPlacementCode: Self.code(of: plan.client.credential.placement),
            apiKeyDocText: Self.apiKeyDocText(plan.client.credential.placement))
    }

    /// The `CredentialPlacement` expression of a placement, names as string literals.
    private static func code(of placement: CredentialPlan.Placement) -> String {
        switch placement {
        case .bearer: ".bearer"
        case .basic: ".basic"
        case .header(let name): ".header(\(SwiftText.stringLiteral(name).code))"
        case .query(let name): ".query(\(SwiftText.stringLiteral(name).code))"
        case .cookie(let name): ".cookie(\(SwiftText.stringLiteral(name).code))"
        }
    }

    /// The `apiKey` argument's documentation: what it is and where it is sent.
    private static func apiKeyDocText(_ placement: CredentialPlan.Placement) -> CommentText {
        switch placement {
        case .bearer: "The API key, sent as `Authorization: Bearer <key>`"
        case .basic: "`user-id:password`, sent as HTTP Basic authentication (`Authorization: Basic`)"
        case .header(let name): "The API key, sent in the `\(SwiftText.commentText(name))` header"
        case .query(let name): "The API key, sent as the `\(SwiftText.commentText(name))` query parameter"
        case .cookie(let name): "The API key, sent as the `\(SwiftText.commentText(name))` cookie"
        }
    }

    /// The names of the API-key security schemes sent in `location`, as comma-separated Swift literals, in
    /// document order without repeats (`Authorization` and cookies are always credentials in the runtime).
    private func credentialNames(in location: ParameterLocation) -> String {
        var names: [String] = []
        for scheme in plan.document.securitySchemes {
            if case let .apiKey(name, schemeLocation) = scheme.kind, schemeLocation == location, !names.contains(name) {
                names.append(name)
            }
        }
        return names.map { SwiftText.stringLiteral($0).code }.joined(separator: ", ")
    }

    /// The planned servers, or `localhost` with a note when the document has no usable one.
    private var servers: [ServerView] {
        let result = plan.client.servers.map(Self.server)
        guard result.isEmpty else { return result }
        return [
            ServerView(
                name: "localhost", urlLiteral: SwiftText.stringLiteral("http://localhost"),
                docText: "No usable server in the document: set `serverURL` when creating the client.",
                isTemplated: false, parametersText: "", valuesText: "", enums: [])
        ]
    }

    /// A server: a constant URL, or a function of its variables (enums for the ones with listed values).
    private static func server(_ planned: PlannedServer) -> ServerView {
        var parameters: [String] = []
        var values: [String] = []
        var enums: [ServerEnumView] = []
        for variable in planned.variables {
            let defaultValue = variable.variable.defaultValue ?? ""
            let placeholder = SwiftText.stringLiteral(variable.variable.name).code
            if let enumName = variable.enumName {
                let defaultCase = zip(variable.variable.allowedValues, variable.caseNames).first {
                    $0.0 == defaultValue
                }?.1
                parameters.append("\(variable.argumentName): \(enumName) = .\(defaultCase ?? variable.caseNames[0])")
                values.append("\(placeholder): \(variable.argumentName).rawValue")
                let cases = EnumBuilder.caseViews(
                    variable.variable.allowedValues, names: variable.caseNames, isInteger: false)
                enums.append(
                    ServerEnumView(
                        name: enumName, variableName: SwiftText.commentText(variable.variable.name),
                        cases: cases))
            } else {
                parameters.append("\(variable.argumentName): String = \(SwiftText.stringLiteral(defaultValue).code)")
                values.append("\(placeholder): \(variable.argumentName)")
            }
        }
        return ServerView(
            name: planned.name, urlLiteral: SwiftText.stringLiteral(planned.server.url),
            docText: SwiftText.inlineCommentText(planned.server.description ?? planned.server.url),
            isTemplated: !planned.variables.isEmpty, parametersText: parameters.joined(separator: ", "),
            valuesText: "[" + values.joined(separator: ", ") + "]", enums: enums)
    }

    private var retry: RetryView {
        guard let config = plan.document.retries else {
            return RetryView(
                strategy: "none", initialMilliseconds: 500, maxMilliseconds: 60_000, exponent: "1.5",
                maxElapsedMilliseconds: 3_600_000, statusCodes: "", retryConnectionErrors: false)
        }
        let codes = config.statusCodes.map { code in
            SwiftText.integerLiteral(code)?.code ?? SwiftText.stringLiteral(code.uppercased()).code
        }
        return RetryView(
            strategy: config.strategy == "backoff" ? "backoff" : "none",
            initialMilliseconds: config.initialIntervalMilliseconds, maxMilliseconds: config.maxIntervalMilliseconds,
            exponent: String(config.exponent), maxElapsedMilliseconds: config.maxElapsedTimeMilliseconds,
            statusCodes: codes.joined(separator: ", "), retryConnectionErrors: config.retryConnectionErrors)
    }
}
