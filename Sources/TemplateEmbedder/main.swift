import Foundation

// Build-time tool: turns every `.mustache` file under a folder into a Swift dictionary literal, so the
// `sdkgen` binary carries its templates and works when copied anywhere.
// Usage: TemplateEmbedder <templates-folder> <output.swift>

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: TemplateEmbedder <templates-folder> <output.swift>\n".utf8))
    exit(2)
}
let root = URL(fileURLWithPath: arguments[1], isDirectory: true)
let output = URL(fileURLWithPath: arguments[2])
let names = (FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? [])
    .filter { $0.hasSuffix(".mustache") }
    .sorted()

/// A raw string delimiter longer than any run of `#` that follows a quote in the text.
func delimiter(for text: String) -> String {
    var longest = 0
    var current = -1
    for character in text {
        if character == "\"" {
            current = 0
        } else if character == "#", current >= 0 {
            current += 1
            longest = max(longest, current)
        } else {
            current = -1
        }
    }
    return String(repeating: "#", count: longest + 1)
}

var source = "// Generated at build time by TemplateEmbedder from Templates/. Do not edit.\n\n"
source += "/// The templates built into the binary, by name (path under Templates/ without `.mustache`).\n"
source += "enum EmbeddedTemplates {\n    static let all: [String: String] = [\n"
for name in names {
    let data = try Data(contentsOf: root.appendingPathComponent(name))
    guard let text = String(data: data, encoding: .utf8) else {
        FileHandle.standardError.write(Data("error: \(name) is not UTF-8\n".utf8))
        exit(1)
    }
    let hashes = delimiter(for: text)
    let key = String(name.dropLast(".mustache".count))
    source += "        \"\(key)\": \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes),\n"
}
source += "    ]\n}\n"
let existing = try? String(contentsOf: output, encoding: .utf8)
if existing != source {
    try source.write(to: output, atomically: true, encoding: .utf8)
}
