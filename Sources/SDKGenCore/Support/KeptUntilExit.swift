import Foundation

/// Values a command-line run keeps until the process exits, instead of freeing them just before it does.
///
/// At the end of a whole-OpenRouter run, freeing the document's node tree (hundreds of thousands of small
/// allocations) and the generation's result cost 6 % of the run's instructions, on the main thread after the
/// parallel part, for memory the exit returns anyway. Compilers skip the same work (clang's `-disable-free`). Only
/// `sdkgen`'s entry point turns this on: a library caller, a build plugin or a test frees as usual, so a long-lived
/// process does not grow.
public enum KeptUntilExit {
    private static let shared = KeptValues()

    /// From now on, every value given to `keep(_:)` stays allocated until the process exits.
    public static func enable() {
        shared.enable()
    }

    /// Keeps `value` until the process exits when `enable()` was called; otherwise does nothing, and the value is
    /// freed when its last reference goes, as usual.
    public static func keep(_ value: Any) {
        shared.keep(value)
    }
}

/// The values `KeptUntilExit` holds (one instance per process), behind a lock: runs on several threads may keep
/// values at once.
final class KeptValues: @unchecked Sendable {
    // Guarded by `lock`.
    private let lock = NSLock()
    private var isEnabled = false
    private var values: [Any] = []

    /// An empty holder that keeps nothing until `enable()`.
    init() {}

    /// Keeps every value given to `keep(_:)` from now on.
    func enable() {
        lock.withLock { isEnabled = true }
    }

    /// Holds `value` when enabled.
    func keep(_ value: Any) {
        lock.withLock {
            if isEnabled { values.append(value) }
        }
    }

    /// How many values are held.
    var count: Int {
        lock.withLock { values.count }
    }
}
