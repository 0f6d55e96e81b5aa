import Foundation

/// The normal behaviour of the server: the Files API of `spec/openrouter-files.openapi.yaml`,
/// answering from the server's ``FileStore``.
struct FilesEmulator {
    let core: ServerCore

    static let unauthorizedMessage = "Missing Authentication header"
    static let notFoundMessage = "Resource not found"

    func respond(to request: RecordedRequest) -> Response {
        guard Self.isAuthorized(request.headers["Authorization"]) else {
            return .error(401, message: Self.unauthorizedMessage)
        }
        let segments = request.relativePath.split(separator: "/", omittingEmptySubsequences: false)
            .dropFirst().map(String.init)
        let workspace = request.query("workspace_id")
        let method = request.method
        guard segments.first == "files", (1...3).contains(segments.count) else {
            return .error(404, message: Self.notFoundMessage)
        }
        switch segments.count {
        case 1 where method == "GET":
            return list(request, workspace: workspace)
        case 1 where method == "POST":
            return upload(request, workspace: workspace)
        case 2 where segments[1].isEmpty:
            return .error(404, message: Self.notFoundMessage)
        case 2 where method == "GET":
            return retrieve(id: segments[1], workspace: workspace)
        case 2 where method == "DELETE":
            return delete(id: segments[1], workspace: workspace)
        case 3 where segments[2] != "content" || segments[1].isEmpty:
            return .error(404, message: Self.notFoundMessage)
        case 3 where method == "GET":
            return download(id: segments[1], workspace: workspace)
        default:
            return .error(405, message: "Method \(method) not allowed")
        }
    }

    /// `Authorization: Bearer <non-empty token>` (scheme case-insensitive).
    static func isAuthorized(_ header: String?) -> Bool {
        guard let header else { return false }
        let trimmed = header.trimmingCharacters(in: .whitespaces)
        guard trimmed.count > 7, trimmed.prefix(7).lowercased() == "bearer " else { return false }
        return !trimmed.dropFirst(7).trimmingCharacters(in: .whitespaces).isEmpty
    }

    private func list(_ request: RecordedRequest, workspace: String?) -> Response {
        let configuration = core.configuration
        var limit = configuration.defaultPageSize
        if let text = request.query("limit") {
            guard let value = Int(text), (1...configuration.maxPageSize).contains(value) else {
                return .error(400, message: "limit must be an integer between 1 and \(configuration.maxPageSize)")
            }
            limit = value
        }
        let cursor = request.query("cursor").flatMap { $0.isEmpty ? nil : $0 }
        guard let page = core.withStore({ $0.page(workspaceID: workspace, cursor: cursor, limit: limit) }) else {
            return .error(400, message: "Invalid cursor")
        }
        let body = JSONBodies.FileList(
            data: page.files.map(JSONBodies.FileMetadata.init),
            cursor: page.hasMore ? page.files.last.map { FileStore.encodeCursor(after: $0.id) } : nil,
            hasMore: page.hasMore,
            firstID: page.files.first?.id,
            lastID: page.files.last?.id
        )
        return .json(encoding: body)
    }

    private func upload(_ request: RecordedRequest, workspace: String?) -> Response {
        guard let parts = request.parts else {
            return .error(400, message: "Expected a multipart/form-data body")
        }
        if let problem = request.multipartError {
            return .error(400, message: "Malformed multipart body: \(problem)")
        }
        guard let part = parts.first(where: { $0.name == "file" }) else {
            return .error(400, message: "Missing required part 'file'")
        }
        guard let filename = part.filename, !filename.isEmpty else {
            return .error(400, message: "Part 'file' has no filename")
        }
        if part.size > core.configuration.maxUploadBytes {
            return .error(413, message: "Request payload too large")
        }
        let mimeType = part.contentType.map(HeaderParameters.mainValue) ?? "application/octet-stream"
        let file = core.withStore { store in
            store.add(
                filename: filename, mimeType: mimeType, size: part.size, checksum: part.checksum,
                prefix: part.content, content: .uploaded, downloadable: false, workspaceID: workspace
            )
        }
        return .json(encoding: JSONBodies.FileMetadata(file))
    }

    private func retrieve(id: String, workspace: String?) -> Response {
        guard let file = core.withStore({ $0.file(id: id, workspaceID: workspace) }) else {
            return .error(404, message: Self.notFoundMessage)
        }
        return .json(encoding: JSONBodies.FileMetadata(file))
    }

    private func delete(id: String, workspace: String?) -> Response {
        guard core.withStore({ $0.delete(id: id, workspaceID: workspace) }) else {
            return .error(404, message: Self.notFoundMessage)
        }
        return .json(encoding: JSONBodies.Deleted(id: id))
    }

    private func download(id: String, workspace: String?) -> Response {
        guard let file = core.withStore({ $0.file(id: id, workspaceID: workspace) }) else {
            return .error(404, message: Self.notFoundMessage)
        }
        guard file.downloadable else {
            return .error(400, message: "File \(id) is not downloadable")
        }
        let escaped = file.filename.replacingOccurrences(of: "\"", with: "\\\"")
        let headers = [
            ("Content-Type", "application/octet-stream"),
            ("Content-Disposition", "attachment; filename=\"\(escaped)\""),
        ]
        switch file.content {
        case .data(let data):
            return Response(status: 200, headers: headers, body: .data(data))
        case .pattern:
            return Response(status: 200, headers: headers, body: .pattern(size: file.sizeBytes))
        case .uploaded:
            return .error(400, message: "File \(id) is not downloadable")
        }
    }
}
