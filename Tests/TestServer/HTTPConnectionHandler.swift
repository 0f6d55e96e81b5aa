import Foundation
import NIOCore
import NIOHTTP1

/// Handles one connection on its event loop: reads each request incrementally, records it, then
/// acts on its scripted fault or answers normally. Response writing lives in `ResponseWriter.swift`.
final class HTTPConnectionHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    /// The request being read.
    private struct Incoming {
        var head: HTTPRequestHead
        var path: String
        var rawQuery: String?
        var relativePath: String
        var collector: BodyCollector
        var fault: Fault?
    }

    let core: ServerCore
    let rawTap: RawOutboundTap
    private var incoming: Incoming?
    /// How many requests this connection has carried so far.
    private var requestsOnConnection = 0

    // Response state, used by ResponseWriter.swift.
    var version = HTTPVersion.http1_1
    var isHeadRequest = false
    var keepAlive = true
    var sizedBody: SizedBody?
    var pumping = false
    var pumpAgain = false

    init(core: ServerCore, rawTap: RawOutboundTap) {
        self.core = core
        self.rawTap = rawTap
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            let (path, query) = Self.splitTarget(head.uri)
            let relative = core.relativePath(path)
            incoming = Incoming(
                head: head, path: path, rawQuery: query, relativePath: relative,
                collector: BodyCollector(
                    contentType: head.headers.first(name: "content-type"),
                    limit: core.configuration.keptBytesLimit
                ),
                fault: core.takeFault(method: head.method.rawValue, relativePath: relative)
            )
            if head.headers["expect"].contains(where: { $0.lowercased() == "100-continue" }) {
                let interim = HTTPResponseHead(version: head.version, status: .continue)
                context.writeAndFlush(wrapOutboundOut(.head(interim)), promise: nil)
            }
        case .body(let chunk):
            incoming?.collector.append(chunk)
        case .end:
            guard var request = incoming else { return }
            incoming = nil
            version = request.head.version
            isHeadRequest = request.head.method == .HEAD
            keepAlive = request.head.isKeepAlive && core.configuration.keepAlive
            let recorded = record(&request)
            act(on: request.fault, request: recorded, context: context)
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        incoming = nil
        sizedBody = nil
        context.fireChannelInactive()
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        if context.channel.isWritable { pump(context: context) }
        context.fireChannelWritabilityChanged()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }

    private func record(_ request: inout Incoming) -> RecordedRequest {
        requestsOnConnection += 1
        let body = request.collector.finish()
        let headers = HeaderFields(request.head.headers.map { ($0.name, $0.value) })
        return core.record { sequence in
            RecordedRequest(
                sequence: sequence, method: request.head.method.rawValue, uri: request.head.uri,
                path: request.path, relativePath: request.relativePath, rawQuery: request.rawQuery,
                queryItems: QueryParser.parse(request.rawQuery), headers: headers,
                body: body.body, bodyLength: body.length, bodyChecksum: body.checksum,
                parts: body.parts, multipartError: body.error, connectionRequestNumber: requestsOnConnection
            )
        }
    }

    /// Acts on a scripted fault, or answers normally when there is none.
    private func act(on fault: Fault?, request: RecordedRequest, context: ChannelHandlerContext) {
        guard let fault else {
            respondNormally(to: request, context: context)
            return
        }
        switch fault {
        case .status(let status, let headers, let body, let contentType):
            var allHeaders = headers
            if let contentType, !HeaderFields(headers).contains("Content-Type") {
                allHeaders.append(("Content-Type", contentType))
            }
            send(Response(status: status, headers: allHeaders, body: .data(body)), context: context)
        case .delay(let delay):
            after(delay, context: context) { self.respondNormally(to: request, context: context) }
        case .delayed(let delay, let inner):
            after(delay, context: context) { self.act(on: inner, request: request, context: context) }
        case .closeBeforeResponse:
            context.close(promise: nil)
        case .closeMidBody(let status, let declaredLength, let sentBytes):
            sendThenClose(status: status, declaredLength: declaredLength, bytes: sentBytes, context: context)
        case .truncatedJSON:
            send(.json(Fault.truncatedJSONBody), context: context)
        case .invalidJSON:
            send(.json(Fault.invalidJSONBody), context: context)
        case .response(let response):
            send(response, context: context)
        case .rawResponse(let bytes):
            rawTap.writeAndClose(bytes)
        }
    }

    /// A custom route if one matches (run in a task, answered back on the event loop), else the
    /// Files emulation.
    private func respondNormally(to request: RecordedRequest, context: ChannelHandlerContext) {
        guard let handler = core.route(method: request.method, relativePath: request.relativePath) else {
            send(FilesEmulator(core: core).respond(to: request), context: context)
            return
        }
        let promise = context.eventLoop.makePromise(of: Response.self)
        if !core.startTask({ promise.succeed(await handler(request)) }) {
            promise.succeed(.error(503, message: "Test server is shutting down"))
        }
        promise.futureResult.assumeIsolated().whenSuccess { response in
            self.send(response, context: context)
        }
    }

    /// Runs `action` on the event loop after `delay`, unless the connection has closed by then.
    private func after(_ delay: Duration, context: ChannelHandlerContext, _ action: @escaping () -> Void) {
        context.eventLoop.assumeIsolated().scheduleTask(in: TimeAmount(delay)) {
            if context.channel.isActive { action() }
        }
    }

    /// Splits a request target into its path and its raw query (nil when there is no `?`).
    static func splitTarget(_ uri: String) -> (path: String, query: String?) {
        guard let mark = uri.firstIndex(of: "?") else { return (uri, nil) }
        return (String(uri[..<mark]), String(uri[uri.index(after: mark)...]))
    }
}

/// The first handler of each pipeline: lets a fault write raw bytes past the HTTP encoder.
final class RawOutboundTap: ChannelOutboundHandler, RemovableChannelHandler {
    typealias OutboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private var context: ChannelHandlerContext?

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        self.context = nil
    }

    /// Writes `bytes` straight to the socket, then closes the connection.
    func writeAndClose(_ bytes: Data) {
        guard let context else { return }
        let buffer = context.channel.allocator.buffer(bytes: bytes)
        context.writeAndFlush(wrapOutboundOut(buffer)).assumeIsolated().whenComplete { _ in
            context.close(promise: nil)
        }
    }
}
