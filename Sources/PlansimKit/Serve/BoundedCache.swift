import LinearAlgebra

/// A map of at most ``capacity`` entries that forgets the least recently used first, safe
/// to share between threads (one ``LinearAlgebra/Locked`` around the entries).
///
/// Contract: ``value(_:make:)`` returns the stored value of `key`, or makes it, stores it
/// and returns it. `make` runs outside the lock, so a slow value never blocks other keys;
/// two threads that miss the same key at once may both make it — the cache is only for
/// values that are the same whoever makes them (pure functions of the key), and the first
/// stored is kept. A `make` that throws stores nothing.
public final class BoundedCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    /// The entries, and the keys from least to most recently used.
    struct Entries {
        var values: [Key: Value] = [:]
        var order: [Key] = []
        var hits = 0
        var misses = 0

        /// Marks `key` as the most recently used.
        mutating func touch(_ key: Key) {
            if let k = order.firstIndex(of: key) { order.remove(at: k) }
            order.append(key)
        }
    }

    /// The most entries kept (at least 1).
    public let capacity: Int
    private let entries: Locked<Entries>

    public init(capacity: Int) {
        self.capacity = max(1, capacity)
        entries = Locked(Entries())
    }

    /// The value of `key`: the stored one, else `make()`'s, stored (evicting the least
    /// recently used entry when full).
    ///
    /// - Throws: what `make` throws; nothing is stored then.
    public func value<E: Error>(_ key: Key, make: () throws(E) -> Value) throws(E) -> Value {
        let stored: Value? = entries.withLock { entries in
            guard let value = entries.values[key] else {
                entries.misses += 1
                return nil
            }
            entries.hits += 1
            entries.touch(key)
            return value
        }
        if let stored { return stored }
        let made = try make()
        return entries.withLock { entries in
            if let first = entries.values[key] {
                entries.touch(key)
                return first
            }
            entries.values[key] = made
            entries.touch(key)
            while entries.order.count > capacity { entries.values[entries.order.removeFirst()] = nil }
            return made
        }
    }

    /// How many entries are held now.
    public var count: Int { entries.withLock { $0.values.count } }

    /// Lookups that found their value, and those that had to make it, since the start.
    public var lookups: (hits: Int, misses: Int) { entries.withLock { ($0.hits, $0.misses) } }
}
