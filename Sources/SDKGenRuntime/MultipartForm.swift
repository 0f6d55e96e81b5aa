import Foundation

/// The parts of a `multipart/form-data` request body, in order.
public struct MultipartForm: Sendable {
    /// One part.
    enum Part: Sendable {
        /// A text field.
        case field(name: String, value: String)
        /// A file.
        case file(name: String, upload: FileUpload)
        /// A JSON-encoded value (`Content-Type: application/json`).
        case json(name: String, data: Data)
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

    /// Adds a text field.
    public mutating func addField(_ name: String, _ value: String) {
        parts.append(.field(name: name, value: value))
    }

    /// Adds a field holding `value` encoded as JSON.
    public mutating func addJSON(_ name: String, _ value: some Encodable & Sendable) {
        do {
            parts.append(.json(name: name, data: try JSONCoding.makeEncoder().encode(value)))
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
    mutating func addFile(_ name: String, _ upload: FileUpload?) {
        if let upload { addFile(name, upload) }
    }

    /// Adds a text part unless the value is nil.
    mutating func addField(_ name: String, _ value: String?) {
        if let value { addField(name, value) }
    }

    /// Adds a JSON part unless the value is nil.
    mutating func addJSON(_ name: String, _ value: (some Encodable & Sendable)?) {
        if let value { addJSON(name, value) }
    }
}
