import Foundation

/// A one-shot signal that async code can wait for, with a timeout.
public final class AsyncSignal: @unchecked Sendable {
    private let lock = NSLock()
    private var fired = false
    private var waiters: [UUID: CheckedContinuation<Bool, Never>] = [:]
    private var expired: Set<UUID> = []
    private let semaphore = DispatchSemaphore(value: 0)

    /// Creates an unfired signal.
    public init() {}

    /// Fires the signal: every current and future waiter returns true.
    public func fire() {
        lock.lock()
        guard !fired else {
            lock.unlock()
            return
        }
        fired = true
        let pending = waiters
        waiters = [:]
        lock.unlock()
        semaphore.signal()
        for continuation in pending.values {
            continuation.resume(returning: true)
        }
    }

    /// Whether the signal has fired.
    public var isFired: Bool {
        lock.lock()
        defer { lock.unlock() }
        return fired
    }

    /// For server threads: blocks up to `seconds`.
    public func blockingWait(seconds: Int = 10) -> Bool {
        if isFired { return true }
        let result = semaphore.wait(timeout: .now() + .seconds(seconds)) == .success
        if result { semaphore.signal() }
        return result || isFired
    }

    /// For tests: waits until fired, or `timeout` elapses (returns false).
    public func wait(timeout: Duration = .seconds(10)) async -> Bool {
        let id = UUID()
        let timer = Task { [self] in
            try? await Task.sleep(for: timeout)
            expire(id)
        }
        defer { timer.cancel() }
        return await withCheckedContinuation { (continuation: CheckedContinuation<Bool, Never>) in
            lock.lock()
            if fired {
                lock.unlock()
                continuation.resume(returning: true)
            } else if expired.contains(id) {
                lock.unlock()
                continuation.resume(returning: false)
            } else {
                waiters[id] = continuation
                lock.unlock()
            }
        }
    }

    private func expire(_ id: UUID) {
        lock.lock()
        let waiter = waiters.removeValue(forKey: id)
        if waiter == nil { expired.insert(id) }
        lock.unlock()
        waiter?.resume(returning: false)
    }
}

/// A thread-safe counter/recorder for tests.
public final class Recorder<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Value] = []

    /// Creates an empty recorder.
    public init() {}

    /// Records `value`.
    public func append(_ value: Value) {
        lock.lock()
        storage.append(value)
        lock.unlock()
    }

    /// Everything recorded, in order.
    public var values: [Value] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}
