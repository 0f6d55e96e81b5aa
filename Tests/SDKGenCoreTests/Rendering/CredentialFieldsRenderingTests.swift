import Foundation
import Testing
@testable import SDKGenCore

/// The client lists the document's API-key security schemes as credential fields (issue 13), so that a redirect
/// to another origin drops them like `Authorization`.
@Suite("Credential fields of the generated client")
struct CredentialFieldsRenderingTests {
    static let document = """
        openapi: 3.1.0
        info: {title: Keys, version: "1"}
        servers: [{url: "https://api.example.com"}]
        paths:
          /things:
            get:
              operationId: listThings
              responses: {"200": {description: ok}}
        components:
          securitySchemes:
            bearer: {type: http, scheme: bearer}
            headerKey: {type: apiKey, in: header, name: X-Api-Key}
            otherHeaderKey: {type: apiKey, in: header, name: X-Api-Key}
            queryKey: {type: apiKey, in: query, name: "api_key"}
            cookieKey: {type: apiKey, in: cookie, name: session}
        """

    @Test func apiKeyHeadersAndQueryParametersAreCredentialFields() throws {
        let (files, _) = try InlineDocument.generate(Self.document)
        let clientFile = files.first { $0.key.hasPrefix("Client/") && $0.key.hasSuffix("Client.swift") }
        let client = try #require(clientFile?.value)
        let declaration =
            "    public static let credentialFields = CredentialFields(\n"
            + "        headerNames: [\"X-Api-Key\"], queryNames: [\"api_key\"])"
        #expect(client.contains(declaration), "\(client)")
        #expect(client.contains("credentialFields: Self.credentialFields"))
        #expect(client.contains("redirectPolicy: RedirectPolicy = .standard"))
    }
}
