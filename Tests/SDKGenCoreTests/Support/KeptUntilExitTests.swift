import XCTest

@testable import SDKGenCore

/// `KeptValues`, what `KeptUntilExit` holds: nothing until enabled, then everything it is given.
final class KeptUntilExitTests: XCTestCase {
    private final class Payload {}

    func testAValueIsFreedAsUsualUntilKeepingIsEnabled() {
        let kept = KeptValues()
        XCTAssertFalse(payloadOutlivesItsLastReference(keptIn: kept))
        XCTAssertEqual(kept.count, 0)
    }

    func testAValueKeptOnceEnabledOutlivesItsLastReference() {
        let kept = KeptValues()
        kept.enable()
        XCTAssertTrue(payloadOutlivesItsLastReference(keptIn: kept))
        XCTAssertEqual(kept.count, 1)
    }

    func testValuesKeptFromSeveralThreadsAreAllHeld() {
        let kept = KeptValues()
        kept.enable()
        DispatchQueue.concurrentPerform(iterations: 200) { _ in kept.keep(Payload()) }
        XCTAssertEqual(kept.count, 200)
    }

    /// Gives a new payload to `kept`, drops this test's only reference to it, and says whether it is still allocated.
    private func payloadOutlivesItsLastReference(keptIn kept: KeptValues) -> Bool {
        weak var held: Payload?
        do {
            let payload = Payload()
            held = payload
            kept.keep(payload)
        }
        return held != nil
    }
}
