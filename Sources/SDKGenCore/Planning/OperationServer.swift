import Foundation

/// The server an operation is sent to when the document gives it one of its own (an upload host), and the URL
/// of a server with its variables' defaults.
enum OperationServer {
    /// The URL of `server` with every variable at its default, when that is an absolute URL with a host; nil when a
    /// variable has no default or the URL is relative.
    static func resolvedURL(_ server: Server) -> String? {
        var url = server.url
        for variable in server.variables {
            guard let value = variable.defaultValue else { return nil }
            url = url.replacingOccurrences(of: "{\(variable.name)}", with: value)
        }
        guard !url.contains("{"), let parsed = URL(string: url), parsed.scheme != nil, parsed.host != nil else {
            return nil
        }
        return url
    }

    /// The URL the operation is sent to instead of the client's server: its first server, unless that is one of
    /// the document's (whichever the client is set to, the operation goes there too). A server that does not
    /// resolve to an absolute URL is left out with a warning, and the operation goes to the client's server.
    static func override(for operation: Operation, in document: APIDocument, diagnostics: inout [Diagnostic]) -> String?
    {
        guard let first = operation.servers.first else { return nil }
        guard let url = resolvedURL(first) else {
            diagnostics.append(
                Diagnostic(
                    .warning,
                    "the server '\(first.url)' of operation '\(operation.operationID)' is not an absolute URL (with its variables' defaults); the operation is sent to the client's server",
                    at: operation.origin.location, pointer: operation.origin.pointer + "/servers"))
            return nil
        }
        let documentServers = Set(document.servers.compactMap(resolvedURL).map(normalized))
        return documentServers.contains(normalized(url)) ? nil : url
    }

    /// A URL without a trailing slash, to compare servers.
    private static func normalized(_ url: String) -> String {
        url.hasSuffix("/") ? String(url.dropLast()) : url
    }
}
