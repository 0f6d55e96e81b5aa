/// File names for generated types: the type name itself, shortened when it is too long for a file system.
public enum FileNames {
    /// The most UTF-8 bytes a file name stem keeps (file systems allow 255 bytes per name, with room for
    /// `+Errors.swift` and the like).
    static let maxStemBytes = 150

    /// `FileMetadata` → `FileMetadata`; a name longer than `maxStemBytes` keeps its start and gets a hash of
    /// the whole name, so distinct long names stay distinct and the result is the same on every run.
    public static func stem(_ typeName: String) -> String {
        guard typeName.utf8.count > maxStemBytes else { return typeName }
        var prefix = ""
        var bytes = 0
        for character in typeName {
            let size = character.utf8.count
            if bytes + size > maxStemBytes - 17 { break }
            prefix.append(character)
            bytes += size
        }
        return prefix + "_" + SHA256.hex(Array(typeName.utf8)).prefix(16)
    }
}
