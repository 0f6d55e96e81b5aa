/// Words Swift reserves, and type names a generated module must not shadow.
enum SwiftKeywords {
    /// Keywords that need backticks to be used as member names.
    static let reserved: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout",
        "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows",
        "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default",
        "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch",
        "where", "while", "as", "false", "is", "nil", "super", "throws", "true", "try", "await", "package",
        "any", "some", "async", "consume", "copy", "discard", "each", "borrowing", "consuming", "macro",
        "nonisolated", "isolated", "sending",
    ]

    /// Names that cannot serve as members even with backticks (or that break synthesized code).
    static let unusable: Set<String> = ["self", "Self", "Type", "Protocol", "_", "init", "deinit", "subscript"]

    /// Type names that would shadow the standard library, Foundation or the runtime inside the module.
    static let moduleScopeTypes: Set<String> = [
        "Any", "AnyObject", "Array", "Bool", "Character", "Codable", "Data", "Date", "Decimal", "Decodable",
        "Decoder", "Dictionary", "Double", "Encodable", "Encoder", "Equatable", "Error", "Float", "Hashable",
        "Int", "Int32", "Int64", "Never", "Optional", "Protocol", "Result", "Self", "Sendable", "Sequence", "Set",
        "String", "Task", "Type", "UInt", "URL", "UUID", "Void", "JSONDecoder", "JSONEncoder", "Duration",
        "Foundation", "CodingKey", "URLSession", "URLRequest", "URLResponse", "HTTPURLResponse", "ProcessInfo",
        "FileManager", "Bundle", "Locale", "TimeZone", "Calendar", "ContinuousClock", "AsyncSequence",
        "AsyncIteratorProtocol", "AsyncThrowingStream", "AsyncStream", "Collection", "Substring", "Unicode",
    ]
}
