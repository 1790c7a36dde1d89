import Foundation

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

    /// Whether it sets the indicator's path (growth, levels, grows-as) rather than
    /// disturbing the model's own path (shocks, steps, add-factors).
    var replacesPath: Bool {
        switch action {
        case .replaceGrowth, .growsAs, .fixed: true
        case .addGrowth, .step, .shock: false
        }
    }
}

/// How each scenario number is drawn and transformed before the kernel uses it.
struct AdjustmentDraw: Sendable {
    /// `indicator:kind` of the statement it belongs to, for sweeps.
    var key: String = ""
    enum Transform: Sendable {
        case identity
        /// A rate in percent terms → log growth: `log(1 + r)`.
        case logGrowth
        /// A level to reach: `log(level / anchor) / years`.
        case levelToGrowth(anchor: Double, years: Int)
    }
    let distribution: Distribution
    let transform: Transform

    /// A sampled value as the kernel uses it.
    func transformed(_ x: Double) -> Double {
        switch transform {
        case .identity: return x
        case .logGrowth: return log1p(max(x, -0.999_999))
        case .levelToGrowth(let anchor, let years): return log(max(x, 1e-300) / anchor) / Double(years)
        }
    }
}

/// Values that replace a model parameter path by path (a sweep's samples).
public struct ParameterOverride: @unchecked Sendable {
    public enum Target: Sendable, Equatable {
        /// A linked-core parameter (index in ``LinkedCoreFit/parameterNames``).
        case linked(Int)
        /// A scenario number (index in the model's adjustment draws).
        case adjustment(Int)
        /// Parameter `parameter` of univariate process `process`.
        case univariate(process: Int, parameter: Int)
    }
    public let target: Target
    /// One value per path, already in the kernel's units.
    public let values: UnsafePointer<Double>
    public init(target: Target, values: UnsafePointer<Double>) {
        self.target = target
        self.values = values
    }
}
