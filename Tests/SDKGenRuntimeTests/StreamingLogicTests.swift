import AsyncTestSupport
import Foundation
import Testing
@testable import SDKGenRuntime

private struct Chunk: Decodable, Sendable, Equatable { var n: Int }

private enum StreamFailure: Error, Equatable {
    case transport(TransportError.Kind)
    case decoding
}

@Suite("Server-sent events and pagination")
struct StreamingLogicTests {
    private func parse(_ chunks: [String]) -> [ServerSentEvent] {
        var parser = ServerSentEventParser()
        var events: [ServerSentEvent] = []
        for chunk in chunks { events += parser.push(Data(chunk.utf8)) }
        return events + parser.finish()
    }

    @Test func parsesFieldsCommentsAndLineEndings() {
        let events = parse([
            "\u{FEFF}: comment\r\nevent: update\r\nid: 7\r\ndata: line1\r\ndata:line2\r\nretry: 3000\r\n\r\n",
            "data: second\n\n",
            "data: third\r\rdata\n",
            ": keepalive\n\n",
        ])
        #expect(
            events == [
                ServerSentEvent(event: "update", data: "line1\nline2", id: "7", retry: 3000),
                ServerSentEvent(event: nil, data: "second", id: "7"),
                ServerSentEvent(event: nil, data: "third", id: "7"),
                ServerSentEvent(event: nil, data: "", id: "7"),
            ])
    }

    @Test func handlesSplitsAnywhereIncludingCRLFAndUTF8() {
        let text = "event: a\r\ndata: héllo\r\n\r\ndata: {\"n\":1}\r\n\r\n"
        let bytes = Array(text.utf8)
        let whole = parse([text])
        for split in 1..<bytes.count {
            var parser = ServerSentEventParser()
            var events = parser.push(Data(bytes[..<split]))
            events += parser.push(Data(bytes[split...]))
            events += parser.finish()
            #expect(events == whole, "split at \(split)")
        }
        #expect(whole.count == 2 && whole[0].data == "héllo")
    }

    @Test func eventsWithoutDataAreNotDispatchedAndPendingEventIsFlushed() {
        #expect(parse(["event: ping\n\n", "id: 1\n\n"]).isEmpty)
        #expect(parse(["data: tail"]) == [ServerSentEvent(data: "tail")])
        #expect(parse(["retry: soon\ndata: x\n\n"]) == [ServerSentEvent(data: "x")])
        #expect(parse(["id: a\u{0}b\ndata: x\n\n"]) == [ServerSentEvent(data: "x")])
        #expect(parse(["data\n\n"]) == [ServerSentEvent(data: "")])
    }

    private func sequence(_ chunks: [String], failure: (any Error)? = nil) -> ServerSentEventSequence<
        Chunk, StreamFailure
    > {
        let (stream, continuation) = AsyncThrowingStream<Data, any Error>.makeStream()
        for chunk in chunks { continuation.yield(Data(chunk.utf8)) }
        if let failure { continuation.finish(throwing: failure) } else { continuation.finish() }
        return ServerSentEventSequence(bytes: stream) { error in
            if let transport = error as? TransportError { return .transport(transport.kind) }
            return .decoding
        }
    }

    @Test func decodesJSONEventsAndStopsAtDone() async throws {
        var values: [Chunk] = []
        for try await value in sequence([
            "data: {\"n\":1}\n\n: ping\n\ndata: {\"n\"", ":2}\n\ndata: [DONE]\n\ndata: {\"n\":3}\n\n",
        ]) {
            values.append(value)
        }
        #expect(values == [Chunk(n: 1), Chunk(n: 2)])
    }

    /// Events whose data is not JSON (a rerank or embeddings stream) are yielded as their text, up to the sentinel.
    @Test func textEventsYieldTheirDataAsIs() async throws {
        let (stream, continuation) = AsyncThrowingStream<Data, any Error>.makeStream()
        continuation.yield(
            Data("data: first line\ndata: second\n\n: ping\n\ndata: {\"not\": decoded}\n\ndata: [DONE]\n\n".utf8))
        continuation.yield(Data("data: after\n\n".utf8))
        continuation.finish()
        let events = ServerSentEventSequence<String, StreamFailure>(textOf: stream) { _ in .decoding }
        var values: [String] = []
        for try await value in events { values.append(value) }
        #expect(values == ["first line\nsecond", "{\"not\": decoded}"])
    }

    @Test func mapsStreamAndDecodingFailures() async {
        var iterator = sequence(
            ["data: {\"n\":1}\n\n"], failure: TransportError(kind: .connectionLost, message: "gone")
        ).makeAsyncIterator()
        do {
            #expect(try await iterator.next() == Chunk(n: 1))
            _ = try await iterator.next()
            Issue.record("expected a failure")
        } catch {
            #expect(error == .transport(.connectionLost))
        }
        var bad = sequence(["data: not json\n\n"]).makeAsyncIterator()
        do {
            _ = try await bad.next()
            Issue.record("expected a failure")
        } catch {
            #expect(error == .decoding)
        }
    }

    private struct Page: Sendable {
        var items: [Int]
        var cursor: String?
    }
    private struct PageFailure: Error {}

    private func pages(_ book: [String: Page]) -> (PageSequence<Page, PageFailure>, Recorder<String>) {
        let fetched = Recorder<String>()
        let sequence = PageSequence<Page, PageFailure>(
            firstCursor: nil,
            fetch: { (cursor: String?) async throws(PageFailure) -> Page in
                fetched.append(cursor ?? "<start>")
                guard let page = book[cursor ?? "<start>"] else { throw PageFailure() }
                return page
            },
            nextCursor: { page, _ in page.cursor },
            itemCount: { $0.items.count }
        )
        return (sequence, fetched)
    }

    @Test func pagesStopOnNilOrEmptyCursor() async throws {
        let (sequence, fetched) = pages([
            "<start>": Page(items: [1, 2], cursor: "c2"), "c2": Page(items: [3], cursor: ""),
        ])
        var all: [[Int]] = []
        for try await page in sequence { all.append(page.items) }
        #expect(all == [[1, 2], [3]])
        #expect(fetched.values == ["<start>", "c2"])
        let (nilCursor, _) = pages(["<start>": Page(items: [1], cursor: nil)])
        var count = 0
        for try await _ in nilCursor { count += 1 }
        #expect(count == 1)
    }

    /// Offset pagination: the next cursor counts on from the cursor the page was fetched with.
    @Test func theNextCursorSeesTheCursorItsPageWasFetchedWith() async throws {
        let fetched = Recorder<String>()
        let sequence = PageSequence<Page, PageFailure>(
            firstCursor: nil,
            fetch: { (cursor: String?) async throws(PageFailure) -> Page in
                fetched.append(cursor ?? "<start>")
                let offset = cursor.flatMap { Int($0) } ?? 0
                return Page(items: Array(offset..<min(offset + 2, 5)), cursor: nil)
            },
            nextCursor: { page, cursor in String((cursor.flatMap { Int($0) } ?? 0) + page.items.count) },
            itemCount: { $0.items.count }
        )
        var all: [Int] = []
        for try await page in sequence { all += page.items }
        #expect(all == [0, 1, 2, 3, 4])
        #expect(fetched.values == ["<start>", "2", "4", "5"])
    }

    @Test func pagesStopAfterAnEmptyPageWhichIsStillYielded() async throws {
        let (sequence, fetched) = pages([
            "<start>": Page(items: [1], cursor: "c2"), "c2": Page(items: [], cursor: "c3"),
            "c3": Page(items: [9], cursor: nil),
        ])
        var all: [[Int]] = []
        for try await page in sequence { all.append(page.items) }
        #expect(all == [[1], []])
        #expect(fetched.values == ["<start>", "c2"])
    }

    @Test func pagesStopWhenTheCursorRepeats() async throws {
        let (sequence, fetched) = pages([
            "<start>": Page(items: [1], cursor: "a"), "a": Page(items: [2], cursor: "b"),
            "b": Page(items: [3], cursor: "a"),
        ])
        var items: [Int] = []
        for try await item in sequence.items({ $0.items }) { items.append(item) }
        #expect(items == [1, 2, 3])
        #expect(fetched.values == ["<start>", "a", "b"])
        let (stuck, stuckFetched) = pages([
            "<start>": Page(items: [1], cursor: "s"), "s": Page(items: [2], cursor: "s"),
        ])
        var count = 0
        for try await _ in stuck { count += 1 }
        #expect(count == 2 && stuckFetched.values == ["<start>", "s"])
    }

    @Test func pageFailuresAreTyped() async throws {
        let (sequence, _) = pages(["<start>": Page(items: [1], cursor: "missing")])
        var iterator = sequence.makeAsyncIterator()
        do {
            _ = try await iterator.next()
            _ = try await iterator.next()
            Issue.record("expected a failure")
        } catch {
            let typed: PageFailure = error
            _ = typed
        }
        let items = PageItemSequence(pages: pages(["<start>": Page(items: [], cursor: nil)]).0, items: { $0.items })
        var iteratorOfItems = items.makeAsyncIterator()
        #expect(try await iteratorOfItems.next() == nil)
    }
}
