/// How one field of a form body reaches the wire, from its schema and its `encoding` entry.
struct FormFieldPlan: Sendable, Equatable {
    /// How the value becomes a `ParameterValue` (URL-encoded forms; `.direct` for multipart).
    var encoding: ParameterEncoding = .direct
    /// The serialization style of a URL-encoded field (`form`, `spaceDelimited`, `pipeDelimited`, `deepObject`).
    var style = "form"
    /// Whether a URL-encoded list or object is exploded.
    var explode = true
    /// The `Content-Type` of a multipart text or JSON part, when the document names one.
    var partContentType: String?
    /// Whether a multipart field is sent as a JSON part (objects, lists and unions; any field whose `encoding`
    /// says `application/json`).
    var isJSONPart = false
    /// The kind a multipart text field's `$ref` leads to (a component string or enum), which its text is made of.
    var referencedTextKind: Schema.Kind?

    /// The styles a URL-encoded field may have.
    static let formStyles: Set<String> = ["form", "spaceDelimited", "pipeDelimited", "deepObject"]

    /// The plans of a form's fields, in field order, with a warning for each `encoding` detail that is not sent.
    static func plans(
        fields: [Property], content: MediaContent, isMultipart: Bool, lookup: PropertyLookup,
        diagnostics: inout [Diagnostic]
    ) -> [FormFieldPlan] {
        fields.map { field in
            let entry = content.encodings[field.name]
            var plan = FormFieldPlan()
            let contentType = entry?.contentType.map { $0.trimmingWhitespace() }.flatMap { $0.isEmpty ? nil : $0 }
            let sendsJSON = contentType.map(MediaTypes.isJSON) ?? false
            if isMultipart {
                if case .reference = field.schema.kind, let target = textTarget(of: field.schema, lookup: lookup) {
                    plan.referencedTextKind = target.kind
                }
                plan.isJSONPart = sendsJSON || !(isPlainText(field.schema) || plan.referencedTextKind != nil)
                plan.partContentType = contentType.flatMap { $0.contains(",") ? nil : $0 }
            } else {
                plan.encoding =
                    sendsJSON
                    ? .json : ParameterEncoding.of(field.schema, contentMediaType: nil, index: lookup.index)
                if let style = entry?.style {
                    if formStyles.contains(style) {
                        plan.style = style
                    } else if let entry {
                        diagnostics.append(
                            Diagnostic(
                                .warning,
                                "form field '\(field.name)' has style '\(style)', which a URL-encoded form does not use; it is sent in form style",
                                at: entry.origin.location, pointer: entry.origin.pointer + "/style"))
                    }
                }
                plan.explode = entry?.explode ?? (plan.style == "form")
            }
            if let entry { warnAboutUnsent(entry, field: field.name, isMultipart: isMultipart, into: &diagnostics) }
            return plan
        }
    }

    /// Strings, numbers, booleans and scalar enums are sent as text parts; the rest as JSON.
    static func isPlainText(_ schema: Schema) -> Bool {
        switch schema.kind {
        case .string, .integer, .number, .boolean, .enumeration: true
        default: false
        }
    }

    /// The component a `$ref` chain ends at, when it is a string or a scalar enum (sent as its text, not as JSON).
    private static func textTarget(of schema: Schema, lookup: PropertyLookup) -> Schema? {
        let current = lookup.dereferenced(schema)
        switch current.kind {
        case .string, .enumeration: return current.nullable ? nil : current
        default: return nil
        }
    }

    private static func warnAboutUnsent(
        _ entry: FieldEncoding, field: String, isMultipart: Bool, into diagnostics: inout [Diagnostic]
    ) {
        if entry.hasHeaders && isMultipart {
            diagnostics.append(
                Diagnostic(
                    .warning,
                    "the part headers of form field '\(field)' are not sent; set them with a ClientHook if the server needs them",
                    at: entry.origin.location, pointer: entry.origin.pointer + "/headers"))
        }
        if entry.allowReserved && !isMultipart {
            diagnostics.append(
                Diagnostic(
                    .warning,
                    "form field '\(field)' allows reserved characters; sdkgen percent-encodes them anyway, which every server decodes to the same value",
                    at: entry.origin.location, pointer: entry.origin.pointer + "/allowReserved"))
        }
    }
}
