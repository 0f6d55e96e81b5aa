import Foundation

/// Groups operations by their first tag and builds each group's methods and error enums.
struct GroupBuilder {
    let document: APIDocument
    let names: TypeNames
    let access: String

    /// One group: its name, view, and the error enums of its operations.
    struct Group {
        let reference: GroupReferenceView
        let view: OperationGroupView
        let errors: [OperationErrorView]
    }

    func build(header: (String) -> HeaderView, diagnostics: inout [Diagnostic]) -> [Group] {
        let mapper = SwiftTypeMapper(names: names)
        var components: [String: Schema] = [:]
        for named in document.schemas where components[named.name] == nil { components[named.name] = named.schema }
        let operationBuilder = OperationBuilder(document: document, names: names, mapper: mapper, components: components)
        let responseBuilder = ResponseBuilder(names: names, mapper: mapper)
        var groups: [Group] = []
        let tags = document.tags.map(\.name) + (document.operations.contains { $0.tags.isEmpty } ? [""] : [])
        var operationsByTag: [String: [Operation]] = [:]
        for operation in document.operations { operationsByTag[operation.tags.first ?? "", default: []].append(operation) }
        for tag in tags {
            let operations = operationsByTag[tag] ?? []
            guard !operations.isEmpty, let group = names.groups[tag] else { continue }
            var methodNames = NameRegistry(reserved: ["core"])
            var views: [OperationView] = []
            var errors: [OperationErrorView] = []
            for operation in operations {
                let preferred = SwiftIdentifier.memberName(operation.nameOverride ?? operation.operationID)
                let methodName = methodNames.claim(preferred, for: "operation '\(operation.operationID)'", origin: operation.origin)
                let (view, warnings) = operationBuilder.build(operation, methodName: methodName)
                diagnostics += warnings
                views.append(view)
                errors.append(OperationErrorView(
                    name: view.errorType,
                    operationDescription: "\(group.typeName).\(SwiftIdentifier.unescaped(methodName))",
                    cases: responseBuilder.allErrorCases(operation)))
            }
            diagnostics += methodNames.diagnostics
            let description = document.tags.first { $0.name == tag }?.description
            let docLines = SwiftText.docLines(description ?? (tag.isEmpty ? "Operations without a tag." : "The \(tag) operations."))
            let reference = GroupReferenceView(property: group.property, typeName: group.typeName,
                                               docText: docLines.first?.text.trimmingCharacters(in: .whitespaces) ?? "")
            groups.append(Group(
                reference: reference,
                view: OperationGroupView(header: header("\(FileNames.stem(group.typeName)).swift"), access: access, typeName: group.typeName,
                                         docLines: docLines, operations: views),
                errors: errors))
        }
        return groups
    }
}
