import Foundation
import NIOCore
import NIOHTTP1

/// A sized body being written in chunks as the connection drains.
struct SizedBody {
    enum Source {
        case data(Data)
        case pattern
    }

    var source: Source
    var offset: Int
    var length: Int

    static let chunkSize = 64 * 1024
    /// Bodies up to this size are written in one piece.
    static let singleWriteLimit = 256 * 1024

    /// The next chunk (at most ``chunkSize`` bytes) and advances.
    mutating func nextChunk(allocator: ByteBufferAllocator) -> ByteBuffer {
        let count = min(Self.chunkSize, length - offset)
        var buffer = allocator.buffer(capacity: count)
        switch source {
        case .data(let data):
            let start = data.startIndex + offset
            buffer.writeBytes(data[start..<(start + count)])
        case .pattern:
            let position = offset
            buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: count) { destination in
                GeneratedPattern.fill(offset: position, count: count, into: destination)
                return count
            }
        }
        offset += count
        return buffer
    }

    var isFinished: Bool { offset >= length }
}

/// Response writing for ``HTTPConnectionHandler``; everything here runs on the event loop.
extension HTTPConnectionHandler {
    /// Writes a whole response: a sized body (chunked by backpressure when large) or a chunked stream.
    func send(_ response: Response, context: ChannelHandlerContext) {
        guard context.channel.isActive else { return }
        var headers = HTTPHeaders(response.headers)
        if headers["connection"].contains(where: { $0.lowercased() == "close" }) {
            keepAlive = false
        } else if !keepAlive {
            headers.add(name: "Connection", value: "close")
        }
        let status = HTTPResponseStatus(statusCode: response.status)
        let noContent = response.status < 200 || response.status == 204 || response.status == 304
        // A HEAD response keeps its Content-Length but sends no body.
        let bodyless = noContent || isHeadRequest
        switch response.body.storage {
        case .data(let data):
            if !noContent, !headers.contains(name: "content-length") {
                headers.add(name: "Content-Length", value: String(data.count))
            }
            writeHead(status: status, headers: headers, context: context)
            if data.count <= SizedBody.singleWriteLimit || bodyless {
                if !data.isEmpty && !bodyless {
                    context.write(
                        wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(bytes: data)))), promise: nil
                    )
                }
                finishResponse(context: context)
            } else {
                startSizedBody(SizedBody(source: .data(data), offset: 0, length: data.count), context: context)
            }
        case .pattern(let size):
            if !headers.contains(name: "content-length") {
                headers.add(name: "Content-Length", value: String(size))
            }
            writeHead(status: status, headers: headers, context: context)
            if bodyless { return finishResponse(context: context) }
            startSizedBody(SizedBody(source: .pattern, offset: 0, length: size), context: context)
        case .chunks(let chunks):
            writeHead(status: status, headers: headers, context: context)
            context.flush()
            sendChunks(bodyless ? [] : chunks[...], context: context)
        }
    }

    /// Sends a head declaring `declaredLength`, then `bytes`, then closes the connection.
    func sendThenClose(status: Int, declaredLength: Int, bytes: Data, context: ChannelHandlerContext) {
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: "application/octet-stream")
        headers.add(name: "Content-Length", value: String(declaredLength))
        writeHead(status: HTTPResponseStatus(statusCode: status), headers: headers, context: context)
        let buffer = context.channel.allocator.buffer(bytes: bytes)
        context.writeAndFlush(wrapOutboundOut(.body(.byteBuffer(buffer)))).assumeIsolated().whenComplete { _ in
            context.close(promise: nil)
        }
    }

    private func writeHead(status: HTTPResponseStatus, headers: HTTPHeaders, context: ChannelHandlerContext) {
        let head = HTTPResponseHead(version: version, status: status, headers: headers)
        context.write(wrapOutboundOut(.head(head)), promise: nil)
    }

    /// Sends each chunk after its delay, then ends the response.
    private func sendChunks(_ chunks: ArraySlice<StreamChunk>, context: ChannelHandlerContext) {
        guard context.channel.isActive else { return }
        guard let chunk = chunks.first else {
            finishResponse(context: context)
            return
        }
        let rest = chunks.dropFirst()
        let write = {
            guard context.channel.isActive else { return }
            if !chunk.data.isEmpty {
                let buffer = context.channel.allocator.buffer(bytes: chunk.data)
                context.writeAndFlush(self.wrapOutboundOut(.body(.byteBuffer(buffer))), promise: nil)
            }
            self.sendChunks(rest, context: context)
        }
        if chunk.delayBefore > .zero {
            context.eventLoop.assumeIsolated().scheduleTask(in: TimeAmount(chunk.delayBefore)) { write() }
        } else {
            write()
        }
    }

    private func startSizedBody(_ body: SizedBody, context: ChannelHandlerContext) {
        sizedBody = body
        pump(context: context)
    }

    /// Writes chunks of the sized body while the channel is writable; resumed by
    /// `channelWritabilityChanged`. Re-entrant calls (writability can change inside `flush`) only
    /// ask the running loop to go round again.
    func pump(context: ChannelHandlerContext) {
        guard sizedBody != nil else { return }
        if pumping {
            pumpAgain = true
            return
        }
        pumping = true
        defer { pumping = false }
        repeat {
            pumpAgain = false
            while context.channel.isWritable, var body = sizedBody, !body.isFinished {
                let chunk = body.nextChunk(allocator: context.channel.allocator)
                sizedBody = body
                context.write(wrapOutboundOut(.body(.byteBuffer(chunk))), promise: nil)
            }
            context.flush()
        } while pumpAgain && sizedBody.map { !$0.isFinished } == true
        if let body = sizedBody, body.isFinished {
            sizedBody = nil
            finishResponse(context: context)
        }
    }

    /// Ends the response; closes the connection when the request did not ask to keep it alive.
    func finishResponse(context: ChannelHandlerContext) {
        let written = context.writeAndFlush(wrapOutboundOut(.end(nil)))
        if !keepAlive {
            written.assumeIsolated().whenComplete { _ in context.close(promise: nil) }
        }
    }
}
