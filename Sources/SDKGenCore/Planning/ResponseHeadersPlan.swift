/// The documented headers of an operation's success responses, as the struct its `…WithHeaders` method returns.
struct ResponseHeadersPlan: Sendable {
    /// One property of the struct.
    struct Field: Sendable {
        let header: ResponseHeader
        /// The property (`xRequestId`).
        let propertyName: String
        /// `String`, `Int`, `Int64`, `Double`, `Bool`...: a type read from the header's text.
        let type: String
        /// Required in every success response: the property is not optional.
        let isRequired: Bool
    }

    /// The struct (`CreateJobResponseHeaders`).
    let typeName: String
    /// In document order, each name once (compared case-insensitively, as header names are).
    let fields: [Field]

    /// The plan of `operation`'s success response headers, with a warning for each header whose value is not a
    /// scalar (it is read as its text).
    static func make(
        _ operation: Operation, typeName: String, lookup: PropertyLookup, types: SwiftTypeMapper,
        diagnostics: inout [Diagnostic]
    ) -> ResponseHeadersPlan {
        let successes = SuccessResponses.matchable(operation)
        var seen: Set<String> = []
        var headers: [ResponseHeader] = []
        for header in successes.flatMap(\.headers) where seen.insert(header.name.lowercased()).inserted {
            headers.append(header)
        }
        var registry = NameRegistry(reserved: ["init"])
        let fields = headers.map { header in
            let inEvery = successes.allSatisfy { response in
                response.headers.contains { $0.name.lowercased() == header.name.lowercased() && $0.required }
            }
            let type = scalarType(of: lookup.dereferenced(header.schema), types: types)
            if type == nil {
                diagnostics.append(
                    Diagnostic(
                        .warning,
                        "the \(header.name) header of '\(operation.operationID)' is not a single value (a string, number or boolean); it is read as its text",
                        at: header.origin.location, pointer: header.origin.pointer))
            }
            return Field(
                header: header,
                propertyName: registry.claim(
                    SwiftIdentifier.memberName(header.name),
                    for: "header '\(header.name)' of '\(operation.operationID)'", origin: header.origin),
                type: type ?? "String", isRequired: inEvery)
        }
        diagnostics += registry.diagnostics
        return ResponseHeadersPlan(typeName: typeName, fields: fields)
    }

    /// The Swift type a scalar header value reads as: a number or boolean as models type it, a string of any format
    /// (dates and bytes included) or a scalar enum as its raw text; nil for any other shape.
    private static func scalarType(of schema: Schema, types: SwiftTypeMapper) -> String? {
        switch schema.kind {
        case .integer, .number, .boolean: types.type(of: schema)
        case .string: "String"
        case .enumeration(let values): values.isInteger ? "Int" : "String"
        default: nil
        }
    }
}
