import Foundation

/// A value shared between threads, reachable only while holding its lock: plansim's one
/// `@unchecked Sendable` lock wrapper (the engine's workers fill result slots, count
/// progress and merge histograms through it).
///
/// Contract: `withLock` runs `body` with exclusive access to the value, so every read and
/// write of it is serialised; `body` must not call `withLock` on the same instance (the
/// lock is not recursive) and must not let the `inout` value escape. The value need not
/// be `Sendable`, as with the standard library's `Mutex`: callers hand it in at `init`
/// and take copies out only through `withLock`.
/// (`Synchronization.Mutex` would do, but needs macOS 15; plansim supports macOS 14.)
public final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    public init(_ value: Value) { self.value = value }

    /// Runs `body` on the value while holding the lock and returns its result.
    public func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }

    /// A copy of the value, read under the lock.
    public var current: Value { withLock { $0 } }
}
