import Foundation

/// Parses the logic-free subset of Mustache the built-in templates use, on UTF-8 bytes, with swift-mustache's
/// rules for text, whitespace and standalone lines (so both render the same bytes; `TemplateEngineTests` compares
/// them on every fixture and on random templates).
///
/// The subset: text, `{{name}}`, `{{{name}}}`, `{{&name}}`, sections and inverted sections, `{{> partial}}`,
/// comments and the `CONTENT_TYPE` pragma. Anything else (dotted names, `{{.}}`, transforms, set delimiters,
/// inheritance, dynamic partials), and malformed text, is `Unsupported`: such a set is rendered by swift-mustache,
/// which also reports the errors.
struct TemplateParser {
    /// The text is outside the subset, or malformed.
    struct Unsupported: Error {}

    private let bytes: [UInt8]
    private var position = 0

    private init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// The parsed template, or `Unsupported`.
    static func parse(_ text: String) throws(Unsupported) -> CompiledTemplate {
        var parser = TemplateParser(text)
        return CompiledTemplate(nodes: try parser.parseBody(section: nil, newLine: true))
    }

    // MARK: - The body of a template or section

    /// Parts up to the end (`section` nil) or to the closing tag of `section`, which it consumes.
    private mutating func parseBody(section: String?, newLine startsOnNewLine: Bool) throws(Unsupported)
        -> [TemplateNode]
    {
        var nodes = NodeList(source: bytes)
        var newLine = startsOnNewLine
        var whitespaceBefore: ArraySlice<UInt8> = []
        while position < bytes.count {
            if newLine {
                // Whole lines before the line of the next tag are text as they are: one piece, not a line each.
                let end = endOfLinesBeforeNextTag(from: position)
                if end > position {
                    nodes.text(bytes[position..<end])
                    position = end
                    continue
                }
                whitespaceBefore = readSpacesAndTabs()
            }
            let text = try readTextUntilTagOrNewline()
            let newlineLength = newlineLength(at: position)
            if newlineLength > 0 {
                nodes.text(whitespaceBefore, text, bytes[position..<position + newlineLength])
                newLine = true
                position += newlineLength
                continue
            }
            if !text.isEmpty {
                nodes.text(whitespaceBefore, text)
                whitespaceBefore = []
                newLine = false
            }
            guard position < bytes.count else { break }
            var setNewLine = false
            let tag = bytes[position]
            switch tag {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                position += 1
                let name = try readName()
                if newLine && lineFinished() {
                    setNewLine = true
                } else if !whitespaceBefore.isEmpty {
                    nodes.text(whitespaceBefore)
                    whitespaceBefore = []
                }
                let body = try parseBody(section: name, newLine: setNewLine)
                nodes.append(
                    .section(TemplateKey.named(name), CompiledTemplate(nodes: body), inverted: tag == UInt8(ascii: "^"))
                )
            case UInt8(ascii: "/"):
                position += 1
                let name = try readName()
                guard name == section else { throw Unsupported() }
                if !(newLine && lineFinished()) && !whitespaceBefore.isEmpty {
                    nodes.text(whitespaceBefore)
                }
                return nodes.finished()
            case UInt8(ascii: "!"):
                position += 1
                try skipComment()
                setNewLine = newLine && lineFinished()
            case UInt8(ascii: "{"), UInt8(ascii: "&"):
                if !whitespaceBefore.isEmpty {
                    nodes.text(whitespaceBefore)
                    whitespaceBefore = []
                }
                position += 1
                let name = try readName()
                if tag == UInt8(ascii: "{") {
                    guard position < bytes.count, bytes[position] == UInt8(ascii: "}") else { throw Unsupported() }
                    position += 1
                }
                nodes.append(.variable(TemplateKey.named(name), escaped: false))
            case UInt8(ascii: ">"):
                position += 1
                try skipWhitespace()
                let name = try readPartialName()
                if !whitespaceBefore.isEmpty { nodes.text(whitespaceBefore) }
                if newLine && lineFinished() {
                    setNewLine = true
                    nodes.append(.partial(name, indentation: Array(whitespaceBefore)))
                } else {
                    nodes.append(.partial(name, indentation: nil))
                }
                whitespaceBefore = []
            case UInt8(ascii: "%"):
                position += 1
                nodes.append(.contentType(isText: try readContentType()))
                setNewLine = newLine && lineFinished()
            case UInt8(ascii: "<"), UInt8(ascii: "$"), UInt8(ascii: "="):
                throw Unsupported()
            default:
                if !whitespaceBefore.isEmpty {
                    nodes.text(whitespaceBefore)
                    whitespaceBefore = []
                }
                nodes.append(.variable(TemplateKey.named(try readName()), escaped: true))
            }
            newLine = setNewLine
        }
        guard section == nil else { throw Unsupported() }
        return nodes.finished()
    }

