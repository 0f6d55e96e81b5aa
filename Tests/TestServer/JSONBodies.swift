import Foundation

/// JSON shapes of the Files API (see `spec/openrouter-files.openapi.yaml`).
enum JSONBodies {
    struct ErrorEnvelope: Encodable {
        struct Detail: Encodable {
            var code: Int
            var message: String
        }
        var error: Detail
    }

    struct FileMetadata: Encodable {
        var id: String
        var type = "file"
        var filename: String
        var mimeType: String
        var sizeBytes: Int
        var createdAt: String
        var downloadable: Bool

        enum CodingKeys: String, CodingKey {
            case id, type, filename, downloadable
            case mimeType = "mime_type"
            case sizeBytes = "size_bytes"
            case createdAt = "created_at"
        }

        init(_ file: StoredFile) {
            id = file.id
            filename = file.filename
            mimeType = file.mimeType
            sizeBytes = file.sizeBytes
            createdAt = file.createdAt
            downloadable = file.downloadable
        }
    }

    struct FileList: Encodable {
        var data: [FileMetadata]
        var cursor: String?
        var hasMore: Bool
        var firstID: String?
        var lastID: String?

        enum CodingKeys: String, CodingKey {
            case data, cursor
            case hasMore = "has_more"
            case firstID = "first_id"
            case lastID = "last_id"
        }

        // Nullable fields are written as `null`, never left out.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(data, forKey: .data)
            try container.encode(cursor, forKey: .cursor)
            try container.encode(hasMore, forKey: .hasMore)
            try container.encode(firstID, forKey: .firstID)
            try container.encode(lastID, forKey: .lastID)
        }
    }

    struct Deleted: Encodable {
        var id: String
        var type = "file_deleted"
    }

    static func encode<Value: Encodable>(_ value: Value) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return try encoder.encode(value)
        } catch {
            preconditionFailure("TestServer could not encode \(Value.self): \(error)")
        }
    }

    static func error(code: Int, message: String) -> Data {
        encode(ErrorEnvelope(error: .init(code: code, message: message)))
    }
}
