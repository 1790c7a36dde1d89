/// The limits the `serve` server enforces on every request (docs/serve.md, "Limits").
///
/// A request past a limit is refused with its status (400, 413, 503); none is queued
/// without bound, and none stops the server.
public struct ServerLimits: Sendable {
    /// The largest request body read, in bytes; a larger one is refused with 413.
    public var maxBodyBytes = 1 << 20
    /// The Monte Carlo paths a request may ask for; outside, 400.
    public var paths: ClosedRange<Int> = 1...200_000
    /// The seeds a request may give: the integers JavaScript holds exactly (0 to 2^53 − 1); outside, 400.
    public var seeds: ClosedRange<UInt64> = 0...(1 << 53 - 1)
    /// How many simulations run at once; more wait for a slot.
    public var concurrentRuns = 2
    /// How long a simulation waits for a slot before it is refused with 503, in seconds.
    public var slotWait: Double = 5

    public init() {}
}
