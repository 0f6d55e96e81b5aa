// The client is generated at build time by SDKGenPlugin from openapi.yaml (settings in sdkgen.yaml) and compiled
// into this module. SwiftPM needs at least one Swift file in a target; this one holds hand-written additions.

extension FileMetadata {
    /// Whether the file holds text (its MIME type is `text/…`).
    public var isText: Bool { mimeType.hasPrefix("text/") }
}
