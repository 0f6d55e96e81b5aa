import Foundation

/// The text of an up-to-date cache entry: one record per line, fields separated by tabs, text fields escaped.
///
/// Written after every full run and read before every run, so it is made and parsed by hand: Foundation's
/// `JSONEncoder` took 48 M instructions (2.7 % of a whole-OpenRouter run) to write the entry of 900 files. Any line
/// that does not parse makes the whole entry unreadable, which only means a full run.
///
///     sdkgen-cache-entry 1
///     key <digest>
///     swift-files <count>
///     input <device> <inode> <size> <modified s> <ns> <changed s> <ns> <path>
///     output …same fields…
///     diagnostic <severity> <file> <line> <column> <message> <pointer> <category>
///
/// An optional field is `-` when absent and `=` followed by its text when present; a diagnostic without a location
/// has the file `-` and empty line and column fields. Text escapes `\`, tab, line feed and carriage return as `\\`,
/// `\t`, `\n`, `\r`.
enum CacheEntryFormat {
    private static let header = "sdkgen-cache-entry 1"

    /// The entry's text for `key`.
    static func encode(key: String, entry: GenerationCache.Entry) -> [UInt8] {
        var lines = [header, "key\t" + escape(key), "swift-files\t\(entry.swiftFileCount)"]
        lines += entry.inputs.map { "input\t" + stampFields($0) }
        lines += entry.outputs.map { "output\t" + stampFields($0) }
        for diagnostic in entry.diagnostics {
            let location = diagnostic.location.map { "=\(escape($0.file))\t\($0.line)\t\($0.column)" } ?? "-\t\t"
            lines.append(
                [
                    "diagnostic", diagnostic.severity.rawValue, location, escape(diagnostic.message),
                    optional(diagnostic.pointer), optional(diagnostic.category),
                ].joined(separator: "\t"))
        }
        return Array((lines.joined(separator: "\n") + "\n").utf8)
    }

    /// The key and entry of `bytes`; nil when they are not an entry of this format.
    ///
    /// Read as bytes, not as `String`s split by `Character`s: the entry of 900 files took 90 M instructions that way.
    static func decode(_ bytes: [UInt8]) -> (key: String, entry: GenerationCache.Entry)? {
        guard bytes.last == 0x0A, String(bytes: bytes, encoding: .utf8) != nil else { return nil }
        var lines = bytes.dropLast().split(separator: 0x0A, omittingEmptySubsequences: false)[...]
        guard let first = lines.popFirst(), first.elementsEqual(header.utf8) else { return nil }
        var key: String?
        var swiftFileCount: Int?
        var inputs: [GenerationCache.FileStamp] = []
        var outputs: [GenerationCache.FileStamp] = []
        var diagnostics: [Diagnostic] = []
        for line in lines {
            let fields = line.split(separator: 0x09, omittingEmptySubsequences: false)
            switch (String(decoding: fields[0], as: UTF8.self), fields.count) {
            case ("key", 2) where key == nil:
                key = unescape(fields[1])
            case ("swift-files", 2) where swiftFileCount == nil:
                guard let count = number(fields[1]) else { return nil }
                swiftFileCount = count
            case ("input", 9):
                guard let stamp = stamp(fields.dropFirst()) else { return nil }
                inputs.append(stamp)
            case ("output", 9):
                guard let stamp = stamp(fields.dropFirst()) else { return nil }
                outputs.append(stamp)
            case ("diagnostic", 8):
                guard let diagnostic = diagnostic(fields.dropFirst()) else { return nil }
                diagnostics.append(diagnostic)
            default:
                return nil
            }
        }
        guard let key, let swiftFileCount else { return nil }
        return (
            key,
            GenerationCache.Entry(
                inputs: inputs, outputs: outputs, diagnostics: diagnostics, swiftFileCount: swiftFileCount)
        )
    }

    // MARK: - Fields

    private typealias Field = ArraySlice<UInt8>

    private static func stampFields(_ stamp: GenerationCache.FileStamp) -> String {
        let numbers = [
            String(stamp.device), String(stamp.inode), String(stamp.size), String(stamp.modified[0]),
            String(stamp.modified[1]), String(stamp.changed[0]), String(stamp.changed[1]),
        ]
        return (numbers + [escape(stamp.path)]).joined(separator: "\t")
    }

    private static func stamp(_ fields: ArraySlice<Field>) -> GenerationCache.FileStamp? {
        let field = Array(fields)
        guard let device = UInt64(text(field[0])), let inode = UInt64(text(field[1])),
            let size = Int64(text(field[2]))
        else { return nil }
        let times = field[3..<7].compactMap(number)
        guard times.count == 4, let path = unescape(field[7]) else { return nil }
        return GenerationCache.FileStamp(
            path: path, device: device, inode: inode, size: size, modified: Array(times[0..<2]),
            changed: Array(times[2..<4]))
    }

    private static func diagnostic(_ fields: ArraySlice<Field>) -> Diagnostic? {
        let field = Array(fields)
        guard let severity = Diagnostic.Severity(rawValue: text(field[0])), let message = unescape(field[4]),
            let pointer = optional(field[5]), let category = optional(field[6])
        else { return nil }
        var location: SourceLocation?
        switch field[1].first {
        case UInt8(ascii: "="):
            guard let file = unescape(field[1].dropFirst()), let line = number(field[2]),
                let column = number(field[3])
            else { return nil }
            location = SourceLocation(file: file, line: line, column: column)
        case UInt8(ascii: "-") where field[1].count == 1 && field[2].isEmpty && field[3].isEmpty:
            location = nil
        default:
            return nil
        }
        return Diagnostic(severity, message, at: location, pointer: pointer, category: category)
    }

    private static func text(_ field: Field) -> String {
        String(decoding: field, as: UTF8.self)
    }

    private static func number(_ field: Field) -> Int? {
        Int(text(field))
    }

    private static func optional(_ text: String?) -> String {
        text.map { "=" + escape($0) } ?? "-"
    }

    /// nil when the field is malformed; `.some(nil)` when it says absent.
    private static func optional(_ field: Field) -> String?? {
        if field.elementsEqual([UInt8(ascii: "-")]) { return .some(nil) }
        guard field.first == UInt8(ascii: "="), let text = unescape(field.dropFirst()) else { return nil }
        return .some(text)
    }

    // MARK: - Escaping

    /// The text with `\`, tab, line feed and carriage return escaped, so it fits in one field.
    private static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return text }
        var escaped = ""
        for character in text.unicodeScalars {
            switch character {
            case "\\": escaped += "\\\\"
            case "\t": escaped += "\\t"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }

    /// The text an escaped field stands for; nil when it holds an unknown escape or ends in a lone `\`.
    private static func unescape(_ field: Field) -> String? {
        guard field.contains(0x5C) else { return text(field) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(field.count)
        var iterator = field.makeIterator()
        while let byte = iterator.next() {
            guard byte == 0x5C else {
                bytes.append(byte)
                continue
            }
            switch iterator.next() {
            case 0x5C: bytes.append(0x5C)
            case UInt8(ascii: "t"): bytes.append(0x09)
            case UInt8(ascii: "n"): bytes.append(0x0A)
            case UInt8(ascii: "r"): bytes.append(0x0D)
            default: return nil
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension GenerationCache.FileStamp {
    /// A stamp from its recorded fields.
    init(path: String, device: UInt64, inode: UInt64, size: Int64, modified: [Int], changed: [Int]) {
        self.path = path
        self.device = device
        self.inode = inode
        self.size = size
        self.modified = modified
        self.changed = changed
    }
}
