/// An ``Adjustment`` compiled for the kernel: years, the index of its per-path value in
/// the draws buffer, and what to do with it.
struct KernelAdjustment: Sendable {
    enum Action: Sendable {
        /// Replace the year's log growth by the value (plus the indicator's shock).
        case replaceGrowth
        /// Add the value to the year's log growth.
        case addGrowth
        /// Log growth is value × the driver's log growth (plus the indicator's shock).
        case growsAs(driver: Int)
        /// Permanent step in the first year: relative (log1p) or absolute.
        case step(relative: Bool)
        /// Shock in every year of the range, removed the year after (one-off) or kept.
        case shock(relative: Bool, permanent: Bool)
        /// Fixed levels by year.
        case fixed([Int: Double])
    }
    let years: ClosedRange<Int>
    let value: Int
    let action: Action
    /// Slot of the per-path carry for one-off shocks.
    let carry: Int
}

/// How each scenario number is drawn and transformed before the kernel uses it.
struct AdjustmentDraw: Sendable {
    enum Transform: Sendable {
        case identity
        /// A rate in percent terms → log growth: `log(1 + r)`.
        case logGrowth
        /// A level to reach: `log(level / anchor) / years`.
        case levelToGrowth(anchor: Double, years: Int)
    }
    let distribution: Distribution
    let transform: Transform
}
