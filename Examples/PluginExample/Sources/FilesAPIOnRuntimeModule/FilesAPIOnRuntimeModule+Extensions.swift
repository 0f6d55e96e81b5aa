// The client is generated at build time by SDKGenPlugin from openapi.yaml (settings in sdkgen.yaml); its runtime is
// the SDKGenRuntime module. SwiftPM needs at least one Swift file in a target; this one holds hand-written additions.

extension FileMetadata {
    /// The size in kibibytes, rounded down.
    public var sizeKiB: Int { sizeBytes / 1024 }
}
