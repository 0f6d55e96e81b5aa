import XCTest
@testable import SDKGenCore

/// The client's one credential goes where the document's security says: the first scheme of its first
/// non-empty requirement, as a bearer token, HTTP Basic, or an API-key header, query parameter or cookie; what
/// one credential cannot do is a warning.
final class CredentialPlannerTests: XCTestCase {
    private func generate(schemes: String, security: String = "", operationSecurity: String = "") throws -> (
        client: String, messages: [String]
    ) {
        let yaml = """
            openapi: 3.1.0
            info: {title: T, version: '1'}
            \(security)
            paths:
              /a:
                get:
                  operationId: getA
                  \(operationSecurity)
                  responses: {'204': {description: done}}
            components:
              securitySchemes:
            \(schemes)
            """
        let result = try InlineDocument.generate(yaml)
        return (try XCTUnwrap(result.files["Client/TClient.swift"]), result.diagnostics.map(\.message))
    }

    private func placement(_ client: String) -> String? {
        client.split(separator: "\n").first { $0.contains("static let credentialPlacement") }
            .map { String($0.split(separator: "=", maxSplits: 1)[1]).trimmingCharacters(in: .whitespaces) }
    }

    func testEachSchemeKindHasItsPlacement() throws {
        let cases: [(String, String)] = [
            ("{type: http, scheme: bearer}", ".bearer"),
            ("{type: http, scheme: Basic}", ".basic"),
            ("{type: apiKey, in: header, name: X-API-Key}", #".header("X-API-Key")"#),
            ("{type: apiKey, in: query, name: api_key}", #".query("api_key")"#),
            ("{type: apiKey, in: cookie, name: session}", #".cookie("session")"#),
            ("{type: oauth2, flows: {}}", ".bearer"),
            ("{type: openIdConnect, openIdConnectUrl: 'https://x/.well-known'}", ".bearer"),
        ]
        for (scheme, expected) in cases {
            let (client, messages) = try generate(schemes: "    key: \(scheme)", security: "security: [{key: []}]")
            XCTAssertEqual(placement(client), expected, scheme)
            XCTAssertEqual(messages, [], scheme)
        }
    }

    func testTheArgumentsDocumentationSaysWhereTheKeyGoes() throws {
        let (client, _) = try generate(
            schemes: "    key: {type: apiKey, in: query, name: api_key}", security: "security: [{key: []}]")
        XCTAssertTrue(
            client.contains(
                "    ///   - apiKey: The API key, sent as the `api_key` query parameter; when nil, the `T_API_KEY` environment variable.\n"
            ), client)
        XCTAssertTrue(client.contains("            credentialPlacement: Self.credentialPlacement,\n"))
    }

    func testAHostileHeaderNameReachesTheCodeOnlyAsALiteral() throws {
        let (client, _) = try generate(
            schemes: #"    key: {type: apiKey, in: header, name: 'X") ; fatalError("CANARY'}"#,
            security: "security: [{key: []}]")
        XCTAssertEqual(placement(client), #".header("X\") ; fatalError(\"CANARY")"#)
    }

    func testWithoutARequirementTheOnlySchemeOrElseABearerToken() throws {
        let one = try generate(schemes: "    key: {type: apiKey, in: header, name: X-Key}")
        XCTAssertEqual(placement(one.client), #".header("X-Key")"#)
        let two = try generate(
            schemes: "    a: {type: apiKey, in: header, name: X-A}\n    b: {type: apiKey, in: header, name: X-B}")
        XCTAssertEqual(placement(two.client), ".bearer")
    }

    func testAnOperationsRequirementIsUsedWhenTheDocumentHasNone() throws {
        let (client, messages) = try generate(
            schemes: "    a: {type: http, scheme: bearer}\n    b: {type: apiKey, in: header, name: X-B}",
            operationSecurity: "security: [{}, {b: []}]")
        XCTAssertEqual(placement(client), #".header("X-B")"#)
        XCTAssertEqual(messages, [])
    }

    func testSchemesRequiredTogetherSendTheFirstWithAWarning() throws {
        let (client, messages) = try generate(
            schemes: "    a: {type: apiKey, in: header, name: X-A}\n    b: {type: apiKey, in: header, name: X-B}",
            security: "security: [{a: [], b: []}]")
        XCTAssertEqual(placement(client), #".header("X-A")"#)
        XCTAssertEqual(
            messages,
            [
                "this security requirement needs the schemes 'a' and 'b' together; the client sends its one credential as 'a', the others can be set per call in options.headers or by a ClientHook"
            ])
    }

    func testASchemeTheClientCannotSendIsABearerTokenWithAWarning() throws {
        let (client, messages) = try generate(schemes: "    tls: {type: mutualTLS}", security: "security: [{tls: []}]")
        XCTAssertEqual(placement(client), ".bearer")
        XCTAssertEqual(
            messages,
            [
                "security scheme 'tls' is of type 'mutualTLS', which the client cannot send; its credential is sent as `Authorization: Bearer <key>`"
            ])
    }

    func testAnOperationThatRequiresAnotherSchemeIsNamed() throws {
        let schemes = "    a: {type: apiKey, in: header, name: X-A}\n    b: {type: http, scheme: basic}"
        let other = try generate(
            schemes: schemes, security: "security: [{a: []}]", operationSecurity: "security: [{b: []}]")
        XCTAssertEqual(
            other.messages,
            [
                "operation 'getA' requires the security scheme 'b', which the client does not send (it sends the document's); set it per call in options.headers or by a ClientHook"
            ])
        let none = try generate(schemes: schemes, security: "security: [{a: []}]", operationSecurity: "security: []")
        XCTAssertEqual(none.messages, [])
    }
}
