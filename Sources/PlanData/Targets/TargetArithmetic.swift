import Foundation

/// How far a target is from its base, in growth per year, by the kind of target.
public struct TargetAssessment: Sendable {
    public let target: PlanTarget
    /// The yearly growth the target needs from its base.
    public let requiredGrowth: Double
    /// The compound growth of the 2016–2020 record (printed or reconstructed points),
    /// nil where the series has no history.
    public let historyGrowth: Double?
    /// Whether `historyGrowth` rests on reconstructed points.
    public let historyReconstructed: Bool
    /// Progress when actuals past the base year exist.
    public let progress: TargetProgress?
}

/// Where a target stands once there are actuals after the base year.
public struct TargetProgress: Sendable {
    /// The last year with an actual value.
    public let latestYear: Int
    public let latest: Double
    /// For sums: the actual total so far over the target's years.
    public let sumSoFar: Double?
    /// Share of the target achieved: for sums, sum so far ÷ target; for levels, the
    /// share of the required log growth achieved (1 = target reached).
    public let completion: Double
    /// The yearly growth still needed over the remaining years, nil when none remain.
    public let requiredGrowthRemaining: Double?
    /// Years of the period up to `latestYear` with no actual value: never counted as
    /// zero; for sums they count among the years still to come.
    public let missingYears: [Int]
}

/// Required growth for each kind of target (DESIGN.md §2).
public enum TargetArithmetic {
    /// The compound rate taking `base` to `target` in `years` years: `(target/base)^(1/years) − 1`.
    public static func compoundRate(from base: Double, to target: Double, years: Int) -> Double {
        pow(target / base, 1 / Double(years)) - 1
    }

    /// The `g` with `base · Σₖ₌₁..ₙ (1+g)ᵏ = total`: the constant growth of a yearly flow
    /// that makes its next `n` years add up to `total`.
    ///
    /// The left side is increasing in `g` on (−1, ∞), so the root is unique; it is
    /// bracketed and found by bisection refined by Newton steps, to 1e-15 relative.
    public static func periodSumRate(base: Double, total: Double, years n: Int) -> Double {
        func f(_ g: Double) -> Double {
            var s = 0.0, p = 1.0
            for _ in 0..<n {
                p *= 1 + g
                s += p
            }
            return base * s - total
        }
        var lo = -0.999_999, hi = 1.0
        while f(hi) < 0 && hi < 1e6 { hi *= 2 }
        for _ in 0..<200 {
            let mid = 0.5 * (lo + hi)
            if f(mid) < 0 { lo = mid } else { hi = mid }
            if hi - lo <= 1e-16 * max(1, abs(mid)) { break }
        }
        return 0.5 * (lo + hi)
    }

    /// Assesses every target of the dataset.
    public static func assess(_ dataset: Dataset) -> [TargetAssessment] {
        dataset.targets.map { assess($0, series: dataset.series($0.indicator)) }
    }

    /// Required growth, history growth and progress of one target.
    public static func assess(_ target: PlanTarget, series: Series) -> TargetAssessment {
        let years = target.targetYear - target.baseYear
        let required =
            target.kind == .periodSum
            ? periodSumRate(base: target.base, total: target.target, years: years)
            : compoundRate(from: target.base, to: target.target, years: years)
        let history = series.points.filter { $0.year < target.baseYear && $0.year >= target.baseYear - 5 }
        var historyGrowth: Double?
        if let first = history.first, let base = series.value(in: target.baseYear), first.value > 0, base > 0 {
            historyGrowth = compoundRate(from: first.value, to: base, years: target.baseYear - first.year)
        }
        let actuals = series.points.filter { $0.year > target.baseYear && $0.year <= target.targetYear }
        var progress: TargetProgress?
        if let latest = actuals.last {
            let missing = ((target.baseYear + 1)...latest.year).filter { year in !actuals.contains { $0.year == year } }
            let remaining = target.targetYear - latest.year + (target.kind == .periodSum ? missing.count : 0)
            if target.kind == .periodSum {
                let soFar = actuals.reduce(0) { $0 + $1.value }
                let left = target.target - soFar
                progress = TargetProgress(
                    latestYear: latest.year, latest: latest.value, sumSoFar: soFar, completion: soFar / target.target,
                    requiredGrowthRemaining: remaining > 0 && left > 0
                        ? periodSumRate(base: latest.value, total: left, years: remaining) : nil,
                    missingYears: missing)
            } else {
                progress = TargetProgress(
                    latestYear: latest.year, latest: latest.value, sumSoFar: nil,
                    completion: log(latest.value / target.base) / log(target.target / target.base),
                    requiredGrowthRemaining: remaining > 0
                        ? compoundRate(from: latest.value, to: target.target, years: remaining) : nil,
                    missingYears: missing)
            }
        }
        return TargetAssessment(
            target: target, requiredGrowth: required, historyGrowth: historyGrowth,
            historyReconstructed: history.contains { $0.origin == .reconstructed }, progress: progress)
    }
}
