/// SHA-256 (FIPS 180-4) of a byte buffer, so file headers can name the exact document without a crypto dependency.
enum SHA256 {
    private static let k: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    /// The digest as 64 lowercase hex digits.
    static func hex(_ bytes: [UInt8]) -> String {
        digest(bytes).map { byte in
            let text = String(byte, radix: 16)
            return text.count == 1 ? "0" + text : text
        }.joined()
    }

    /// The 32-byte digest.
    static func digest(_ bytes: [UInt8]) -> [UInt8] {
        var hash: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (
            0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19
        )
        // The whole blocks straight from the input (no copy), then the padded tail: the bytes left, 0x80, zeros
        // and the length in bits. One schedule buffer for every block.
        let wholeBlocks = bytes.count / 64
        var tail = Array(bytes[(wholeBlocks * 64)...])
        tail.append(0x80)
        while tail.count % 64 != 56 { tail.append(0) }
        let bitLength = UInt64(bytes.count) &* 8
        for shift in stride(from: 56, through: 0, by: -8) {
            tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
        }
        let words = UnsafeMutablePointer<UInt32>.allocate(capacity: 64)
        defer { words.deallocate() }
        k.withUnsafeBufferPointer { constants in
            let k = constants.baseAddress!
            bytes.withUnsafeBufferPointer { input in
                guard let base = input.baseAddress else { return }
                for block in 0..<wholeBlocks { compress(&hash, base + block * 64, words, k) }
            }
            tail.withUnsafeBufferPointer { input in
                for block in 0..<input.count / 64 { compress(&hash, input.baseAddress! + block * 64, words, k) }
            }
        }
        let values = [hash.0, hash.1, hash.2, hash.3, hash.4, hash.5, hash.6, hash.7]
        return values.flatMap { value in [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: value >> UInt32($0)) } }
    }

    /// One 64-byte block into the running hash; `words` is room for the 64-word schedule, `k` the constants.
    @inline(__always)
    private static func compress(
        _ hash: inout (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32),
        _ block: UnsafePointer<UInt8>, _ words: UnsafeMutablePointer<UInt32>, _ k: UnsafePointer<UInt32>
    ) {
        for index in 0..<16 {
            let base = index * 4
            words[index] =
                UInt32(block[base]) << 24 | UInt32(block[base + 1]) << 16 | UInt32(block[base + 2]) << 8
                | UInt32(block[base + 3])
        }
        for index in 16..<64 {
            let s0 = rotate(words[index - 15], 7) ^ rotate(words[index - 15], 18) ^ (words[index - 15] >> 3)
            let s1 = rotate(words[index - 2], 17) ^ rotate(words[index - 2], 19) ^ (words[index - 2] >> 10)
            words[index] = words[index - 16] &+ s0 &+ words[index - 7] &+ s1
        }
        var (a, b, c, d, e, f, g, h) = hash
        // Eight rounds at a time, the variables' roles rotating through the calls instead of being moved.
        var index = 0
        while index < 64 {
            round(a, b, c, &d, e, f, g, &h, k[index] &+ words[index])
            round(h, a, b, &c, d, e, f, &g, k[index + 1] &+ words[index + 1])
            round(g, h, a, &b, c, d, e, &f, k[index + 2] &+ words[index + 2])
            round(f, g, h, &a, b, c, d, &e, k[index + 3] &+ words[index + 3])
            round(e, f, g, &h, a, b, c, &d, k[index + 4] &+ words[index + 4])
            round(d, e, f, &g, h, a, b, &c, k[index + 5] &+ words[index + 5])
            round(c, d, e, &f, g, h, a, &b, k[index + 6] &+ words[index + 6])
            round(b, c, d, &e, f, g, h, &a, k[index + 7] &+ words[index + 7])
            index += 8
        }
        hash = (
            hash.0 &+ a, hash.1 &+ b, hash.2 &+ c, hash.3 &+ d, hash.4 &+ e, hash.5 &+ f, hash.6 &+ g, hash.7 &+ h
        )
    }

    /// One round: `d` becomes the next `e`, `h` the next `a`; `kw` is the round's constant plus its word.
    @inline(__always)
    private static func round(
        _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32, _ e: UInt32, _ f: UInt32, _ g: UInt32,
        _ h: inout UInt32, _ kw: UInt32
    ) {
        let temp1 = h &+ (rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)) &+ (g ^ (e & (f ^ g))) &+ kw
        let temp2 = (rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)) &+ ((a & (b | c)) | (b & c))
        d = d &+ temp1
        h = temp1 &+ temp2
    }

    @inline(__always)
    private static func rotate(_ value: UInt32, _ count: UInt32) -> UInt32 {
        (value >> count) | (value << (32 - count))
    }
}
