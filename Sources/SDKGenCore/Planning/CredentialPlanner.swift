/// Where the client sends its one credential (the API key or access token): decided once from the document's
/// security requirements and schemes.
struct CredentialPlan: Sendable, Equatable {
    /// The runtime's `CredentialPlacement`, without Swift spelling.
    enum Placement: Sendable, Equatable {
        case bearer
        case basic
        case header(String)
        case query(String)
        case cookie(String)
    }

    let placement: Placement
    /// The security scheme the placement comes from (nil: none applies, so a bearer token).
    let schemeName: String?
}

/// Chooses the credential's placement: the first scheme of the first non-empty alternative of the document's
/// `security` (else of the first operation's that has one, else the only declared scheme), with a warning for
/// what one credential cannot do (schemes required together, a scheme of an unknown type, an operation that
/// requires another scheme).
struct CredentialPlanner {
    let document: APIDocument

    /// The plan, with the warnings it needs.
    func plan(diagnostics: inout [Diagnostic]) -> CredentialPlan {
        guard let scheme = chosenScheme(diagnostics: &diagnostics) else {
            return CredentialPlan(placement: .bearer, schemeName: nil)
        }
        let placement = Self.placement(of: scheme, diagnostics: &diagnostics)
        warnAboutOperationsRequiringOthers(than: placement, diagnostics: &diagnostics)
        return CredentialPlan(placement: placement, schemeName: scheme.name)
    }

    /// The scheme the credential is sent as.
    private func chosenScheme(diagnostics: inout [Diagnostic]) -> SecurityScheme? {
        let requirements =
            !document.security.isEmpty
            ? document.security
            : document.operations.lazy.compactMap(\.security).first { !$0.isEmpty } ?? []
        guard let requirement = requirements.first(where: { !$0.schemeNames.isEmpty }) else {
            return document.securitySchemes.count == 1 ? document.securitySchemes[0] : nil
        }
        guard let first = requirement.schemeNames.first,
            let scheme = document.securitySchemes.first(where: { $0.name == first })
        else { return nil }
        if requirement.schemeNames.count > 1 {
            let others = requirement.schemeNames.dropFirst().map { "'\($0)'" }.joined(separator: ", ")
            diagnostics.append(
                Diagnostic(
                    .warning,
                    "this security requirement needs the schemes '\(first)' and \(others) together; the client sends its one credential as '\(first)', the others can be set per call in options.headers or by a ClientHook",
                    at: requirement.origin.location, pointer: requirement.origin.pointer))
        }
        return scheme
    }

    /// The placement of a scheme's credential; a scheme the client cannot send is a bearer token, with a warning.
    private static func placement(of scheme: SecurityScheme, diagnostics: inout [Diagnostic])
        -> CredentialPlan.Placement
    {
        func unsupported(_ what: String) -> CredentialPlan.Placement {
            diagnostics.append(
                Diagnostic(
                    .warning,
                    "security scheme '\(scheme.name)' is \(what), which the client cannot send; its credential is sent as `Authorization: Bearer <key>`",
                    at: scheme.origin.location, pointer: scheme.origin.pointer))
            return .bearer
        }
        switch scheme.kind {
        case .httpBearer, .oauth2, .openIDConnect: return .bearer
        case .httpBasic: return .basic
        case .apiKey(let name, .header): return .header(name)
        case .apiKey(let name, .query): return .query(name)
        case .apiKey(let name, .cookie): return .cookie(name)
        case .apiKey(_, let location): return unsupported("an API key in the \(location.rawValue)")
        case .other(let type): return unsupported(type.isEmpty ? "of no type" : "of type '\(type)'")
        }
    }

    /// An operation whose own `security` has no alternative the client's credential satisfies.
    private func warnAboutOperationsRequiringOthers(
        than placement: CredentialPlan.Placement, diagnostics: inout [Diagnostic]
    ) {
        var ignored: [Diagnostic] = []
        for operation in document.operations {
            guard let requirements = operation.security, !requirements.isEmpty else { continue }
            let satisfied = requirements.contains { requirement in
                requirement.schemeNames.isEmpty
                    || requirement.schemeNames.contains { name in
                        document.securitySchemes.first { $0.name == name }.map {
                            Self.placement(of: $0, diagnostics: &ignored) == placement
                        } ?? false
                    }
            }
            guard !satisfied else { continue }
            let schemes = requirements.flatMap(\.schemeNames)
            let names =
                (schemes.count == 1 ? "the security scheme " : "one of the security schemes ")
                + schemes.map { "'\($0)'" }.joined(separator: ", ")
            let origin = requirements[0].origin
            diagnostics.append(
                Diagnostic(
                    .warning,
                    "operation '\(operation.operationID)' requires \(names), which the client does not send (it sends the document's); set it per call in options.headers or by a ClientHook",
                    at: origin.location, pointer: origin.pointer))
        }
    }
}
