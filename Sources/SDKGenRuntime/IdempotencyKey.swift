import Foundation

/// Idempotency keys: an operation that declares an idempotency header (`Idempotency-Key`, or one named in
/// `sdkgen.yaml`) sends a key per logical call, the same on every retry of that call, so the server can
/// deduplicate, and the retry policy may then retry it like an idempotent request.
extension RequestBuilder {
    /// Declares the idempotency header `name`, with the caller's key, or `nil` for a fresh one per call.
    public mutating func setIdempotencyKey(_ name: String, _ value: String?) {
        idempotencyHeader = name
        idempotencyValue = value
    }

    /// The idempotency header and its value for this call (a new random key when the caller gave none);
    /// `nil` when the operation declares no idempotency header. Called once per call, before the first attempt.
    func idempotencyKeyField() -> (name: String, value: String)? {
        guard let idempotencyHeader else { return nil }
        return (idempotencyHeader, idempotencyValue ?? UUID().uuidString.lowercased())
    }
}
