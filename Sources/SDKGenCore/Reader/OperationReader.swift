import Foundation

/// Reads `paths` into operations: parameters merged, bodies and responses by media type.
struct OperationReader {
    let context: ReaderContext

    private static let methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]

    /// Every operation under `paths`, in document order.
    func readPaths(_ paths: Mapping) -> [Operation] {
        var operations: [Operation] = []
        for entry in paths.entries {
            let pathPointer = "#/paths/" + JSONPointer.escape(entry.key)
            guard entry.key.hasPrefix("/") else {
                context.error("path '\(entry.key)' must start with '/'", at: entry.value, pointer: pathPointer)
                continue
            }
            // A path item may be a `$ref` (often to a file of its own): read it where it lives, so that its own
            // relative references resolve against that file.
            guard let item = followReferences(entry.value, pointer: pathPointer, what: "path item") else { continue }
            context.reading(in: item.document) {
                operations += readPathItem(item.node, path: entry.key, pointer: pathPointer)
            }
        }
        return operations
    }

    private func readPathItem(_ node: Node, path: String, pointer pathPointer: String) -> [Operation] {
        guard node.mapping != nil else {
            context.error(
                "a path item must be a mapping, found \(node.kindDescription)", at: node, pointer: pathPointer)
            return []
        }
        let shared = ParameterReader(context: context)
            .readList(
                context.sequence(node, "parameters", pointer: pathPointer) ?? [], pointer: pathPointer + "/parameters")
        let pathServers = DocumentReader.readServers(node, context: context, pointer: pathPointer)
        var operations: [Operation] = []
        for methodEntry in node.mapping?.entries ?? [] where Self.methods.contains(methodEntry.key) {
            let pointer = pathPointer + "/" + methodEntry.key
            guard let target = followReferences(methodEntry.value, pointer: pointer, what: "operation") else {
                continue
            }
            let operation = context.reading(in: target.document) {
                readOperation(
                    target.node, method: methodEntry.key, path: path, shared: shared, pathServers: pathServers,
                    pointer: pointer, keyLocation: methodEntry.keyLocation)
            }
            if let operation { operations.append(operation) }
        }
        return operations
    }

    /// The node, or what its `$ref` (and the target's, up to 8 in a row) names, with the document it lives in.
    private func followReferences(
        _ node: Node, pointer: String,
        what: String
    ) -> (node: Node, document: (root: Node, path: String))? {
        var current = node
        var document = context.currentDocument
        for _ in 0..<8 {
            guard let ref = current["$ref"] else { return (current, document) }
            guard let target = ref.string else {
                context.error("'$ref' must be a string", at: ref, pointer: pointer + "/$ref")
                return nil
            }
            guard
                let resolved = context.reading(
                    in: document, { context.resolveReference(target, at: ref, pointer: pointer) })
            else { return nil }
            current = resolved.node
            document = resolved.document
        }
        context.error(
            "this \(what)'s $ref leads through more than 8 references; refer to the \(what) itself",
            at: node, pointer: pointer)
        return nil
    }

    private func readOperation(
        _ node: Node, method: String, path: String, shared: [Parameter], pathServers: [Server], pointer: String,
        keyLocation: SourceLocation
    ) -> Operation? {
        guard node.mapping != nil else {
            context.error("an operation must be a mapping, found \(node.kindDescription)", at: node, pointer: pointer)
            return nil
        }
        let own = ParameterReader(context: context)
            .readList(context.sequence(node, "parameters", pointer: pointer) ?? [], pointer: pointer + "/parameters")
        let parameters = merge(shared: shared, own: own)
        let origin = Origin(pointer: pointer, location: keyLocation)
        checkPathTemplate(path, parameters: parameters, origin: origin)
        let extensions = ExtensionReader(context: context)
        let ownServers = DocumentReader.readServers(node, context: context, pointer: pointer)
        if let callbacks = node["callbacks"], let names = callbacks.mapping?.entries.map(\.key), !names.isEmpty {
            context.warning(
                "callbacks (\(names.map { "'\($0)'" }.joined(separator: ", "))) are requests the API sends, not ones a client makes; no code is generated for them",
                at: callbacks, pointer: pointer + "/callbacks")
        }
        var operation = Operation(
            method: method.uppercased(), path: path,
            operationID: context.text(node, "operationId") ?? derivedID(method: method, path: path),
            nameOverride: context.text(node, "x-speakeasy-name-override"),
            summary: context.text(node, "summary"), description: context.text(node, "description"),
            deprecated: context.flag(node, "deprecated", pointer: pointer + "/deprecated") ?? false,
            // An empty tag name groups nothing: such an operation counts as untagged.
            tags: (context.sequence(node, "tags", pointer: pointer) ?? []).compactMap(\.scalarText).filter {
                !$0.isEmpty
            },
            parameters: parameters,
            requestBody: node["requestBody"].flatMap {
                BodyReader(context: context).readRequestBody($0, pointer: pointer + "/requestBody")
            },
            responses: BodyReader(context: context).readResponses(node, pointer: pointer),
            pagination: extensions.readPagination(
                node["x-speakeasy-pagination"], pointer: pointer + "/x-speakeasy-pagination"),
            retries: extensions.readRetries(node["x-speakeasy-retries"], pointer: pointer + "/x-speakeasy-retries"),
            security: node["security"].map {
                DocumentReader.readSecurity($0, context: context, pointer: pointer + "/security")
            },
            origin: origin)
        operation.servers = ownServers.isEmpty ? pathServers : ownServers
        return operation
    }

    /// Path-level parameters first, replaced in place by operation parameters of the same name and location.
    private func merge(shared: [Parameter], own: [Parameter]) -> [Parameter] {
        var result = shared
        var positions: [String: Int] = [:]
        for (index, parameter) in shared.enumerated()
        where positions[parameter.location.rawValue + ":" + parameter.name] == nil {
            positions[parameter.location.rawValue + ":" + parameter.name] = index
        }
        for parameter in own {
            let key = parameter.location.rawValue + ":" + parameter.name
            if let index = positions[key] {
                result[index] = parameter
            } else {
                positions[key] = result.count
                result.append(parameter)
            }
        }
        return result
    }

    private func checkPathTemplate(_ path: String, parameters: [Parameter], origin: Origin) {
        let templateNames = Self.templateVariables(path)
        let declared = parameters.filter { $0.location == .path }
        let declaredNames = Set(declared.map(\.name))
        let templateNameSet = Set(templateNames)
        for name in templateNames where !declaredNames.contains(name) {
            context.report(
                Diagnostic(
                    .error,
                    "path '\(path)' uses '{\(name)}' but the operation declares no path parameter '\(name)'; add it to 'parameters' with 'in: path'",
                    at: origin.location, pointer: origin.pointer))
        }
        for parameter in declared where !templateNameSet.contains(parameter.name) {
            context.report(
                Diagnostic(
                    .error,
                    "path parameter '\(parameter.name)' does not appear in the path template '\(path)'; add '{\(parameter.name)}' to the path or change 'in'",
                    at: parameter.origin.location, pointer: parameter.origin.pointer))
        }
    }

    /// The `{name}` variables of a path template, in order.
    static func templateVariables(_ path: String) -> [String] {
        var names: [String] = []
        var current: String?
        for character in path {
            if character == "{" {
                current = ""
            } else if character == "}", let name = current {
                names.append(name)
                current = nil
            } else if current != nil {
                current?.append(character)
            }
        }
        return names
    }

    private func derivedID(method: String, path: String) -> String {
        method + path.replacingOccurrences(of: "{", with: "").replacingOccurrences(of: "}", with: "")
    }
}
