import Foundation

/// The parts of a `multipart/form-data` request body, in order.
public struct MultipartForm: Sendable {
    /// One part.
    enum Part: Sendable {
        /// A text field, with the `Content-Type` the document names for it (none: plain text).
        case field(name: String, value: String, contentType: String?)
        /// A file.
        case file(name: String, upload: FileUpload)
        /// A JSON-encoded value with its `Content-Type` (`application/json` unless the document names another).
        case json(name: String, data: Data, contentType: String)
    }

    /// The parts, in order.
    private(set) var parts: [Part] = []
    /// Problems found while adding parts; the first one fails the call.
    private(set) var problems: [String] = []

    /// An empty form.
    public init() {}

    /// Whether any part is streamed from a file on disk.
    var hasFileContent: Bool {
        parts.contains { part in
            if case let .file(_, upload) = part, case .file = upload.content { return true }
            return false
        }
    }

    /// Adds a file part.
    public mutating func addFile(_ name: String, _ upload: FileUpload) {
        parts.append(.file(name: name, upload: upload))
    }

    /// Adds a text field; `contentType` is sent as the part's `Content-Type` when given.
    public mutating func addField(_ name: String, _ value: String, contentType: String? = nil) {
        parts.append(.field(name: name, value: value, contentType: contentType))
    }

    /// Adds a field holding `value` encoded as JSON, sent with `contentType`.
    public mutating func addJSON(
        _ name: String, _ value: some Encodable & Sendable, contentType: String = "application/json"
    ) {
        do {
            parts.append(
                .json(name: name, data: try JSONCoding.makeEncoder().encode(value), contentType: contentType))
        } catch {
            problems.append(
                "multipart field \"\(name)\" could not be encoded as JSON: \(ResponseValidationError.explain(error))")
        }
    }
}

extension MultipartForm: AssembledRequestBody {
    /// Assembles the form: joined in memory when small and file-free, otherwise streamed as it is sent.
    func assemble() throws(InvalidRequestError) -> AssembledBody {
        try MultipartWriter().write(self)
    }
}

extension RequestBuilder {
    /// Sets a `multipart/form-data` body. It is assembled when the request is sent: joined in memory when
    /// small and without files, otherwise streamed from the parts' bytes and files as it is sent.
    public mutating func setMultipartBody(_ form: MultipartForm) {
        setAssembledBody(form)
    }
}

extension MultipartForm {
    /// Adds a file part unless the upload is nil.
    @_spi(Generated) public mutating func addFile(_ name: String, _ upload: FileUpload?) {
        if let upload { addFile(name, upload) }
    }

    /// Adds a text part unless the value is nil.
    @_spi(Generated) public mutating func addField(_ name: String, _ value: String?, contentType: String? = nil) {
        if let value { addField(name, value, contentType: contentType) }
    }

    /// Adds a JSON part unless the value is nil.
    @_spi(Generated) public mutating func addJSON(
        _ name: String, _ value: (some Encodable & Sendable)?, contentType: String = "application/json"
    ) {
        if let value { addJSON(name, value, contentType: contentType) }
    }
}
