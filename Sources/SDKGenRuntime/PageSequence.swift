import Foundation

/// The pages of a cursor-paginated list, fetched one at a time as iteration asks for them.
///
/// Every fetched page is yielded. Iteration then stops when that page's next cursor is `nil` or empty,
/// when it has no items, or when its next cursor was already used (a server repeating itself).
public struct PageSequence<Page: Sendable, Failure: Error>: AsyncSequence, Sendable {
    /// A page.
    public typealias Element = Page

    /// The cursor of the first page (`nil` for the start of the list).
    private let firstCursor: String?
    /// Fetches the page at a cursor.
    private let fetch: @Sendable (String?) async throws(Failure) -> Page
    /// The cursor of the page after a page, given the cursor that page was fetched with (an offset or page
    /// number counts on from it).
    private let nextCursor: @Sendable (Page, String?) -> String?
    /// The number of items on a page.
    private let itemCount: @Sendable (Page) -> Int

    /// Creates the sequence; nothing is fetched until iteration starts.
    public init(
        firstCursor: String?,
        fetch: @escaping @Sendable (String?) async throws(Failure) -> Page,
        nextCursor: @escaping @Sendable (Page, String?) -> String?,
        itemCount: @escaping @Sendable (Page) -> Int
    ) {
        self.firstCursor = firstCursor
        self.fetch = fetch
        self.nextCursor = nextCursor
        self.itemCount = itemCount
    }

    /// Iterates the pages.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(sequence: self)
    }

    /// The items of every page, in order.
    public func items<Item: Sendable>(_ items: @escaping @Sendable (Page) -> [Item]) -> PageItemSequence<
        Page, Item, Failure
    > {
        PageItemSequence(pages: self, items: items)
    }

    /// Fetches pages on demand.
    public struct AsyncIterator: AsyncIteratorProtocol {
        /// The sequence being iterated.
        private let sequence: PageSequence
        /// The cursor of the next page to fetch; `nil` once iteration is over.
        private var cursor: String??
        /// The cursors already fetched.
        private var seen: Set<String> = []

        /// Starts at the sequence's first cursor.
        init(sequence: PageSequence) {
            self.sequence = sequence
            self.cursor = .some(sequence.firstCursor)
        }

        /// The next page, or `nil` after the last one.
        public mutating func next() async throws(Failure) -> Page? {
            try await next(isolation: nil)
        }

        /// The next page, or `nil` after the last one.
        public mutating func next(isolation actor: isolated (any Actor)?) async throws(Failure) -> Page? {
            guard case let .some(current) = cursor else { return nil }
            cursor = .none
            if let current {
                seen.insert(current)
            }
            let page = try await sequence.fetch(current)
            if sequence.itemCount(page) > 0, let next = sequence.nextCursor(page, current), !next.isEmpty,
                next != current, !seen.contains(next)
            {
                cursor = .some(next)
            }
            return page
        }
    }
}

/// The items of a ``PageSequence``, page after page.
public struct PageItemSequence<Page: Sendable, Item: Sendable, Failure: Error>: AsyncSequence, Sendable {
    /// An item.
    public typealias Element = Item

    /// The pages.
    private let pages: PageSequence<Page, Failure>
    /// The items of a page.
    private let items: @Sendable (Page) -> [Item]

    /// Creates the sequence over `pages`.
    public init(pages: PageSequence<Page, Failure>, items: @escaping @Sendable (Page) -> [Item]) {
        self.pages = pages
        self.items = items
    }

    /// Iterates the items.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(pages: pages.makeAsyncIterator(), items: items)
    }

    /// Fetches pages as their items run out.
    public struct AsyncIterator: AsyncIteratorProtocol {
        /// The page iterator.
        private var pages: PageSequence<Page, Failure>.AsyncIterator
        /// The items of a page.
        private let items: @Sendable (Page) -> [Item]
        /// The unread items of the current page.
        private var buffer: [Item] = []
        /// The position in ``buffer``.
        private var position = 0

        /// Starts before the first page.
        init(pages: PageSequence<Page, Failure>.AsyncIterator, items: @escaping @Sendable (Page) -> [Item]) {
            self.pages = pages
            self.items = items
        }

        /// The next item, or `nil` after the last one.
        public mutating func next() async throws(Failure) -> Item? {
            try await next(isolation: nil)
        }

        /// The next item, or `nil` after the last one.
        public mutating func next(isolation actor: isolated (any Actor)?) async throws(Failure) -> Item? {
            while position >= buffer.count {
                guard let page = try await pages.next(isolation: actor) else { return nil }
                buffer = items(page)
                position = 0
            }
            defer { position += 1 }
            return buffer[position]
        }
    }
}
