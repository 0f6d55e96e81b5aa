import Foundation

/// The text form of an `APISurface`: the `.sdkgen-api` file next to the manifest. One line per entry, sorted, in a
/// Swift-like syntax (`public var FileMetadata.id: String`), so that its diff in a pull request reads as the API
/// change; `SurfaceRecord.parse` reads it back for the next generation's report.
public enum SurfaceRecord {
    /// The record's file name inside the output folder.
    public static let fileName = ".sdkgen-api"
    /// The first line's prefix, before the source description.
    static let sourcePrefix = "# API of "

    /// The record's text.
    public static func text(_ surface: APISurface) -> String {
        var buffer = LineBuffer()
        buffer.bytes.reserveCapacity(surface.entries.count * 64)
        buffer.append(sourcePrefix + surface.source + "\n")
        buffer.append("# Written by sdkgen with the client: one line per public declaration, sorted. ")
        buffer.append("Runtime types are not listed.\n")
        for entry in surface.entries {
            buffer.append(entry)
            buffer.append("\n")
        }
        return buffer.text
    }

    /// The record as a file to write with the generated ones.
    public static func file(_ surface: APISurface) -> GeneratedFile {
        GeneratedFile(path: fileName, contents: text(surface))
    }

    /// The surface recorded in the output folder at `directory`, if there is a readable record.
    public static func read(from directory: String) -> APISurface? {
        let url = URL(fileURLWithPath: directory, isDirectory: true).appendingPathComponent(fileName)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        return parse(text)
    }

    /// The record's source line only, as a surface without entries (for reporting that nothing changed without
    /// reading the whole record); nil when there is no record.
    public static func readSource(from directory: String) -> APISurface? {
        let path = URL(fileURLWithPath: directory, isDirectory: true).appendingPathComponent(fileName).path
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: 4096) else { return nil }
        let lines = String(decoding: head, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        // The last line of the head may be cut; the source line is among the first ones.
        let source = lines.dropLast().first { $0.hasPrefix(sourcePrefix) }.map {
            String($0.dropFirst(sourcePrefix.count))
        }
        return APISurface(source: source ?? "", entries: [])
    }

    /// One entry's line.
    static func line(_ entry: SurfaceEntry) -> String {
        var line = LineBuffer()
        line.append(entry)
        return line.text
    }

    /// `(fileId: String, options: RequestOptions = RequestOptions())`.
    static func argumentList(_ arguments: [SurfaceArgument]) -> String {
        var text = LineBuffer()
        text.append(arguments)
        return text.text
    }

    // MARK: - Reading

    /// The surface a record's text describes; lines it cannot read are skipped (a record from another version).
    public static func parse(_ text: String) -> APISurface {
        var source = ""
        var entries: [SurfaceEntry] = []
        for bytes in text.utf8.split(separator: UInt8(ascii: "\n")) {
            let line = String(decoding: bytes, as: UTF8.self)
            if line.hasPrefix(sourcePrefix) { source = String(line.dropFirst(sourcePrefix.count)) }
            if line.hasPrefix("#") { continue }
            if let entry = entry(line) { entries.append(entry) }
        }
        return APISurface(source: source, entries: entries)
    }

    private static func entry(_ line: String) -> SurfaceEntry? {
        let words = line.utf8.split(separator: UInt8(ascii: " "), maxSplits: 2).map {
            String(decoding: $0, as: UTF8.self)
        }
        guard words.count == 3, let kind = SurfaceEntry.Kind(rawValue: words[1]) else { return nil }
        let access = words[0]
        let rest = words[2]
        switch kind {
        case .client, .group, .structure, .union, .errorEnumeration:
            return SurfaceEntry(access: access, kind: kind, name: rest)
        case .enumeration, .openEnumeration:
            let parts = split(rest, at: ": ")
            return SurfaceEntry(access: access, kind: kind, name: parts.head, type: parts.tail)
        case .alias:
            let parts = split(rest, at: " = ")
            return SurfaceEntry(access: access, kind: kind, name: parts.head, type: parts.tail)
        case .variable, .constant, .staticConstant:
            let parts = split(rest, at: ": ")
            let (owner, name) = member(parts.head)
            return SurfaceEntry(access: access, kind: kind, owner: owner, name: name, type: parts.tail)
        case .enumCase:
            return enumCase(rest, access: access)
        case .initializer, .function:
            return callable(rest, access: access, kind: kind)
        }
    }

