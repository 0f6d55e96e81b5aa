import Foundation

/// Enforces the timeout of one attempt in the runtime, whatever the transport does with it.
///
/// URLSession's own timer is an idle timer, and FoundationNetworking (Linux) counts it in whole seconds,
/// so a 0.3 s timeout there would fire after 1 s. Racing the attempt against a sleep makes the timeout mean
/// what it says on every platform: an attempt that has not returned within `timeout` (for a streamed
/// response: whose head has not arrived) is cancelled and fails with ``TransportError/Kind/timedOut``.
enum AttemptDeadline {
    /// Runs `operation`, failing with a timed-out ``TransportError`` when it takes longer than `timeout`
    /// (`nil`: no deadline). An outcome that arrives after the deadline is passed to `discard`.
    static func run<Outcome: Sendable>(
        timeout: Duration?,
        discard: (Outcome) -> Void,
        _ operation: @escaping @Sendable () async throws -> Outcome
    ) async throws -> Outcome {
        guard let timeout else { return try await operation() }
        return try await withThrowingTaskGroup(of: Outcome?.self) { group in
            group.addTask { try await operation() }
            group.addTask {
                try await Task.sleep(for: timeout)
                return nil
            }
            let first: Outcome??
            do {
                first = try await group.next()
            } catch {
                group.cancelAll()
                throw error
            }
            group.cancelAll()
            if case let .some(.some(outcome)) = first {
                return outcome
            }
            // The deadline passed: the cancelled attempt may still deliver an outcome; release it.
            while let late = try? await group.next() {
                if let late { discard(late) }
            }
            throw TransportError(kind: .timedOut, message: "The request timed out after \(timeout)")
        }
    }
}
