public import Forecasting
public import PlanData

/// Summary of one indicator in one year across the paths.
public struct YearSummary: Sendable, Equatable {
    public let year: Int
    /// The mean of the distribution truncated to its P1–P99 range: the simulated levels have
    /// no finite mean (a Student-t shock on the log scale gives a log-t, and E e^{sT} = ∞), so
    /// a plain sample mean would only say how far the largest paths happened to go. NaN when
    /// read from a file that did not record it (results.json before 1.3).
    public var truncatedMean: Double = .nan
    public let p5, p10, p25, p50, p75, p90, p95: Double
    /// The deterministic path's value (parameters at their means, no shocks).
    public let deterministic: Double
    /// The smallest and largest value over all paths (exact; NaN when read from a file
    /// that did not record them).
    public var minimum: Double = .nan
    public var maximum: Double = .nan

    public init(
        year: Int, p5: Double, p10: Double, p25: Double, p50: Double, p75: Double, p90: Double,
        p95: Double, deterministic: Double, truncatedMean: Double = .nan
    ) {
        self.year = year
        self.truncatedMean = truncatedMean
        self.p5 = p5
        self.p10 = p10
        self.p25 = p25
        self.p50 = p50
        self.p75 = p75
        self.p90 = p90
        self.p95 = p95
        self.deterministic = deterministic
    }
}

/// One indicator's simulated years.
public struct IndicatorOutcome: Sendable {
    public let indicator: String
    public let unit: String
    /// What the indicator's forecast rests on.
    public let evidence: Evidence
    public let years: [YearSummary]

    public func year(_ y: Int) -> YearSummary? { years.first { $0.year == y } }
}

/// How a target fares across the paths.
public struct TargetOutcome: Sendable {
    public let target: PlanTarget
    /// Share of paths that meet the target (the simulated sum, for sum targets).
    public let probability: Double
    /// Among paths that fall short, the median shortfall (in the indicator's unit); nil
    /// when no path falls short.
    public let medianShortfall: Double?
    /// The growth the target needs from its base.
    public let requiredGrowth: Double
    /// The growth of the median path (for sums, the constant rate whose sum equals the
    /// median simulated sum).
    public let simulatedGrowth: Double
    /// The target quantity (the value in the target year, or the sum): median, P10, P90.
    public let median: Double
    public let p10: Double
    public let p90: Double
    /// What the probability rests on: `plan` means ≈ 50 % by construction, not a forecast;
    /// `data` for a target judged on actual figures.
    public let evidence: Evidence
}

/// The result of a Monte Carlo run: plain values every renderer reads.
public struct MonteCarloResult: Sendable {
    public let paths: Int
    public let seed: UInt64
    public let indicators: [IndicatorOutcome]
    public let targets: [TargetOutcome]
    /// Any quantile of what was simulated (nil for a probabilities-only run).
    public internal(set) var distribution: SimulatedDistribution? = nil
    /// Simulated log levels (any indicator, year and path) that were NaN or ±∞: 0 in a
    /// sound run. Such values sit in no histogram bin (NaN) or at its ends (±∞) and never
    /// count as meeting a target; a front end must say so and fail unless the user allows it.
    public var nonfiniteValues: Int = 0
}
