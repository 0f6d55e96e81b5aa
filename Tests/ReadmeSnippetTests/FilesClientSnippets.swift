// swift-format-ignore-file
// The snippets are the README's, copied verbatim (ReadmeSnippetTests checks that).
import Foundation
import OpenRouterFiles

// The README's snippets that use the Files client, verbatim (imports at the top of this file), each in a
// function that provides the values the snippet takes for granted. Compiled, never run.
// `ReadmeSnippetTests` checks that every README snippet appears here or in `StreamingSnippets.swift`.

/// "Using the generated Files client".
func usingTheFilesClient(key: String, data: Data) async throws {
    let client = OpenRouterClient(apiKey: key)          // or nil: reads OPENROUTER_API_KEY
    let page = try await client.files.list(limit: 100)
    let meta = try await client.files.upload(file: FileUpload(fileName: "report.pdf", content: data))
    let again = try await client.files.retrieve(fileId: meta.id)
    let bytes = try await client.files.download(fileId: meta.id)
    print(page.data.count, again.filename, bytes.count)
    try await client.files.download(fileId: meta.id, to: URL(fileURLWithPath: "/tmp/report.pdf"))  // streams to disk
    try await client.files.delete(fileId: meta.id)     // @discardableResult: the confirmation is rarely needed
}

/// "Errors: one exhaustive `switch`".
func errorsOneExhaustiveSwitch(client: OpenRouterClient, id: String) async {
    do throws(GetFileMetadataError) {
        let file = try await client.files.retrieve(fileId: id)
        print(file.filename)
    } catch {   // error is GetFileMetadataError, not `any Error`
        switch error {
        case .notFound(let notFound):       print(notFound.body.error.message, notFound.statusCode)
        case .unauthorized(let e):          print("check the key:", e.body.error.message)
        case .tooManyRequests, .internalServerError:  print("retries were exhausted")
        case .undocumented(let apiError):   print(apiError)   // API error occurred: Status 418 Content-Type text/plain. Body: ...
        case .responseValidation(let e):    print("a 2XX body did not decode:", e)
        case .transport(let e):             print("network:", e.kind)  // connectionFailed, timedOut, cancelled, ...
        case .invalidRequest(let e):        print("refused before sending:", e)
        case .redirect(let e):              print("redirect not followed:", e.kind, e.chain)  // see Security
        }
    }
}

/// "Retries".
func retries() async throws {
    let client = OpenRouterClient(retryPolicy: .documentDefault.replacingStatusCodes([429, "5XX"]))
    _ = try await client.files.list(options: RequestOptions(retries: RetryPolicy.none))     // this call: no retries
    _ = try await client.files.list(options: RequestOptions(timeout: .seconds(5), headers: ["X-Trace": "1"]))
}

/// "Retries", non-idempotent requests.
func nonIdempotentRetries() -> OpenRouterClient {
    var policy = RetryPolicy.documentDefault
    policy.nonIdempotentRetries = .always
    let client = OpenRouterClient(retryPolicy: policy)      // or per call: RequestOptions(retries: policy)
    return client
}

/// "Pagination".
func pagination(client: OpenRouterClient) async throws {
    for try await file in client.files.listItems(limit: 100) { print(file.filename) }   // every file, page by page
    for try await page in client.files.listPages(limit: 100) { print(page.data.count) }
}
