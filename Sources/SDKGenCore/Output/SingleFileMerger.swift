import Foundation

/// Joins all generated files into one Swift file, for users who paste the client into an app target.
enum SingleFileMerger {
    /// One file named `<Module>.swift`: the first header, one `import` block, then every file's body.
    static func merge(_ files: [GeneratedFile], moduleName: String) -> GeneratedFile {
        var imports: [String] = []
        var bodies: [String] = []
        var header: [String] = []
        for (index, file) in files.enumerated() {
            var lines = file.contents.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            var leading: [String] = []
            while let first = lines.first, first.hasPrefix("//") || first.isEmpty {
                leading.append(first)
                lines.removeFirst()
            }
            if index == 0 { header = leading.filter { !$0.isEmpty }.dropFirst().map { $0 } }
            var body: [String] = []
            var block: [String]?
            for line in lines {
                if line.hasPrefix("#if canImport(") {
                    block = [line]
                    continue
                }
                if var open = block {
                    open.append(line)
                    block = open
                    if line == "#endif" {
                        let text = open.joined(separator: "\n")
                        if !imports.contains(text) { imports.append(text) }
                        block = nil
                    }
                    continue
                }
                if ImportLine.isImport(line) {
                    if !imports.contains(line) { imports.append(line) }
                    continue
                }
                body.append(line)
            }
            bodies.append("// MARK: - \(file.path)\n" + body.joined(separator: "\n").trimmingCharacters(in: .newlines))
        }
        // The module name comes from the command line or config: a file name and a comment, nothing else.
        let name = FileNames.stem(
            SwiftIdentifier.isTypeName(moduleName) ? moduleName : SwiftIdentifier.typeName(moduleName))
        let text =
            (["// \(name).swift"] + header).joined(separator: "\n") + "\n\n"
            + imports.joined(separator: "\n") + "\n\n" + bodies.joined(separator: "\n\n") + "\n"
        return GeneratedFile(path: "\(name).swift", contents: text)
    }
}
