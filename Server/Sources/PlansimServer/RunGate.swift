import Foundation

/// Bounded concurrency for simulations: at most `slots` run at once; a caller waits at most
/// `wait` seconds for a slot and is then refused, so nothing queues forever. Waiters are
/// served first come, first served, the moment a slot is given back (no polling).
actor RunGate {
    private let slots: Int
    private var running = 0
    /// Callers waiting for a slot, oldest first: resumed with true when handed a slot,
    /// false when their wait ran out.
    private var waiters: [(id: UInt64, continuation: CheckedContinuation<Bool, Never>)] = []
    private var nextID: UInt64 = 0

    init(slots: Int) { self.slots = max(1, slots) }

    /// Takes a slot, waiting at most `wait` seconds; false when none came free in time.
    func enter(wait: Double) async -> Bool {
        if running < slots {
            running += 1
            return true
        }
        nextID += 1
        let id = nextID
        return await withCheckedContinuation { continuation in
            waiters.append((id, continuation))
            Task { [weak self] in
                try? await Task.sleep(nanoseconds: UInt64(max(0, wait) * 1e9))
                await self?.expire(id)
            }
        }
    }

    /// Gives a slot back: to the oldest waiter when there is one, else to the pool.
    func leave() {
        if waiters.isEmpty {
            running = max(0, running - 1)
        } else {
            waiters.removeFirst().continuation.resume(returning: true)
        }
    }

    /// Refuses waiter `id` when it is still waiting.
    private func expire(_ id: UInt64) {
        guard let k = waiters.firstIndex(where: { $0.id == id }) else { return }
        waiters.remove(at: k).continuation.resume(returning: false)
    }

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
