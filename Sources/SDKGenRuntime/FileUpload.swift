import Foundation

/// A file to upload as a multipart part: bytes in memory, or a file on disk streamed when sent.
public struct FileUpload: Sendable, Hashable {
    /// Where the bytes come from.
    public enum Content: Sendable, Hashable {
        /// Bytes in memory.
        case data(Data)
        /// A file on disk, read in chunks when the request is sent.
        case file(URL)
    }

    /// The file name sent in the part's `Content-Disposition`.
    public let fileName: String
    /// The bytes.
    public let content: Content
    /// The part's `Content-Type`.
    public let contentType: String

    /// An upload of bytes in memory. Without `contentType`, it is guessed from the file name's extension.
    public init(fileName: String, content: Data, contentType: String? = nil) {
        self.fileName = fileName
        self.content = .data(content)
        self.contentType = contentType ?? Self.guessContentType(forFileName: fileName)
    }

    /// An upload streamed from the file at `fileURL`. The file name defaults to the URL's last
    /// component; without `contentType`, it is guessed from the file name's extension.
    public init(fileURL: URL, fileName: String? = nil, contentType: String? = nil) {
        let name = fileName ?? fileURL.lastPathComponent
        self.fileName = name
        self.content = .file(fileURL)
        self.contentType = contentType ?? Self.guessContentType(forFileName: name)
    }

    /// The media type for a file name's extension (a small table of common types),
    /// `application/octet-stream` when unknown.
    public static func guessContentType(forFileName fileName: String) -> String {
        guard let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex else {
            return "application/octet-stream"
        }
        let fileExtension = fileName[fileName.index(after: dot)...].lowercased()
        return contentTypes[fileExtension] ?? "application/octet-stream"
    }

    /// Common extensions and their media types.
    private static let contentTypes: [String: String] = [
        "txt": "text/plain", "text": "text/plain", "md": "text/markdown", "csv": "text/csv",
        "tsv": "text/tab-separated-values", "html": "text/html", "htm": "text/html", "css": "text/css",
        "xml": "application/xml", "json": "application/json", "jsonl": "application/jsonl",
        "ndjson": "application/x-ndjson", "yaml": "application/yaml", "yml": "application/yaml",
        "js": "text/javascript", "pdf": "application/pdf", "zip": "application/zip", "gz": "application/gzip",
        "tar": "application/x-tar", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg",
        "gif": "image/gif", "webp": "image/webp", "svg": "image/svg+xml", "heic": "image/heic",
        "bmp": "image/bmp", "tif": "image/tiff", "tiff": "image/tiff", "mp3": "audio/mpeg", "wav": "audio/wav",
        "ogg": "audio/ogg", "flac": "audio/flac", "m4a": "audio/mp4", "mp4": "video/mp4", "webm": "video/webm",
        "mov": "video/quicktime", "doc": "application/msword",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ]
}
