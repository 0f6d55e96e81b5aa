import CYAML

/// Builds a `Node` tree from libyaml events in one pass, with an explicit stack of open
/// collections (no recursion, so deep input cannot overflow the call stack).
///
/// It checks what libyaml does not: duplicate keys, alias expansion ("billion laughs"),
/// nesting depth, undefined aliases, more than one document. Merge keys (`<<`) are applied.
struct EventTreeBuilder {
    /// Whether to keep reading events.
    enum Step { case proceed, stop }

    /// A mapping key read but not yet paired with its value.
    struct PendingKey {
        let text: String
        let location: SourceLocation
        let isMerge: Bool
        /// False when the key was not a scalar (an error already reported): the value is dropped.
        let isValid: Bool
    }

    /// An open sequence or mapping.
    struct Frame {
        let isMapping: Bool
        let location: SourceLocation
        let anchor: String?
        /// Nodes in this subtree counting alias expansions (for the alias limit).
        var size = 1
        var items: [Node] = []
        var entries: [Mapping.Entry] = []
        var pendingKey: PendingKey?
        /// Key → position in `entries`, built once a mapping grows past a few keys.
        var keyPositions: [String: Int]?
        /// Merge key values: where they appeared (position in `entries`) and their mappings.
        var merges: [(position: Int, sources: [Mapping])] = []
    }

    let file: String
    let limits: DocumentLoader.Limits
    var columns = ColumnMap()
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var root: Node?
    private(set) var rootIsEmptyScalar = false
    private(set) var documentCount = 0
    private var stack: [Frame] = []
    private var anchors: [String: (node: Node, size: Int)] = [:]
    private var expandedCount = 0

    init(file: String, limits: DocumentLoader.Limits) {
        self.file = file
        self.limits = limits
    }

    /// The 1-based location of a libyaml mark.
    func location(_ mark: yaml_mark_t) -> SourceLocation {
        let column = columns.isEmpty ? mark.column : columns.originalColumn(line: mark.line, column: mark.column)
        return SourceLocation(file: file, line: mark.line + 1, column: column + 1)
    }

    /// Records an error.
    mutating func error(_ message: String, at location: SourceLocation?) {
        diagnostics.append(Diagnostic(.error, message, at: location))
    }

