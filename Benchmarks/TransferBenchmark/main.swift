// TransferBenchmark: moves one large file through the generated Files client and the loopback
// test server, and reports throughput and peak memory.
//
//     TransferBenchmark <mode> [size-in-MiB]
//
// Modes (one per process, so that peak RSS belongs to one path):
//   baseline       start the server and the client, transfer nothing
//   upload-file    upload from a file URL   (FileUpload(fileURL:))
//   download-file  download to a file       (download(fileId:to:))
//   upload-data    upload from memory       (FileUpload(fileName:content:))
//   download-data  download into memory     (download(fileId:) -> Data)
//   serve          start the server only, print `url=<base URL>`, and keep serving until killed, so that
//                  another client (curl) can be measured against the same server
//
// Every transfer is verified with the server's FNV-1a 64 checksum. Run it through
// `Scripts/benchmark-transfer.sh`, which builds in release mode and adds `/usr/bin/time -v`.

import Foundation
import OpenRouterFiles
import TestServer

/// Fails the benchmark with a message.
func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("TransferBenchmark: \(message)\n".utf8))
    exit(1)
}

/// The peak resident set size of this process so far (`VmHWM`), in KiB.
func peakRSSKiB() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return -1 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? -1
    }
    return -1
}

/// Writes `size` bytes of the server's generated pattern to `url`, 1 MiB at a time.
func writePatternFile(_ url: URL, size: Int) throws {
    guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
        fail("could not create \(url.path)")
    }
    let handle = try FileHandle(forWritingTo: url)
    defer { try? handle.close() }
    let step = 1024 * 1024
    var offset = 0
    while offset < size {
        let count = min(step, size - offset)
        try handle.write(contentsOf: GeneratedPattern.bytes(offset: offset, count: count))
        offset += count
    }
}

/// The FNV-1a 64 checksum and size of a file, read 1 MiB at a time.
func checksumOfFile(_ url: URL) throws -> (checksum: UInt64, size: Int) {
    let handle = try FileHandle(forReadingFrom: url)
    defer { try? handle.close() }
    var hasher = FNV1a64()
    var size = 0
    while let chunk = try handle.read(upToCount: 1024 * 1024), !chunk.isEmpty {
        hasher.update(chunk)
        size += chunk.count
    }
    return (hasher.value, size)
}

let arguments = CommandLine.arguments
let modes = ["baseline", "upload-file", "download-file", "upload-data", "download-data", "serve"]
guard arguments.count >= 2, modes.contains(arguments[1]) else {
    fail("usage: TransferBenchmark <\(modes.joined(separator: "|"))> [size-in-MiB]")
}
let mode = arguments[1]
let mebibytes = arguments.count >= 3 ? Int(arguments[2]) ?? 100 : 100
let size = mebibytes * 1024 * 1024

let server = try await FilesTestServer.start(maxUploadBytes: size + 1)
if mode == "serve" {
    FileHandle.standardOutput.write(Data("url=\(server.baseURL.absoluteString)\n".utf8))
    while true { try await Task.sleep(for: .seconds(3600)) }
}
let client = OpenRouterClient(
    apiKey: "benchmark-key",
    serverURL: server.baseURL,
    timeout: .seconds(120),
    retryPolicy: .none,
    environment: [:]
)
let directory = FileManager.default.temporaryDirectory
    .appendingPathComponent("transfer-benchmark-\(UUID().uuidString)", isDirectory: true)
try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: directory) }

let expectedChecksum = GeneratedPattern.checksum(size: size)
let clock = ContinuousClock()
var elapsed = Duration.zero

do {
    switch mode {
    case "upload-file":
        let file = directory.appendingPathComponent("upload.bin")
        try writePatternFile(file, size: size)
        let started = clock.now
        let metadata = try await client.files.upload(file: FileUpload(fileURL: file))
        elapsed = clock.now - started
        guard metadata.sizeBytes == size, server.storedFile(id: metadata.id)?.checksum == expectedChecksum else {
            fail("upload-file: the server received different bytes")
        }
    case "download-file":
        let id = server.addGeneratedDownloadableFile(name: "download.bin", size: size)
        let destination = directory.appendingPathComponent("download.bin")
        let started = clock.now
        try await client.files.download(fileId: id, to: destination)
        elapsed = clock.now - started
        let (checksum, written) = try checksumOfFile(destination)
        guard written == size, checksum == expectedChecksum else { fail("download-file: wrong bytes on disk") }
    case "upload-data":
        let content = GeneratedPattern.bytes(count: size)
        let started = clock.now
        let metadata = try await client.files.upload(file: FileUpload(fileName: "upload.bin", content: content))
        elapsed = clock.now - started
        guard metadata.sizeBytes == size, server.storedFile(id: metadata.id)?.checksum == expectedChecksum else {
            fail("upload-data: the server received different bytes")
        }
    case "download-data":
        let id = server.addGeneratedDownloadableFile(name: "download.bin", size: size)
        let started = clock.now
        let data = try await client.files.download(fileId: id)
        elapsed = clock.now - started
        guard data.count == size, FNV1a64.hash(data) == expectedChecksum else { fail("download-data: wrong bytes") }
    default:
        break
    }
} catch {
    fail("\(mode) failed: \(error)")
}
try await server.shutdown()

let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
let megabytes = Double(size) / 1_000_000
let throughput = seconds > 0 ? megabytes / seconds : 0
let bytes = mode == "baseline" ? 0 : size
let rate = mode == "baseline" ? 0 : throughput
print(
    "mode=\(mode) bytes=\(bytes) seconds=\(String(format: "%.3f", seconds)) MBps=\(String(format: "%.1f", rate)) peakRSSKiB=\(peakRSSKiB())"
)
