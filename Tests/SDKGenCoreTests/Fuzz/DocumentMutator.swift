import Foundation

/// SplitMix64: a small, fast, seedable generator, so every fuzz run can be repeated exactly from its seed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Turns valid documents into broken, odd and hostile ones: byte flips, truncation, lines deleted, duplicated,
/// moved or re-indented, values swapped, `$ref`s to nowhere and to themselves, deep nesting, huge scalars,
/// anchors and aliases, weird names, binary garbage.
struct DocumentMutator {
    /// The documents mutations start from and splice from.
    let corpus: [[UInt8]]

    /// Names and values that have broken generators before.
    static let hostileTexts = [
        #"fatalError("CANARY")"#, "*/", "/*", "\"\"\"", #"\("#, "#\"", "\"#", "\\", "a b", "a-b", "a_b", "1st", "🚀", "",
        "self", "Self", "Type", "protocol", "default", "init", "deinit", "subscript", "_", "$", "CodingKeys",
        "rawValue",
        "unknown", "configuration", "core", "options", "body", "x-", "~1", "~0", "%2F", "{id}", "{", "}", "null",
        "true",
        "0x1F", ".nan", "-.inf", "1e400", "99999999999999999999999", "\u{202E}", "\u{200D}", "a\u{2E2F}", "\u{301}",
        String(repeating: "Long", count: 500),
    ]

    /// The mutated document and the index of the corpus document it came from: one to three mutations of a
    /// corpus document, or now and then an empty file, binary garbage or a byte order mark.
    func mutate(using rng: inout SeededGenerator) -> (bytes: [UInt8], source: Int) {
        let source = Int(rng.next() % UInt64(corpus.count))
        switch rng.next() % 100 {
        case 0: return ([], source)
        case 1: return ((0..<Int(rng.next() % 4_096)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }, source)
        case 2: return (Array("\u{FEFF}".utf8) + corpus[source], source)
        default: break
        }
        var document = corpus[source]
        let roll = rng.next() % 10
        for _ in 0..<(roll < 6 ? 1 : roll < 9 ? 2 : 3) {
            document = mutateOnce(document, using: &rng)
        }
        return (document, source)
    }

