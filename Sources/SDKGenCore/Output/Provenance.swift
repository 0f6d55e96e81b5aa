/// What a generated client was generated from: the document and the generator.
///
/// Recorded once per output, in the client's `GeneratedFrom` constants (`Client/GeneratedFrom.swift`) and in the
/// manifest, never in file headers: a changed document then changes only the files whose content changes.
public struct Provenance: Sendable, Equatable {
    /// The document's file name, without folders.
    public var documentFileName: String
    /// SHA-256 of the document's bytes, hex (what `sha256sum` prints).
    public var documentSHA256: String
    /// The document's `info.title`.
    public var documentTitle: String
    /// The document's `info.version`.
    public var documentVersion: String
    /// The version of sdkgen that generated the client.
    public var generatorVersion: String

    /// The provenance of a client generated now from `document`, whose file and bytes `source` describes.
    public init(source: SourceDescription, document: APIDocument) {
        documentFileName = source.fileName
        documentSHA256 = source.sha256
        documentTitle = document.title
        documentVersion = document.version
        generatorVersion = GeneratorVersion.current
    }

    /// The manifest's comment lines (`# document-sha256: …`), one per field, in a fixed order.
    var manifestLines: [String] {
        [
            ("document", documentFileName), ("document-sha256", documentSHA256), ("document-title", documentTitle),
            ("document-version", documentVersion), ("generator", "sdkgen \(generatorVersion)"),
        ].map { "# \($0.0): \(Self.singleLine($0.1))" }
    }

    /// `text` on one line (a title with a line break must not end the comment).
    private static func singleLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
