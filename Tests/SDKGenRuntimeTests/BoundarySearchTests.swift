import Foundation
import Testing
@testable import SDKGenRuntime

@Suite("Multipart boundary search")
struct BoundarySearchTests {
    @Test func agreesWithDataRangeOf() {
        let marker = Data("Boundary-abc".utf8)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let length = Int.random(in: 0...200, using: &generator)
            // Bytes from a small alphabet, so near-misses and hits happen often.
            var data = Data((0..<length).map { _ in Array("Boundary-abcX".utf8).randomElement(using: &generator)! })
            if Bool.random(using: &generator), length >= marker.count {
                let at = Int.random(in: 0...(length - marker.count), using: &generator)
                data.replaceSubrange(at..<(at + marker.count), with: marker)
            }
            #expect(MultipartWriter.occurs(marker, in: data) == (data.range(of: marker) != nil), "\(Array(data))")
        }
    }

    @Test func edges() {
        let marker = Data("--B".utf8)
        #expect(MultipartWriter.occurs(marker, in: Data("--B".utf8)))
        #expect(MultipartWriter.occurs(marker, in: Data("xx--B".utf8)))
        #expect(MultipartWriter.occurs(marker, in: Data("--Bxx".utf8)))
        #expect(!MultipartWriter.occurs(marker, in: Data("--".utf8)))
        #expect(!MultipartWriter.occurs(marker, in: Data("xx--".utf8)))
        #expect(!MultipartWriter.occurs(marker, in: Data()))
        #expect(!MultipartWriter.occurs(marker, in: Data(repeating: UInt8(ascii: "-"), count: 10_000)))
        // A slice whose indices do not start at zero.
        let slice = Data("zz--Bzz".utf8)[2...]
        #expect(MultipartWriter.occurs(marker, in: slice))
        #expect(!MultipartWriter.occurs(marker, in: Data("zz--Bzz".utf8)[3...]))
    }
}
