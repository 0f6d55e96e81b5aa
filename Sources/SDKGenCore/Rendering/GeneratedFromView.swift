/// The view of `Client/GeneratedFrom.swift`: the client's constants naming its document and generator.
struct GeneratedFromView: FileView {
    /// Rendered with `GeneratedFrom.swift`.
    var templateName: String { "GeneratedFrom.swift" }
    let header: HeaderView
    let access: String
    /// The client type the constants are nested in.
    let clientName: String
    let documentFileNameLiteral: SwiftLiteral
    let documentSHA256Literal: SwiftLiteral
    let documentTitleLiteral: SwiftLiteral
    let documentVersionLiteral: SwiftLiteral
    let generatorVersionLiteral: SwiftLiteral
    /// With `runtime: module`: the runtime module's type that only the runtime of this sdkgen version declares
    /// (`RuntimeModule.versionType`), named so that a client built against another version fails on that line.
    let runtimeVersionType: String?

    /// The view of `provenance` for the client `clientName`; `runtimeVersionType` for a client of the runtime module.
    init(
        header: HeaderView, access: String, clientName: String, provenance: Provenance,
        runtimeVersionType: String? = nil
    ) {
        self.runtimeVersionType = runtimeVersionType
        self.header = header
        self.access = access
        self.clientName = clientName
        documentFileNameLiteral = SwiftText.stringLiteral(provenance.documentFileName)
        documentSHA256Literal = SwiftText.stringLiteral(provenance.documentSHA256)
        documentTitleLiteral = SwiftText.stringLiteral(provenance.documentTitle)
        documentVersionLiteral = SwiftText.stringLiteral(provenance.documentVersion)
        generatorVersionLiteral = SwiftText.stringLiteral(provenance.generatorVersion)
    }
}
