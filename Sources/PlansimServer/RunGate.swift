import Foundation

/// Bounded concurrency for simulations: at most `slots` run at once; a caller waits at most
/// `wait` seconds for a slot and is then refused, so nothing queues forever.
actor RunGate {
    private let slots: Int
    private var running = 0

    init(slots: Int) { self.slots = max(1, slots) }

    /// Takes a slot, waiting at most `wait` seconds; false when none came free in time.
    func enter(wait: Double) async -> Bool {
        let deadline = Date().addingTimeInterval(wait)
        while running >= slots {
            guard Date() < deadline else { return false }
            try? await Task.sleep(nanoseconds: 20_000_000)
        }
        running += 1
        return true
    }

    /// Gives a slot back.
    func leave() { running = max(0, running - 1) }

    /// Runs `work` on a thread of its own (simulations block) inside a slot, or returns nil
    /// when no slot came free within `wait` seconds.
    nonisolated func run<T: Sendable>(wait: Double, _ work: @escaping @Sendable () throws -> T) async throws -> T? {
        guard await enter(wait: wait) else { return nil }
        let result: Result<T, any Error> = await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async { continuation.resume(returning: Result { try work() }) }
        }
        await leave()
        return try result.get()
    }
}
