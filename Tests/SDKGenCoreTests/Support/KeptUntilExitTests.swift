import XCTest

@testable import SDKGenCore

/// `KeptValues`, what `KeptUntilExit` holds: nothing until enabled, then everything it is given.
final class KeptUntilExitTests: XCTestCase {
    private final class Payload {}

    func testAValueIsFreedAsUsualUntilKeepingIsEnabled() {
        let kept = KeptValues()
        weak var freed: Payload?
        do {
            let payload = Payload()
            freed = payload
            kept.keep(payload)
        }
        XCTAssertNil(freed)
        XCTAssertEqual(kept.count, 0)
    }

    func testAValueKeptOnceEnabledOutlivesItsLastReference() {
        let kept = KeptValues()
        kept.enable()
        weak var held: Payload?
        do {
            let payload = Payload()
            held = payload
            kept.keep(payload)
        }
        XCTAssertNotNil(held)
        XCTAssertEqual(kept.count, 1)
    }

    func testValuesKeptFromSeveralThreadsAreAllHeld() {
        let kept = KeptValues()
        kept.enable()
        DispatchQueue.concurrentPerform(iterations: 200) { _ in kept.keep(Payload()) }
        XCTAssertEqual(kept.count, 200)
    }
}