    private func mutateOnce(_ document: [UInt8], using rng: inout SeededGenerator) -> [UInt8] {
        var lines = Self.lines(document)
        guard !lines.isEmpty else { return document }
        let index = Int(rng.next() % UInt64(lines.count))
        switch rng.next() % 16 {
        case 0:
            // Flip bits of a few bytes.
            var bytes = document
            for _ in 0..<(1 + Int(rng.next() % 4)) where !bytes.isEmpty {
                let position = Int(rng.next() % UInt64(bytes.count))
                bytes[position] ^= UInt8(1 << (rng.next() % 8))
            }
            return bytes
        case 1:
            // Truncate.
            return Array(document.prefix(Int(rng.next() % UInt64(document.count + 1))))
        case 2:
            // Delete a few lines.
            let count = min(lines.count - index, 1 + Int(rng.next() % 5))
            lines.removeSubrange(index..<(index + count))
        case 3:
            // Duplicate a block of lines (duplicate keys, repeated operations).
            let count = min(lines.count - index, 1 + Int(rng.next() % 8))
            lines.insert(contentsOf: lines[index..<(index + count)], at: index)
        case 4:
            // Swap the values of two `key: value` lines.
            let other = Int(rng.next() % UInt64(lines.count))
            if let first = Self.split(lines[index]), let second = Self.split(lines[other]) {
                lines[index] = first.key + second.value
                lines[other] = second.key + first.value
            }
        case 5:
            // A `$ref` to nowhere, to another file, or to the schema it stands in.
            let targets = [
                "'#/components/schemas/Nope'", "'#/nowhere/at/all'", "'#'", "'#/paths'", "'other.yaml#/Pet'",
                "'https://example.com/api.yaml#/x'",
                "'#/components/schemas/\(Self.enclosingComponent(lines, index) ?? "Self")'",
                "'#/components/schemas/\(Self.enclosingComponent(lines, index) ?? "Self")/properties'", "5", "{}", "[]",
            ]
            lines[index] = Self.replacingValue(
                of: lines[index], with: "{$ref: \(targets.randomElement(using: &rng) ?? "'#'")}")
        case 6:
            // Deep nesting in flow style, past the limits or just under them.
            let depth = [40, 120, 255, 300, 5_000].randomElement(using: &rng) ?? 40
            let nested =
                rng.next() % 2 == 0
                ? String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
                : String(repeating: "{a: ", count: depth) + "1" + String(repeating: "}", count: depth)
            lines[index] = Self.replacingValue(of: lines[index], with: nested)
        case 7:
            // A weird key.
            let name = Self.hostileTexts.randomElement(using: &rng) ?? ""
            if let parts = Self.split(lines[index]) {
                let indent = parts.key.prefix { $0 == " " || $0 == "-" }
                lines[index] = indent + Self.quoted(name) + ":" + parts.value
            }
        case 8:
            // A weird value, mostly where text belongs (names, descriptions), so the document may still generate.
            let value = Self.hostileTexts.randomElement(using: &rng) ?? ""
            let textLines = lines.indices.filter { Self.textKeys.contains(Self.key(of: lines[$0]) ?? "") }
            let target = rng.next() % 4 != 0 ? textLines.randomElement(using: &rng) ?? index : index
            lines[target] = Self.replacingValue(
                of: lines[target], with: rng.next() % 4 != 0 ? Self.quoted(value) : value)
        case 9:
            // Re-indent a line.
            lines[index] =
                rng.next() % 2 == 0 ? "  " + lines[index] : String(lines[index].dropFirst(min(2, lines[index].count)))
        case 10:
            // Splice lines from another document.
            if let other = corpus.randomElement(using: &rng) {
                let otherLines = Self.lines(other)
                if !otherLines.isEmpty {
                    let start = Int(rng.next() % UInt64(otherLines.count))
                    let count = min(otherLines.count - start, 1 + Int(rng.next() % 20))
                    lines.insert(contentsOf: otherLines[start..<(start + count)], at: index)
                }
            }
        case 11:
            // Anchors and aliases: an alias fan-out, an undefined alias, a merge key.
            let choices = [
                "&a [1, 2, 3]", "*a", "*undefined", "{<<: *a}", "[*a, *a, *a, *a, *a, *a, *a, *a]", "&a {b: *a}",
            ]
            lines[index] = Self.replacingValue(of: lines[index], with: choices.randomElement(using: &rng) ?? "*a")
        case 12:
            // A huge scalar (rarely a big one: it is slow to carry through every stage).
            let size = rng.next() % 8 == 0 ? 1 << 18 : 10_000
            lines[index] = Self.replacingValue(of: lines[index], with: "'" + String(repeating: "x", count: size) + "'")
        case 13:
            // Move a line somewhere else.
            let line = lines.remove(at: index)
            lines.insert(line, at: Int(rng.next() % UInt64(lines.count + 1)))
        case 14:
            // A value of the wrong kind.
            let choices = [
                "[]", "{}", "null", "~", "42", "-1", "true", "''", "[a, {b: c}]", "!!binary aGVsbG8=", "!!int x",
                "|\n  text",
            ]
            lines[index] = Self.replacingValue(of: lines[index], with: choices.randomElement(using: &rng) ?? "[]")
        default:
            // Insert a line of odd YAML.
            let choices = [
                "---", "...", "%YAML 1.2", "? complex", "- - -", ": x", "\t- tab", "key: 'unterminated", "\"a\": [1,",
                "#",
            ]
            lines.insert(choices.randomElement(using: &rng) ?? "---", at: index)
        }
        return Array(lines.joined(separator: "\n").utf8)
    }

    // MARK: - Lines

    /// Keys whose values are free text or names.
    static let textKeys: Set<String> = [
        "description", "summary", "title", "operationId", "name", "version", "url", "propertyName",
    ]

    /// The key of a `key: value` line, without indentation, `- ` and quotes.
    static func key(of line: String) -> String? {
        guard let parts = split(line) else { return nil }
        return parts.key.trimmingCharacters(in: CharacterSet(charactersIn: " -:'\""))
    }

    static func lines(_ bytes: [UInt8]) -> [String] {
        String(decoding: bytes, as: UTF8.self).components(separatedBy: "\n")
    }

    /// `  key:` and ` value` of a `key: value` line (the value keeps its leading space).
    static func split(_ line: String) -> (key: String, value: String)? {
        if let colon = line.range(of: ": ") {
            return (String(line[..<colon.lowerBound]) + ":", String(line[colon.lowerBound...].dropFirst()))
        }
        return line.hasSuffix(":") ? (line, "") : nil
    }

    static func replacingValue(of line: String, with value: String) -> String {
        guard let parts = split(line) else { return line + " " + value }
        return parts.key + " " + value
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// The component schema a line belongs to: the nearest `    Name:` line above it under `schemas:`.
    static func enclosingComponent(_ lines: [String], _ index: Int) -> String? {
        var position = index
        while position >= 0 {
            let line = lines[position]
            if line.hasPrefix("    "), !line.hasPrefix("     "), let parts = split(line) {
                return parts.key.trimmingCharacters(in: .whitespaces).trimmingCharacters(
                    in: CharacterSet(charactersIn: ":'\""))
            }
            position -= 1
        }
        return nil
    }
}
