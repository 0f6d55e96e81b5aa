import Foundation
#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Why every request of ``URLSessionTransport`` runs on a connection that nothing else uses.
///
/// When a server closes a *reused* keep-alive connection after reading a request, without answering,
/// libcurl (under FoundationNetworking on Linux) sends the request again on a new connection by itself
/// (`Curl_retry_request`: no byte received on a reused connection means "retry on a fresh connect"), up to
/// five times, below URLSession. The retry policy, hooks and `debugLog` see one attempt while the server saw
/// two; a POST is replayed even when the policy forbids it, and an upload body that FoundationNetworking
/// cannot rewind goes out empty and then spins the CPU until the timeout. No option turns that resend off.
/// Apple's URLSession also resends requests whose reused connection was lost. The only reliable cure is
/// to never reuse a connection: each request gets a session of its own (its own connection pool) and
/// says `Connection: close`, so a lost connection is always a fresh one, which libcurl reports instead of
/// resending. The price is one TCP (and TLS) handshake per request.
extension URLSessionTransport {

    /// Asks the server to close the connection after its response, so that no connection is kept for reuse.
    static func markSingleUse(_ request: inout URLRequest) {
        request.setValue("close", forHTTPHeaderField: "Connection")
    }
}
