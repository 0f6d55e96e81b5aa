import Foundation

/// FNV-1a 64-bit hash: a cheap, streaming, non-cryptographic checksum.
///
/// The server computes it over every uploaded part and body so a test can check that a large
/// upload arrived intact without the server keeping the bytes. Feed bytes in any chunking; the
/// result only depends on the byte sequence.
public struct FNV1a64: Sendable, Hashable {
    /// The FNV-1a 64-bit offset basis (the hash of zero bytes).
    public static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    /// The FNV-1a 64-bit prime.
    public static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The hash of all bytes fed so far.
    public private(set) var value: UInt64 = FNV1a64.offsetBasis

    /// Creates a hasher that has seen no bytes.
    public init() {}

    /// Feeds raw bytes.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        var hash = value
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* FNV1a64.prime
        }
        value = hash
    }

    /// Feeds the bytes of `data`.
    public mutating func update(_ data: Data) {
        data.withUnsafeBytes { update($0) }
    }

    /// The FNV-1a 64 hash of `data` in one call.
    public static func hash(_ data: Data) -> UInt64 {
        var hasher = FNV1a64()
        hasher.update(data)
        return hasher.value
    }
}

/// The deterministic byte pattern served for files added with
/// ``FilesTestServer/addGeneratedDownloadableFile(name:size:mimeType:workspaceID:)``.
///
/// Byte `i` is `(i + i / 251) mod 256`: runs of 251 consecutive byte values whose start shifts
/// by one every run, so the pattern repeats only every 64,256 bytes and a dropped, duplicated or
/// shifted range shows up. It is produced on the fly by copying from a small table.
public enum GeneratedPattern {
    /// The length of one run of consecutive byte values.
    public static let runLength = 251

    /// 512 bytes: 0...255 twice, so any run of up to 256 consecutive values is one copy.
    private static let table: [UInt8] = (0..<512).map { UInt8(truncatingIfNeeded: $0) }

    /// The byte at `offset` of a generated file.
    public static func byte(at offset: Int) -> UInt8 {
        UInt8(truncatingIfNeeded: offset + offset / runLength)
    }

    /// Writes `count` pattern bytes starting at `offset` into `destination`.
    public static func fill(offset: Int, count: Int, into destination: UnsafeMutableRawBufferPointer) {
        precondition(destination.count >= count, "destination too small")
        table.withUnsafeBytes { source in
            var written = 0
            var position = offset
            while written < count {
                let inRun = position % runLength
                let length = min(runLength - inRun, count - written)
                let start = Int(byte(at: position))
                destination.baseAddress!.advanced(by: written)
                    .copyMemory(from: source.baseAddress!.advanced(by: start), byteCount: length)
                written += length
                position += length
            }
        }
    }

    /// `count` pattern bytes starting at `offset`.
    public static func bytes(offset: Int = 0, count: Int) -> Data {
        var data = Data(count: count)
        data.withUnsafeMutableBytes { fill(offset: offset, count: count, into: $0) }
        return data
    }

    /// The FNV-1a 64 checksum of a whole generated file of `size` bytes (computed in 64 KiB steps).
    public static func checksum(size: Int) -> UInt64 {
        var hasher = FNV1a64()
        let step = 64 * 1024
        let scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: step, alignment: 8)
        defer { scratch.deallocate() }
        var offset = 0
        while offset < size {
            let count = min(step, size - offset)
            fill(offset: offset, count: count, into: scratch)
            hasher.update(UnsafeRawBufferPointer(rebasing: scratch[0..<count]))
            offset += count
        }
        return hasher.value
    }
}
