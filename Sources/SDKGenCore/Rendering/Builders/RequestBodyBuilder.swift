import Foundation

/// Decides how a request body becomes method arguments: a `body` value for JSON, binary and text,
/// one argument per field for multipart and URL-encoded forms.
struct RequestBodyBuilder {
    let types: SwiftTypeMapper

    /// The arguments and the body view for the template.
    struct Result {
        var arguments: [ArgumentView] = []
        var json: BodyArgumentView?
        var binary: BodyArgumentView?
        var text: BodyArgumentView?
        var multipart: FormBodyView?
        var urlEncoded: FormBodyView?
    }

    /// The body's arguments and view, as the operation's plan decided it is passed.
    func build(_ plan: OperationPlan) -> Result {
        var result = Result()
        switch plan.body {
        case .none:
            return result
        case .form(_, let fields, let isMultipart):
            let form = formFields(
                fields, names: plan.names.formFields, plans: plan.formFields, urlEncoded: !isMultipart,
                result: &result)
            if isMultipart { result.multipart = form } else { result.urlEncoded = form }
            return result
        case .single(let body, let content, let schema):
            let name = plan.names.body ?? "body"
            let mediaType = content.mediaType
            let isBinary =
                SwiftTypeMapper.isBinary(schema) || (!MediaTypes.isJSON(mediaType) && !MediaTypes.isText(mediaType))
            let type = isBinary ? "Data" : (MediaTypes.isText(mediaType) ? "String" : types.type(of: schema))
            result.arguments.append(
                ArgumentView(
                    name: name, type: type + (body.required ? "" : "?"),
                    defaultArgument: body.required ? "" : " = nil",
                    docText: SwiftText.inlineCommentText(body.description ?? schema.description ?? "The request body."))
            )
            let view = BodyArgumentView(
                name: name, contentTypeLiteral: SwiftText.stringLiteral(mediaType), isOptional: !body.required)
            if isBinary {
                result.binary = view
            } else if MediaTypes.isText(mediaType) {
                result.text = view
            } else {
                result.json = view
            }
            return result
        }
    }

    private func formFields(
        _ properties: [Property], names: [String], plans: [FormFieldPlan], urlEncoded: Bool,
        result: inout Result
    ) -> FormBodyView {
        var fields: [FormFieldView] = []
        for (property, (name, fieldPlan)) in zip(properties, zip(names, plans)) {
            let isFile = SwiftTypeMapper.isBinary(property.schema)
            let valueType = urlEncoded ? types.parameterType(of: property.schema) : types.type(of: property.schema)
            let type = isFile ? "FileUpload" : valueType
            let optional = !property.required
            result.arguments.append(
                ArgumentView(
                    name: name, type: type + (optional ? "?" : ""),
                    defaultArgument: optional ? " = nil" : "",
                    docText: SwiftText.inlineCommentText(
                        property.schema.description ?? (isFile ? "The file to upload." : ""))))
            let isText = !isFile && !fieldPlan.isJSONPart
            fields.append(
                FormFieldView(
                    wireLiteral: SwiftText.stringLiteral(property.name), name: name,
                    isFile: isFile, isText: isText, isJSON: !isFile && !isText, isOptional: optional,
                    textExpression: textExpression(
                        fieldPlan.referencedTextKind ?? property.schema.kind, name: name, optional: optional),
                    valueExpression: OperationBuilder.valueExpression(
                        name, encoding: fieldPlan.encoding, optional: optional),
                    partArguments: fieldPlan.partContentType.map {
                        ", contentType: \(SwiftText.stringLiteral($0).code)"
                    }
                        ?? "",
                    styleArguments: Self.styleArguments(fieldPlan)))
        }
        return FormBodyView(fields: fields, binding: fields.isEmpty ? "let" : "var")
    }

    /// `, style: .deepObject, explode: true` for a URL-encoded field not in the default (exploded form) style.
    static func styleArguments(_ plan: FormFieldPlan) -> String {
        plan.style == "form" && plan.explode ? "" : ", style: .\(plan.style), explode: \(plan.explode)"
    }

    private func textExpression(_ kind: Schema.Kind, name: String, optional: Bool) -> String {
        switch kind {
        case .string("date-time"):
            // ISO 8601, as the value is in JSON and in a query (not `Date`'s description).
            return optional ? "\(name).map(JSONCoding.formatDate)" : "JSONCoding.formatDate(\(name))"
        case .string("byte"):
            return optional ? "\(name)?.base64EncodedString()" : "\(name).base64EncodedString()"
        case .string: return name
        case .enumeration(let values) where !values.isInteger: return name + (optional ? "?" : "") + ".rawValue"
        case .enumeration:
            return optional ? "\(name).map { String($0.rawValue) }" : "String(\(name).rawValue)"
        default: return optional ? "\(name).map { String(describing: $0) }" : "String(describing: \(name))"
        }
    }
}
