/// Reads the Speakeasy extensions the generated client honours, and keeps the others as data.
struct ExtensionReader {
    let context: ReaderContext

    /// `x-speakeasy-retries`.
    func readRetries(_ node: Node?, pointer: String) -> RetryConfig? {
        guard let node else { return nil }
        guard node.mapping != nil else {
            context.error("'x-speakeasy-retries' must be a mapping", at: node, pointer: pointer)
            return nil
        }
        let backoff = node["backoff"]
        return RetryConfig(
            strategy: context.text(node, "strategy") ?? "backoff",
            initialIntervalMilliseconds: backoff?["initialInterval"]?.int ?? 500,
            maxIntervalMilliseconds: backoff?["maxInterval"]?.int ?? 60_000,
            exponent: exponent(backoff?["exponent"], pointer: pointer + "/backoff/exponent"),
            maxElapsedTimeMilliseconds: backoff?["maxElapsedTime"]?.int ?? 3_600_000,
            statusCodes: (node["statusCodes"]?.sequence ?? []).compactMap(\.scalarText),
            retryConnectionErrors: node["retryConnectionErrors"]?.bool ?? false)
    }

    /// The backoff exponent: a finite number (1.5 when absent or not usable).
    private func exponent(_ node: Node?, pointer: String) -> Double {
        guard let node else { return 1.5 }
        guard let value = node.double, value.isFinite else {
            context.warning(
                "'exponent' must be a finite number, found \(node.scalarText ?? node.kindDescription); 1.5 is used",
                at: node, pointer: pointer)
            return 1.5
        }
        return value
    }

    /// `x-speakeasy-pagination`.
    func readPagination(_ node: Node?, pointer: String) -> Pagination? {
        guard let node else { return nil }
        guard let type = context.text(node, "type") else {
            context.warning("'x-speakeasy-pagination' without a 'type' is ignored", at: node, pointer: pointer)
            return nil
        }
        let input = node["inputs"]?.sequence?.first
        let inputs = (node["inputs"]?.sequence ?? []).compactMap { input -> Pagination.Input? in
            guard let name = context.text(input, "name") else { return nil }
            return Pagination.Input(
                name: name, location: context.text(input, "in") ?? "parameters",
                type: context.text(input, "type") ?? "")
        }
        return Pagination(
            type: type,
            inputName: input.flatMap { context.text($0, "name") },
            nextCursorPath: node["outputs"].flatMap { context.text($0, "nextCursor") },
            resultsPath: node["outputs"].flatMap { context.text($0, "results") },
            nextURLPath: node["outputs"].flatMap { context.text($0, "nextUrl") },
            inputs: inputs)
    }

    /// Every `x-` key of a mapping except the ones listed, as plain data.
    func unknownExtensions(of node: Node, except known: Set<String>) -> [String: ExtensionValue] {
        var result: [String: ExtensionValue] = [:]
        for entry in node.mapping?.entries ?? [] where entry.key.hasPrefix("x-") && !known.contains(entry.key) {
            result[entry.key] = Self.value(entry.value)
        }
        return result
    }

    private static func value(_ node: Node) -> ExtensionValue {
        switch node.kind {
        case .scalar(.null): return .null
        case .scalar(let scalar): return .scalar(scalar.text)
        case .sequence(let items): return .list(items.map(value))
        case .mapping(let mapping):
            var result: [String: ExtensionValue] = [:]
            for entry in mapping.entries { result[entry.key] = value(entry.value) }
            return .map(result)
        }
    }
}
