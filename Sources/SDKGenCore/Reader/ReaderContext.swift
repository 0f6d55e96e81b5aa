/// State shared while reading one document: the tree, the collected diagnostics and `$ref` bookkeeping.
final class ReaderContext {
    /// The loaded document.
    let root: Node
    /// The path of the document as the user named it.
    let file: String
    /// Whether the document declares OpenAPI 3.0 (for version-specific leniency).
    var isVersion30 = false
    /// What the reader found wrong or approximated.
    private(set) var diagnostics: [Diagnostic] = []
    /// The diagnostics recorded so far, to drop repeats.
    private var reported: Set<Diagnostic> = []
    /// `$ref` targets being read right now, to detect cycles that are not through a named schema.
    var refsInProgress: Set<String> = []
    /// Schemas read through references that are not to `components/schemas`, by target pointer (read once).
    var inlineReferences: [String: Schema] = [:]
    /// Targets of references outside `components/schemas` that a schema cycle runs through, by target pointer, with
    /// the component name each is declared under (a cycle needs a named type).
    var hoistedNames: [String: String] = [:]
    /// The schemas declared under those names, in the order their reading finished.
    var hoistedSchemas: [NamedSchema] = []
    /// The names of `components/schemas` and the hoisted names given so far (a hoisted name takes none of them).
    lazy var schemaNamesTaken = Set((root["components"]?["schemas"]?.mapping?.entries ?? []).map(\.key))
    /// How many schemas deep the reader is (through nesting and `$ref`s), to bound recursion on hostile input.
    var schemaDepth = 0
    /// Whether the depth error has been reported (once per document).
    var schemaDepthReported = false
    /// The deepest schema nesting read; deeper schemas are an error.
    static let maxSchemaDepth = 128
    /// Other files reached through `$ref`, loaded once, by absolute path (nil: the file failed to load).
    var externalDocuments: [String: Node?] = [:]
    /// The documents whose nodes are being read, innermost last: `$ref`s resolve against the innermost.
    var documentStack: [(root: Node, path: String)] = []

    /// Where other files named by `$ref`s are read from.
    let externalFiles: ExternalFiles

    init(root: Node, file: String, externalFiles: ExternalFiles = .fileSystem) {
        self.root = root
        self.file = file
        self.externalFiles = externalFiles
    }

    /// Records an error at a node.
    func error(_ message: String, at node: Node?, pointer: String) {
        report(Diagnostic(.error, message, at: node?.location, pointer: pointer))
    }

    /// Records a warning at a node.
    func warning(_ message: String, at node: Node?, pointer: String) {
        report(Diagnostic(.warning, message, at: node?.location, pointer: pointer))
    }

    /// Records a diagnostic at an explicit location (once: a node looked at twice is not reported twice).
    func report(_ diagnostic: Diagnostic) {
        guard reported.insert(diagnostic).inserted else { return }
        diagnostics.append(diagnostic)
    }

    /// Whether any error has been recorded.
    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The origin of a node at a pointer.
    func origin(_ node: Node, _ pointer: String) -> Origin {
        Origin(pointer: pointer, location: node.location)
    }

    /// The value at a key, checked to be a mapping; reports an error when present but of another kind.
    func mapping(_ node: Node, _ key: String, pointer: String) -> Mapping? {
        guard let value = node[key] else { return nil }
        guard let mapping = value.mapping else {
            error(
                "'\(key)' must be a mapping, found \(value.kindDescription)", at: value,
                pointer: pointer + "/" + JSONPointer.escape(key))
            return nil
        }
        return mapping
    }

    /// The value at a key, checked to be a sequence; reports an error when present but of another kind.
    func sequence(_ node: Node, _ key: String, pointer: String) -> [Node]? {
        guard let value = node[key] else { return nil }
        guard let items = value.sequence else {
            error(
                "'\(key)' must be a list, found \(value.kindDescription)", at: value,
                pointer: pointer + "/" + JSONPointer.escape(key))
            return nil
        }
        return items
    }

    /// A string at a key; numbers and booleans are accepted as their text (authors write `version: 1.0`).
    func text(_ node: Node, _ key: String) -> String? {
        node[key]?.scalarText
    }

    /// A boolean at a key; `"true"` strings are accepted with leniency. The pointer (the key's, for a diagnostic)
    /// is made only when there is something to report: most schemas have none of the flags read for them.
    func flag(_ node: Node, _ key: String, pointer: @autoclosure () -> String) -> Bool? {
        guard let value = node[key] else { return nil }
        if let bool = value.bool { return bool }
        if let text = value.string, text == "true" || text == "false" {
            warning(
                "'\(key)' should be a boolean, found the string \"\(text)\"; read as \(text)", at: value,
                pointer: pointer())
            return text == "true"
        }
        error("'\(key)' must be true or false, found \(value.kindDescription)", at: value, pointer: pointer())
        return nil
    }
}
