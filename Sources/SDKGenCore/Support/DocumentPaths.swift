/// Names taken from the paths of a document's files.
enum DocumentPaths {
    /// `manager` for `schemas/people/manager.yaml`.
    static func stem(_ path: String) -> String {
        let file = path.split(separator: "/").last ?? ""
        return file.split(separator: ".").first.map(String.init) ?? ""
    }
}