    /// Handles one event.
    mutating func handle(_ event: yaml_event_t) -> Step {
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documentCount += 1
            if documentCount > 1 {
                error(
                    "the file holds more than one YAML document; OpenAPI documents are one document",
                    at: location(event.start_mark))
                return .stop
            }
            return .proceed
        case YAML_SCALAR_EVENT:
            return scalar(event)
        case YAML_ALIAS_EVENT:
            return alias(event)
        case YAML_SEQUENCE_START_EVENT:
            return open(isMapping: false, anchor: event.data.sequence_start.anchor, at: event.start_mark)
        case YAML_MAPPING_START_EVENT:
            return open(isMapping: true, anchor: event.data.mapping_start.anchor, at: event.start_mark)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            return close()
        case YAML_STREAM_END_EVENT:
            return .stop
        default:
            return .proceed
        }
    }

    private mutating func scalar(_ event: yaml_event_t) -> Step {
        let data = event.data.scalar
        let raw = UnsafeBufferPointer(start: data.value, count: data.length)
        let at = location(event.start_mark)
        let plain = data.style == YAML_PLAIN_SCALAR_STYLE
        let tag = data.tag.map { ScalarResolver.Tag(UnsafePointer($0)) }
        expandedCount += 1
        if expectsKey {
            // Keys keep their text as written (`200`, `1.10`), whatever they would resolve to.
            let text = ScalarResolver.makeString(raw)
            let isMerge =
                plain && tag == nil && data.length == 2 && raw[0] == UInt8(ascii: "<") && raw[1] == UInt8(ascii: "<")
            stack[stack.count - 1].pendingKey = PendingKey(text: text, location: at, isMerge: isMerge, isValid: true)
            stack[stack.count - 1].size += 1
            if let anchor = data.anchor {
                let value = ScalarResolver.resolve(raw, plain: plain, tag: tag) ?? .string(text)
                anchors[String(cString: anchor)] = (Node(.scalar(value), at: at), 1)
            }
            return .proceed
        }
        var resolved = ScalarResolver.resolve(raw, plain: plain, tag: tag)
        if resolved == nil {
            let text = ScalarResolver.makeString(raw)
            error("'\(text)' is not a valid \(tag?.name ?? "scalar") value", at: at)
            resolved = .string(text)
        }
        let node = Node(.scalar(resolved ?? .null), at: at)
        if let anchor = data.anchor {
            anchors[String(cString: anchor)] = (node, 1)
        }
        if stack.isEmpty && plain && data.length == 0 {
            rootIsEmptyScalar = true
        }
        add(node, size: 1)
        return .proceed
    }

    private mutating func alias(_ event: yaml_event_t) -> Step {
        let name = String(cString: event.data.alias.anchor)
        let at = location(event.start_mark)
        guard let anchored = anchors[name] else {
            error("undefined alias '*\(name)' (no earlier node has the anchor '&\(name)')", at: at)
            add(Node(.scalar(.null), at: at), size: 1)
            return .proceed
        }
        expandedCount += anchored.size
        if expandedCount > limits.maxExpandedNodes {
            error(
                "the document expands past \(limits.maxExpandedNodes) nodes through aliases "
                    + "(too many repeated aliases, as in a 'billion laughs' document)", at: at)
            return .stop
        }
        if expectsKey, let scalar = anchored.node.scalar {
            // An alias used as a key: the key is where the alias stands.
            stack[stack.count - 1].pendingKey = PendingKey(
                text: scalar.text, location: at, isMerge: false, isValid: true)
            stack[stack.count - 1].size += 1
            return .proceed
        }
        add(anchored.node, size: anchored.size)
        return .proceed
    }

    private mutating func open(isMapping: Bool, anchor: UnsafeMutablePointer<UInt8>?, at mark: yaml_mark_t) -> Step {
        let at = location(mark)
        if stack.count >= limits.maxDepth {
            error("the document nests deeper than \(limits.maxDepth) levels", at: at)
            return .stop
        }
        expandedCount += 1
        let name = anchor.map { String(cString: $0) }
        stack.append(Frame(isMapping: isMapping, location: at, anchor: name))
        return .proceed
    }

    private mutating func close() -> Step {
        guard let frame = stack.popLast() else { return .proceed }
        let node: Node
        if frame.isMapping {
            node = Node(.mapping(Self.merged(frame)), at: frame.location)
        } else {
            node = Node(.sequence(frame.items), at: frame.location)
        }
        if let anchor = frame.anchor {
            anchors[anchor] = (node, frame.size)
        }
        add(node, size: frame.size)
        return .proceed
    }

    /// Puts a finished node into the open collection (or makes it the root).
    private mutating func add(_ node: Node, size: Int) {
        guard !stack.isEmpty else {
            root = node
            return
        }
        let top = stack.count - 1
        stack[top].size += size
        if !stack[top].isMapping {
            stack[top].items.append(node)
            return
        }
        guard let key = stack[top].pendingKey else {
            stack[top].pendingKey = keyFromNode(node)
            return
        }
        stack[top].pendingKey = nil
        if !key.isValid { return }
        if key.isMerge {
            addMerge(node, into: top)
            return
        }
        if let first = firstEntry(key.text, frame: top) {
            let firstAt = stack[top].entries[first].keyLocation
            error(
                "duplicate key '\(key.text)' in mapping (first at line \(firstAt.line), column \(firstAt.column))",
                at: key.location)
            return
        }
        stack[top].entries.append(Mapping.Entry(key: key.text, keyLocation: key.location, value: node))
        let position = stack[top].entries.count - 1
        if stack[top].keyPositions != nil {
            stack[top].keyPositions?[key.text] = position
        } else if position == 7 {
            var positions: [String: Int] = [:]
            for (position, entry) in stack[top].entries.enumerated() {
                positions[entry.key] = position
            }
            stack[top].keyPositions = positions
        }
    }

    /// A key given by an alias or a collection: scalars become their text, anything else is an error.
    private mutating func keyFromNode(_ node: Node) -> PendingKey {
        if let scalar = node.scalar {
            return PendingKey(text: scalar.text, location: node.location, isMerge: false, isValid: true)
        }
        error("a mapping key must be a scalar, not \(node.kindDescription)", at: node.location)
        return PendingKey(text: "", location: node.location, isMerge: false, isValid: false)
    }

    /// Where `key` already is in the frame at `frame`, if it is.
    private func firstEntry(_ key: String, frame: Int) -> Int? {
        if stack[frame].keyPositions != nil { return stack[frame].keyPositions?[key] }
        return stack[frame].entries.firstIndex { $0.key == key }
    }

    /// Whether the next node is a key of the innermost open mapping (read in place: no frame copy).
    private var expectsKey: Bool {
        guard let top = stack.indices.last else { return false }
        return stack[top].isMapping && stack[top].pendingKey == nil
    }

    private mutating func addMerge(_ node: Node, into top: Int) {
        var sources: [Mapping] = []
        if let mapping = node.mapping {
            sources.append(mapping)
        } else if let items = node.sequence, items.allSatisfy({ $0.mapping != nil }) {
            sources = items.compactMap(\.mapping)
        } else {
            error(
                "the merge key '<<' needs a mapping or a sequence of mappings, not \(node.kindDescription)",
                at: node.location)
            return
        }
        let position = stack[top].entries.count
        stack[top].merges.append((position: position, sources: sources))
    }

    /// The frame's mapping with merged entries inserted where their `<<` stood; explicit keys
    /// win over merged ones, and earlier merged mappings win over later ones.
    private static func merged(_ frame: Frame) -> Mapping {
        if frame.merges.isEmpty { return Mapping(frame.entries) }
        var present = Set(frame.entries.map(\.key))
        var result: [Mapping.Entry] = []
        var mergeIndex = 0
        for position in 0...frame.entries.count {
            while mergeIndex < frame.merges.count, frame.merges[mergeIndex].position == position {
                for source in frame.merges[mergeIndex].sources {
                    for entry in source.entries where !present.contains(entry.key) {
                        present.insert(entry.key)
                        result.append(entry)
                    }
                }
                mergeIndex += 1
            }
            if position < frame.entries.count {
                result.append(frame.entries[position])
            }
        }
        return Mapping(result)
    }
}
