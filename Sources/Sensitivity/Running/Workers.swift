import Foundation

/// Runs a task's workers on plain threads that end with their work.
///
/// `DispatchQueue.concurrentPerform` hands the work to libdispatch's pool, whose idle
/// threads spin (`sched_yield`) for a while after the work is done, looking for more:
/// on a sweep of a fraction of a second that was about a tenth of the process's CPU
/// time. Here worker 0 runs on the caller's thread and each other worker on a thread
/// of its own, which exits when its part is done; the caller blocks (no spinning)
/// until all have finished.
enum Workers {
    /// Calls `body(w)` for every `w` in `0..<count`, each on its own thread, and returns
    /// when all have returned.
    static func run(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
        guard count > 1 else {
            if count == 1 { body(0) }
            return
        }
        let finished = DispatchSemaphore(value: 0)
        for w in 1..<count {
            let thread = Thread {
                body(w)
                finished.signal()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        body(0)
        for _ in 1..<count { finished.wait() }
    }
}
