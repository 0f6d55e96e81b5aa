import Foundation

/// Resolves `$ref` strings: local fragments (`#/components/...`) against the document being read, and
/// references to other files (`common.yaml#/components/schemas/Pet`, relative to the referring file).
extension ReaderContext {
    /// A resolved reference: the target node, a pointer that names it uniquely, and whether it lies in another file.
    struct ResolvedReference {
        let node: Node
        let pointer: String
        let isExternal: Bool
        /// The document the target belongs to (push it while reading the target).
        let document: (root: Node, path: String)
    }

    /// The document `$ref`s currently resolve against.
    var currentDocument: (root: Node, path: String) {
        documentStack.last ?? (root, file)
    }

    /// Whether nodes of the main document are being read (not of a file reached through `$ref`).
    var isReadingMainDocument: Bool { documentStack.isEmpty }

    /// Resolves `target`, reporting an error at `ref` when it cannot be.
    func resolveReference(_ target: String, at ref: Node, pointer: String) -> ResolvedReference? {
        let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let filePart = parts[0]
        let fragment = "#" + (parts.count > 1 ? parts[1] : "")
        var document = currentDocument
        if !filePart.isEmpty {
            guard let loaded = loadExternal(filePart, at: ref, pointer: pointer) else { return nil }
            document = loaded
        }
        guard let tokens = JSONPointer.tokens(ofFragment: fragment) else {
            error(
                "$ref '\(target)' has a fragment that is not a JSON pointer (it must look like '#/components/schemas/Name')",
                at: ref, pointer: pointer + "/$ref")
            return nil
        }
        guard let node = JSONPointer.resolve(tokens, in: document.root) else {
            let place = filePart.isEmpty ? "in the document" : "in '\(filePart)'"
            error("unresolved $ref '\(target)': nothing at '\(fragment)' \(place)", at: ref, pointer: pointer + "/$ref")
            return nil
        }
        let isExternal = document.path != file
        let uniquePointer = isExternal ? displayName(of: document.path) + fragment : fragment
        return ResolvedReference(node: node, pointer: uniquePointer, isExternal: isExternal, document: document)
    }

    /// Reads `body` with `document` as the one `$ref`s resolve against.
    func reading<T>(in document: (root: Node, path: String), _ body: () -> T) -> T {
        if document.path == currentDocument.path { return body() }
        documentStack.append(document)
        defer { documentStack.removeLast() }
        return body()
    }

    private func loadExternal(_ relative: String, at ref: Node, pointer: String) -> (root: Node, path: String)? {
        if relative.hasPrefix("http://") || relative.hasPrefix("https://") {
            error(
                "$ref '\(relative)' points to a URL; sdkgen does not fetch documents over the network, download it and refer to the local copy",
                at: ref, pointer: pointer + "/$ref")
            return nil
        }
        let base = URL(fileURLWithPath: currentDocument.path).deletingLastPathComponent()
        let path = relative.hasPrefix("/") ? relative : base.appendingPathComponent(relative).standardizedFileURL.path
        if let cached = externalDocuments[path] { return cached.map { ($0, path) } }
        do {
            let name = displayName(of: path)
            let node = try DocumentLoader.load(bytes: externalFiles.bytes(at: path, displayName: name), file: name)
            externalDocuments[path] = node
            return (node, path)
        } catch {
            externalDocuments[path] = .some(nil)
            for diagnostic in error.diagnostics { report(diagnostic) }
            self.error(
                "$ref '\(relative)' refers to a file that cannot be loaded (see the error above)", at: ref,
                pointer: pointer + "/$ref")
            return nil
        }
    }

    /// A path as diagnostics and pointers show it: relative to the current folder when below it.
    private func displayName(of path: String) -> String {
        let current = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(current) ? String(path.dropFirst(current.count)) : path
    }
}
