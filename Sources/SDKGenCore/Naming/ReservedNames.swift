/// Identifiers the templates declare themselves, which names taken from a document must not reuse in the same
/// scope. Each list is checked by a test to appear in the template that needs it.
enum ReservedNames {
    /// Members of the client struct (`Client.swift`): group properties must not shadow them.
    static let clientMembers: Set<String> = [
        "configuration", "apiVersion", "defaultUserAgent", "apiKeyEnvironmentVariable", "credentialFields",
        "credentialPlacement",
    ]
    /// Members of the `Globals` struct (`Client.swift`).
    static let globalsMembers: Set<String> = ["headers", "withEnvironmentFallbacks"]
    /// Members of an operation group (`OperationGroup.swift`): methods must not shadow them.
    static let groupMembers: Set<String> = ["core"]
    /// Names an operation method's body uses (`Partials/Operation`, `Partials/Download`): arguments must not
    /// shadow them.
    static let operationLocals: Set<String> = ["options", "request", "response", "core", "destination"]
    /// Members of a generated struct (`Partials/Struct`): none a property could clash with. Its coding keys are
    /// `DynamicCodingKey` literals (no `CodingKeys` enum), and the static `declaredKeys` may share a property's name.
    static let structMembers: Set<String> = []
    /// Members of an open enum (`Partials/OpenEnum`): `unknown` holds values the document does not list.
    static let openEnumMembers: Set<String> = ["unknown", "rawValue"]
    /// Members of a union decoded by its discriminator (`Partials/Union`): `unknown` holds values the document
    /// does not list.
    static let discriminatedUnionMembers: Set<String> = ["unknown"]
    /// Members of a closed enum (`Partials/Enum`).
    static let closedEnumMembers: Set<String> = ["rawValue", "allCases"]
}