    private static func enumCase(_ text: String, access: String) -> SurfaceEntry {
        if let open = text.firstIndex(of: "("), text.hasSuffix(")") {
            let (owner, name) = member(String(text[..<open]))
            let payload = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
            return SurfaceEntry(access: access, kind: .enumCase, owner: owner, name: name, type: payload)
        }
        let parts = split(text, at: " = ")
        let (owner, name) = member(parts.head)
        return SurfaceEntry(access: access, kind: .enumCase, owner: owner, name: name, literal: parts.tail)
    }

    private static func callable(_ text: String, access: String, kind: SurfaceEntry.Kind) -> SurfaceEntry? {
        guard let open = text.firstIndex(of: "("), let close = SignatureText.matchingParenthesis(in: text, from: open)
        else { return nil }
        let head = String(text[..<open])
        let arguments = SignatureText.arguments(String(text[text.index(after: open)..<close]))
        let after = ASCIISearch.trimmingSpaces(text[text.index(after: close)...])
        let parts = split(after, at: "-> ")
        let effects = ASCIISearch.trimmingSpaces(parts.head)
        if kind == .initializer {
            return SurfaceEntry(access: access, kind: kind, owner: head, name: "init", arguments: arguments)
        }
        let (owner, name) = member(head)
        return SurfaceEntry(
            access: access, kind: kind, owner: owner, name: name, type: parts.tail,
            arguments: arguments,
            effects: effects.isEmpty ? nil : effects)
    }

    /// `OpenRouterClient.Globals.appTitle` → (`OpenRouterClient.Globals`, `appTitle`).
    private static func member(_ qualified: String) -> (owner: String?, name: String) {
        guard let dot = qualified.lastIndex(of: ".") else { return (nil, qualified) }
        return (String(qualified[..<dot]), String(qualified[qualified.index(after: dot)...]))
    }

    /// The text before the first `separator` and the rest (nil without one).
    private static func split(_ text: String, at separator: String) -> (head: String, tail: String?) {
        guard let range = ASCIISearch.firstRange(of: separator, in: text) else { return (text, nil) }
        return (String(text[..<range.lowerBound]), String(text[range.upperBound...]))
    }
}

/// The record's text as UTF-8 bytes, piece by piece: appending to a `String` cost 350 instructions a piece (the
/// whole API's record: 77,000 pieces).
private struct LineBuffer {
    var bytes: [UInt8] = []

    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// The entry's line, without the newline.
    mutating func append(_ entry: SurfaceEntry) {
        append(entry.access)
        append(" ")
        append(entry.kind.rawValue)
        append(" ")
        switch entry.kind {
        case .client, .group, .structure, .union, .errorEnumeration:
            append(entry.name)
        case .enumeration, .openEnumeration:
            append(entry.name)
            if let type = entry.type {
                append(": ")
                append(type)
            }
        case .alias:
            append(entry.name)
            append(" = ")
            append(entry.type ?? "")
        case .variable, .constant, .staticConstant:
            append(entry.key)
            append(": ")
            append(entry.type ?? "")
        case .enumCase:
            appendQualifiedName(of: entry)
            if let payload = entry.type {
                append("(")
                append(payload)
                append(")")
            } else if let literal = entry.literal {
                append(" = ")
                append(literal)
            }
        case .initializer:
            append(entry.owner ?? "")
            append(entry.arguments)
        case .function:
            appendQualifiedName(of: entry)
            append(entry.arguments)
            if let effects = entry.effects {
                append(" ")
                append(effects)
            }
            if let returns = entry.type {
                append(" -> ")
                append(returns)
            }
        }
    }

    /// `Owner.name`, or `name` without an owner.
    private mutating func appendQualifiedName(of entry: SurfaceEntry) {
        if let owner = entry.owner {
            append(owner)
            append(".")
        }
        append(entry.name)
    }

    /// `(label: Type = default, …)`.
    mutating func append(_ arguments: [SurfaceArgument]) {
        append("(")
        for (position, argument) in arguments.enumerated() {
            if position > 0 { append(", ") }
            append(argument.label)
            append(": ")
            append(argument.type)
            if let defaultValue = argument.defaultValue {
                append(" = ")
                append(defaultValue)
            }
        }
        append(")")
    }
}
