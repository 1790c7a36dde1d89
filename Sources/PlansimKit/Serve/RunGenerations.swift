import LinearAlgebra

/// Which of a page's runs are still wanted: each open page (a `client` id it makes up) numbers
/// its changes (`generation`, rising), and a run of an older generation than the newest seen
/// from the same page is superseded — the server skips or stops it (docs/serve.md, "Latency").
/// The quick and full passes of one change share its generation.
///
/// Contract: ``begin(client:generation:)`` records a generation and says whether it is
/// still current; ``isCurrent(client:generation:)`` says whether no newer one has begun
/// since. Pages are forgotten least recently seen first beyond ``capacity``, after which
/// a forgotten page's runs count as current (never wrongly stopped). Safe to share between
/// threads.
public final class RunGenerations: Sendable {
    struct Pages {
        var newest: [String: UInt64] = [:]
        var order: [String] = []
    }

    /// The most pages remembered (at least 1).
    public let capacity: Int
    private let pages: Locked<Pages>

    public init(capacity: Int = 256) {
        self.capacity = max(1, capacity)
        pages = Locked(Pages())
    }

    /// Records that `client` began a run of `generation`; false when a newer generation of
    /// the same page has begun already (the run is superseded before it starts).
    public func begin(client: String, generation: UInt64) -> Bool {
        pages.withLock { pages in
            let newest = max(pages.newest[client] ?? 0, generation)
            if let k = pages.order.firstIndex(of: client) { pages.order.remove(at: k) }
            pages.order.append(client)
            pages.newest[client] = newest
            while pages.order.count > capacity { pages.newest[pages.order.removeFirst()] = nil }
            return generation >= newest
        }
    }

    /// Whether no generation newer than `generation` has begun for `client`.
    public func isCurrent(client: String, generation: UInt64) -> Bool {
        pages.withLock { generation >= ($0.newest[client] ?? 0) }
    }
}