    // MARK: - Text

    /// Text up to a newline (not consumed) or up to and including `{{`, or to the end (a `{` that ends the text
    /// is outside the subset: swift-mustache refuses it).
    private mutating func readTextUntilTagOrNewline() throws(Unsupported) -> ArraySlice<UInt8> {
        let start = position
        while true {
            position = nextLineBreakOrBrace(from: position)
            guard position < bytes.count else { return bytes[start..<position] }
            switch bytes[position] {
            case UInt8(ascii: "\n"):
                return bytes[start..<position]
            case UInt8(ascii: "\r"):
                if position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "\n") {
                    return bytes[start..<position]
                }
                position += 1
            default:  // `{`
                guard position + 1 < bytes.count else { throw Unsupported() }
                if bytes[position + 1] == UInt8(ascii: "{") {
                    position += 2
                    return bytes[start..<position - 2]
                }
                position += 1
            }
        }
    }

    /// The index just after the last LF before the next `{{` from `index` (or before the end, when there is no
    /// tag left); `index` itself when the next tag is on the line that starts there.
    private func endOfLinesBeforeNextTag(from index: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return index }
            var tag = index
            while tag < buffer.count {
                guard let brace = memchr(base + tag, Int32(UInt8(ascii: "{")), buffer.count - tag) else {
                    tag = buffer.count
                    break
                }
                tag = base.distance(to: brace.assumingMemoryBound(to: UInt8.self))
                if tag + 1 < buffer.count, buffer[tag + 1] == UInt8(ascii: "{") { break }
                tag += 1
            }
            var end = min(tag, buffer.count)
            while end > index, buffer[end - 1] != UInt8(ascii: "\n") { end -= 1 }
            return end
        }
    }

    /// The index of the next LF, CR or `{` from `index`, or the end (a tight scan: most template text is code).
    private func nextLineBreakOrBrace(from index: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var next = index
            while next < buffer.count {
                let byte = buffer[next]
                if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "{") { return next }
                next += 1
            }
            return next
        }
    }

    /// The length in bytes of the newline character at `index` (LF, CR LF, CR, VT, FF, NEL, LS, PS), or 0.
    private func newlineLength(at index: Int) -> Int {
        guard index < bytes.count else { return 0 }
        switch bytes[index] {
        case 0x0A, 0x0B, 0x0C: return 1
        case 0x0D: return index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
        case 0xC2: return index + 1 < bytes.count && bytes[index + 1] == 0x85 ? 2 : 0
        case 0xE2:
            guard index + 2 < bytes.count, bytes[index + 1] == 0x80 else { return 0 }
            return bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 ? 3 : 0
        default: return 0
        }
    }

    private mutating func readSpacesAndTabs() -> ArraySlice<UInt8> {
        let start = position
        while position < bytes.count, bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "\t") {
            position += 1
        }
        return bytes[start..<position]
    }

    /// Whether only spaces and tabs are left on the line: then they and the newline are consumed.
    private mutating func lineFinished() -> Bool {
        guard position < bytes.count else { return true }
        var index = position
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") {
            index += 1
        }
        let length = newlineLength(at: index)
        guard length > 0 else { return false }
        position = index + length
        return true
    }

    // MARK: - Tags

    /// Skips ASCII whitespace; a non-ASCII byte (which might be Unicode whitespace) is outside the subset.
    private mutating func skipWhitespace() throws(Unsupported) {
        while position < bytes.count {
            let byte = bytes[position]
            if byte >= 0x80 { throw Unsupported() }
            guard byte == 0x20 || (0x09...0x0D).contains(byte) else { return }
            position += 1
        }
    }

    /// A plain name and the closing `}}`: dotted names, `.`, an empty name and transforms are outside the subset.
    private mutating func readName() throws(Unsupported) -> String {
        try skipWhitespace()
        let start = position
        while position < bytes.count, Self.isNameByte(bytes[position]) { position += 1 }
        let name = bytes[start..<position]
        try skipWhitespace()
        try readClosingBraces()
        guard !name.isEmpty,
            !name.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")") })
        else { throw Unsupported() }
        return String(decoding: name, as: UTF8.self)
    }

    /// A partial's name (which may hold `/`) and the closing `}}`.
    private mutating func readPartialName() throws(Unsupported) -> String {
        let start = position
        while position < bytes.count, Self.isNameByte(bytes[position]) || bytes[position] == UInt8(ascii: "/") {
            position += 1
        }
        let name = bytes[start..<position]
        try skipWhitespace()
        try readClosingBraces()
        guard let first = name.first, first != UInt8(ascii: "*"),
            !name.contains(where: { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")") })
        else { throw Unsupported() }
        return String(decoding: name, as: UTF8.self)
    }

    /// `CONTENT_TYPE: TEXT` or `CONTENT_TYPE: HTML` and the closing `}}`: whether the type is text.
    private mutating func readContentType() throws(Unsupported) -> Bool {
        try skipWhitespace()
        let variable = readPragmaWord()
        try skipWhitespace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw Unsupported() }
        position += 1
        try skipWhitespace()
        let value = readPragmaWord()
        try skipWhitespace()
        try readClosingBraces()
        guard variable == "CONTENT_TYPE", value == "TEXT" || value == "HTML" else { throw Unsupported() }
        return value == "TEXT"
    }

    private mutating func readPragmaWord() -> String {
        let start = position
        while position < bytes.count, Self.isNameByte(bytes[position]),
            bytes[position] != UInt8(ascii: "("), bytes[position] != UInt8(ascii: ")")
        {
            position += 1
        }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    /// Skips a comment's text and its closing `}}`.
    private mutating func skipComment() throws(Unsupported) {
        while position + 1 < bytes.count {
            if bytes[position] == UInt8(ascii: "}"), bytes[position + 1] == UInt8(ascii: "}") {
                position += 2
                return
            }
            position += 1
        }
        throw Unsupported()
    }

    private mutating func readClosingBraces() throws(Unsupported) {
        guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "}"), bytes[position + 1] == UInt8(ascii: "}")
        else { throw Unsupported() }
        position += 2
    }

    /// Letters, digits and `.-_?()*`, the characters swift-mustache reads in a tag's name.
    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        case UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "?"), UInt8(ascii: "("),
            UInt8(ascii: ")"), UInt8(ascii: "*"):
            true
        default: false
        }
    }
}

