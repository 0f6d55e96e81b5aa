import Foundation

/// Decides how a request body becomes method arguments: a `body` value for JSON, binary and text,
/// one argument per field for multipart and URL-encoded forms.
struct RequestBodyBuilder {
    let mapper: SwiftTypeMapper

    /// The arguments and the body view for the template.
    struct Result {
        var arguments: [ArgumentView] = []
        var json: BodyArgumentView?
        var binary: BodyArgumentView?
        var text: BodyArgumentView?
        var multipart: FormBodyView?
        var urlEncoded: FormBodyView?
    }

    func build(_ body: RequestBody?, registry: inout NameRegistry, diagnostics: inout [Diagnostic]) -> Result {
        var result = Result()
        guard let body, let content = preferredContent(body) else { return result }
        if body.contents.count > 1 {
            let others = body.contents.filter { $0.mediaType != content.mediaType }.map(\.mediaType).joined(separator: ", ")
            diagnostics.append(Diagnostic(.warning, "the request body is sent as \(content.mediaType); the other media types (\(others)) are not offered",
                                          at: body.origin.location, pointer: body.origin.pointer))
        }
        let mediaType = content.mediaType
        if MediaTypes.isForm(mediaType), let schema = content.schema, case .object(let object) = schema.kind {
            let fields = formFields(object, registry: &registry, result: &result)
            if MediaTypes.isMultipart(mediaType) { result.multipart = fields } else { result.urlEncoded = fields }
            return result
        }
        let schema = content.schema ?? Schema(.any, origin: body.origin)
        let isBinary = SwiftTypeMapper.isBinary(schema) || (!MediaTypes.isJSON(mediaType) && !MediaTypes.isText(mediaType))
        let type = isBinary ? "Data" : (MediaTypes.isText(mediaType) ? "String" : mapper.type(of: schema))
        let name = registry.claim("body", for: "the request body", origin: body.origin)
        result.arguments.append(ArgumentView(name: name, type: type + (body.required ? "" : "?"),
                                             defaultArgument: body.required ? "" : " = nil",
                                             docText: docText(body.description ?? schema.description ?? "The request body.")))
        let view = BodyArgumentView(name: name, contentTypeLiteral: SwiftText.stringLiteral(mediaType), isOptional: !body.required)
        if isBinary {
            result.binary = view
        } else if MediaTypes.isText(mediaType) {
            result.text = view
        } else {
            result.json = view
        }
        return result
    }

    /// JSON first, then forms, then whatever comes first.
    private func preferredContent(_ body: RequestBody) -> MediaContent? {
        body.contents.first { MediaTypes.isJSON($0.mediaType) }
            ?? body.contents.first { MediaTypes.isForm($0.mediaType) }
            ?? body.contents.first
    }

    private func formFields(_ object: ObjectSchema, registry: inout NameRegistry, result: inout Result) -> FormBodyView {
        var fields: [FormFieldView] = []
        for property in object.properties {
            let name = registry.claim(SwiftIdentifier.memberName(property.name), for: "form field '\(property.name)'", origin: property.schema.origin)
            let isFile = SwiftTypeMapper.isBinary(property.schema)
            let type = isFile ? "FileUpload" : mapper.type(of: property.schema)
            let optional = !property.required
            result.arguments.append(ArgumentView(name: name, type: type + (optional ? "?" : ""),
                                                 defaultArgument: optional ? " = nil" : "",
                                                 docText: docText(property.schema.description ?? (isFile ? "The file to upload." : ""))))
            let isText = !isFile && isPlainText(property.schema, type: type)
            fields.append(FormFieldView(wireLiteral: SwiftText.stringLiteral(property.name), name: name,
                                        isFile: isFile, isText: isText, isJSON: !isFile && !isText, isOptional: optional,
                                        textExpression: textExpression(property.schema, name: name, optional: optional)))
        }
        return FormBodyView(fields: fields, binding: fields.isEmpty ? "let" : "var")
    }

    /// Strings, numbers, booleans and scalar enums are sent as text; objects and arrays as JSON.
    private func isPlainText(_ schema: Schema, type: String) -> Bool {
        switch schema.kind {
        case .string, .integer, .number, .boolean, .enumeration: true
        default: false
        }
    }

    private func textExpression(_ schema: Schema, name: String, optional: Bool) -> String {
        switch schema.kind {
        case .string(let format) where format != "date-time" && format != "byte": return name
        case .enumeration(let values) where !values.isInteger: return name + (optional ? "?" : "") + ".rawValue"
        default: return optional ? "\(name).map { String(describing: $0) }" : "String(describing: \(name))"
        }
    }

    private func docText(_ text: String) -> String {
        SwiftText.docLines(text).map(\.text).filter { !$0.isEmpty }.joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }
}
