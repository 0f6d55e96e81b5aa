import Foundation

/// A file held by the emulated Files API, as returned by ``FilesTestServer/storedFiles()``.
public struct StoredFile: Sendable {
    /// The file id, e.g. `file_0000000000000000000001`.
    public var id: String
    /// The original filename.
    public var filename: String
    /// The MIME type (the upload part's `Content-Type`, else `application/octet-stream`).
    public var mimeType: String
    /// The full size in bytes.
    public var sizeBytes: Int
    /// Creation time, ISO 8601 in UTC.
    public var createdAt: String
    /// Whether `GET /files/{id}/content` serves it (uploads are not downloadable).
    public var downloadable: Bool
    /// The `workspace_id` it was created under (nil: the default workspace).
    public var workspaceID: String?
    /// FNV-1a 64 of the full content; nil for generated files (see ``GeneratedPattern/checksum(size:)``).
    public var checksum: UInt64?
    /// The first ``FilesTestServer/keptBytesLimit`` bytes of the content.
    public var prefix: Data

    enum Content: Sendable {
        case uploaded
        case data(Data)
        case pattern
    }

    var content: Content
    var sequence: Int
}

/// The files of one server, in creation order. Not thread-safe: lives inside the server's mutex.
struct FileStore: Sendable {
    private(set) var files: [StoredFile] = []
    private var nextSequence = 1
    /// Every id ever issued with its sequence number, so cursors stay valid after deletions.
    private var issued: [String: Int] = [:]

    mutating func add(
        filename: String, mimeType: String, size: Int, checksum: UInt64?, prefix: Data,
        content: StoredFile.Content, downloadable: Bool, workspaceID: String?
    ) -> StoredFile {
        let sequence = nextSequence
        nextSequence += 1
        let digits = String(sequence)
        let id = "file_" + String(repeating: "0", count: max(0, 22 - digits.count)) + digits
        let file = StoredFile(
            id: id, filename: filename, mimeType: mimeType, sizeBytes: size,
            createdAt: Date().ISO8601Format(), downloadable: downloadable, workspaceID: workspaceID,
            checksum: checksum, prefix: prefix, content: content, sequence: sequence
        )
        files.append(file)
        issued[id] = sequence
        return file
    }

    func file(id: String, workspaceID: String?) -> StoredFile? {
        files.first { $0.id == id && $0.workspaceID == workspaceID }
    }

    mutating func delete(id: String, workspaceID: String?) -> Bool {
        guard let index = files.firstIndex(where: { $0.id == id && $0.workspaceID == workspaceID }) else {
            return false
        }
        files.remove(at: index)
        return true
    }

    mutating func removeAll() {
        files.removeAll()
    }

    /// Files of `workspaceID` after the cursor's file, at most `limit` of them, and whether more
    /// follow; nil when the cursor is not one this store issued.
    func page(workspaceID: String?, cursor: String?, limit: Int) -> (files: [StoredFile], hasMore: Bool)? {
        var after = 0
        if let cursor {
            guard let id = Self.decodeCursor(cursor), let sequence = issued[id] else { return nil }
            after = sequence
        }
        let remaining = files.filter { $0.workspaceID == workspaceID && $0.sequence > after }
        return (Array(remaining.prefix(limit)), remaining.count > limit)
    }

    /// The opaque cursor for "after `id`": base64 of `{"cursor":"<id>"}`, like the real API.
    static func encodeCursor(after id: String) -> String {
        Data(#"{"cursor":"\#(id)"}"#.utf8).base64EncodedString()
    }

    static func decodeCursor(_ cursor: String) -> String? {
        var padded = cursor.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while padded.count % 4 != 0 { padded += "=" }
        guard let data = Data(base64Encoded: padded),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let id = object["cursor"] as? String
        else { return nil }
        return id
    }
}
