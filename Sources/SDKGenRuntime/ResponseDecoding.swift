import Foundation

extension ClientCore {
    /// Decodes a JSON response body as `T`.
    ///
    /// The content type must be `application/json` or `*/*+json` (parameters ignored; a missing
    /// `Content-Type` is tolerated), else the call fails with `.undocumented`; a body that does not
    /// decode fails with `.responseValidation`.
    public func decodeJSON<T: Decodable, E: OperationError>(
        _ type: T.Type,
        from response: HTTPResponse,
        as errorType: E.Type
    ) throws(E) -> T {
        guard Self.isJSON(response.contentType) else {
            throw E.undocumented(APIError(response: response))
        }
        do {
            return try JSONCoding.makeDecoder().decode(T.self, from: response.body)
        } catch {
            throw E.responseValidation(ResponseValidationError(response: response, decodingError: error))
        }
    }

    /// Decodes a documented error response's JSON body. A content type that is not JSON, or a body
    /// that does not decode, fails with `.undocumented` (the default error).
    public func decodeError<Body: Decodable & Sendable, E: OperationError>(
        _ type: Body.Type,
        from response: HTTPResponse,
        as errorType: E.Type
    ) throws(E) -> DocumentedError<Body> {
        guard Self.isJSON(response.contentType),
            let body = try? JSONCoding.makeDecoder().decode(Body.self, from: response.body)
        else {
            throw E.undocumented(APIError(response: response))
        }
        return DocumentedError(body: body, response: response)
    }

    /// The response body as UTF-8 text; invalid UTF-8 fails with `.responseValidation`.
    public func decodeText<E: OperationError>(from response: HTTPResponse, as errorType: E.Type) throws(E) -> String {
        guard let text = String(data: response.body, encoding: .utf8) else {
            throw E.responseValidation(
                ResponseValidationError(
                    response: response, message: "Response validation failed: the body is not valid UTF-8"))
        }
        return text
    }

    /// Reads a streamed response's body (up to `limit` bytes) into an ``HTTPResponse``, for example to
    /// build the error of a streamed call that got an error status. A stream failure fails with `.transport`.
    public func collectResponse<E: OperationError>(
        _ response: HTTPStreamingResponse,
        limit: Int = 16 * 1024 * 1024,
        as errorType: E.Type
    ) async throws(E) -> HTTPResponse {
        let body: Data
        do {
            body = try await response.collectBody(limit: limit)
        } catch {
            throw E.transport(TransportError.fromCurrentTask(error))
        }
        let redaction = configuration.redaction
        return HTTPResponse(
            statusCode: response.statusCode, headers: response.headers, body: body, redaction: redaction)
    }

    /// Whether a `Content-Type` is JSON (`application/json`, `application/problem+json`, ...) or absent.
    static func isJSON(_ contentType: String?) -> Bool {
        guard let contentType else { return true }
        let mediaType =
            contentType.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        if mediaType.isEmpty {
            return true
        }
        return mediaType == "application/json" || (mediaType.contains("/") && mediaType.hasSuffix("+json"))
    }
}
