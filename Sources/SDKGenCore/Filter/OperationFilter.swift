/// The filter stage: `APIDocument` → `APIDocument` with only the operations the options include.
enum OperationFilter {
    /// The document with only the operations whose tags and ids the options include (all when they name none), and
    /// only the tags those operations use; a tag or id the document does not have is a warning.
    static func apply(
        _ options: GeneratorOptions, to document: APIDocument,
        diagnostics: inout [Diagnostic]
    ) -> APIDocument {
        guard !options.includeTags.isEmpty || !options.includeOperations.isEmpty else { return document }
        var result = document
        result.operations = document.operations.filter { operation in
            (options.includeTags.isEmpty || operation.tags.contains { options.includeTags.contains($0) })
                && (options.includeOperations.isEmpty || options.includeOperations.contains(operation.operationID))
        }
        let used = Set(result.operations.flatMap(\.tags))
        result.tags = document.tags.filter { used.contains($0.name) }
        for tag in options.includeTags where !document.tags.contains(where: { $0.name == tag }) {
            diagnostics.append(
                Diagnostic(.warning, "the configuration includes tag '\(tag)', which no operation has", at: nil))
        }
        for id in options.includeOperations where !document.operations.contains(where: { $0.operationID == id }) {
            diagnostics.append(
                Diagnostic(
                    .warning, "the configuration includes operation '\(id)', which the document does not have", at: nil)
            )
        }
        return result
    }
}
