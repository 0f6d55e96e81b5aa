// swift-format-ignore-file
// The snippets are the README's, copied verbatim (ReadmeSnippetTests checks that).
import Foundation
import OpenRouter   // the library product `OpenRouter` of this package: the whole OpenRouter API

// The README's snippets that use the whole-API client, verbatim; see `FilesClientSnippets.swift`.

/// "Streaming responses".
func streamingResponses(key: String, request: ChatRequest) async throws {
    let client = OpenRouterClient(apiKey: key)
    for try await chunk in try await client.chat.sendStream(body: request) {
        print(chunk.choices.first?.delta.content ?? "")
    }
}