/// The parts a parse collects: each run of text becomes one node, its pieces appended in place as they are read
/// (the renderer indents each line of a run in an indented partial, as it would line by line). Pieces are slices
/// of the template's bytes; pieces that follow each other there (most lines: indentation, text and newline) are
/// copied as one.
private struct NodeList {
    private let source: [UInt8]
    private var nodes: [TemplateNode] = []
    private var text: [UInt8] = []
    /// The bytes of `source` read for the current run and not yet copied into `text`.
    private var pending: Range<Int> = 0..<0

    init(source: [UInt8]) {
        self.source = source
    }

    /// Appends text (a slice of the source) to the current run.
    mutating func text(_ piece: ArraySlice<UInt8>) {
        guard !piece.isEmpty else { return }
        if pending.isEmpty {
            pending = piece.startIndex..<piece.endIndex
        } else if pending.upperBound == piece.startIndex {
            pending = pending.lowerBound..<piece.endIndex
        } else {
            text.append(contentsOf: source[pending])
            pending = piece.startIndex..<piece.endIndex
        }
    }

    /// Appends two pieces of text to the current run.
    mutating func text(_ first: ArraySlice<UInt8>, _ second: ArraySlice<UInt8>) {
        text(first)
        text(second)
    }

    /// Appends three pieces of text to the current run.
    mutating func text(_ first: ArraySlice<UInt8>, _ second: ArraySlice<UInt8>, _ third: ArraySlice<UInt8>) {
        text(first)
        text(second)
        text(third)
    }

    /// Appends a node after the current run of text.
    mutating func append(_ node: TemplateNode) {
        flush()
        nodes.append(node)
    }

    /// The nodes, the last run of text included.
    mutating func finished() -> [TemplateNode] {
        flush()
        return nodes
    }

    private mutating func flush() {
        if !pending.isEmpty {
            text.append(contentsOf: source[pending])
            pending = 0..<0
        }
        guard !text.isEmpty else { return }
        nodes.append(.text(text))
        text.removeAll(keepingCapacity: true)
    }
}
