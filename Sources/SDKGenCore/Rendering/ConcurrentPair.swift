import Dispatch
import Foundation

/// Runs two independent computations at once, so stages that do not depend on each other use both cores.
///
/// Both are pure functions of their inputs: the results, and so the output bytes, do not depend on which runs
/// first or on how many cores there are.
enum ConcurrentPair {
    /// `first()` and `second()`, run at the same time (one after the other on a single core).
    static func run<A, B>(_ first: () -> A, _ second: () -> B) -> (A, B) {
        let results = PairResults<A, B>()
        withoutActuallyEscaping(first) { first in
            withoutActuallyEscaping(second) { second in
                let work = UncheckedWork(first: first, second: second)
                DispatchQueue.concurrentPerform(iterations: 2) { index in
                    if index == 0 { results.first = work.first() } else { results.second = work.second() }
                }
            }
        }
        return (results.first!, results.second!)
    }
}

/// The two closures, handed to the worker threads; each runs on exactly one of them.
private struct UncheckedWork<A, B>: @unchecked Sendable {
    let first: () -> A
    let second: () -> B
}

/// Each slot is written by one worker and read after both finished (`concurrentPerform` returns after both).
private final class PairResults<A, B>: @unchecked Sendable {
    var first: A?
    var second: B?
}
