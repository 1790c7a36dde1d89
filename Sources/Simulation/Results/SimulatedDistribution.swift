import Foundation

/// The simulated distribution behind a ``MonteCarloResult``: any quantile, and the share of
/// paths at or below any value, of an indicator's level in any simulated year or of a
/// period-sum target's sum — so a caller that needs the value met with probability p (target
/// setting) reads it from one run instead of running again over a grid of targets.
///
/// Read from the run's log-scale histograms (2048 bins per series, clamped to the exact
/// extremes), so a quantile is exact to within one bin's width in log level and
/// ``fractionAtMost(_:indicator:year:)`` to within one bin's count; both are
/// monotone in their argument. Keeping the distribution changes no reported number.
public struct SimulatedDistribution: Sendable {
    let histograms: Histograms
    let layout: Layout
    let indicators: [String]
    /// Each target's year, for ``series(target:)``.
    let targetYears: [Int]
    /// The paths the histograms count.
    public let paths: Int

    init(histograms: Histograms, layout: Layout, indicators: [String], targetYears: [Int], paths: Int) {
        self.histograms = histograms
        self.layout = layout
        self.indicators = indicators
        self.targetYears = targetYears
        self.paths = paths
    }

    /// The series of `indicator` in `year`, nil outside the run.
    func series(_ indicator: String, _ year: Int) -> Int? {
        guard let i = indicators.firstIndex(of: indicator), year >= layout.firstYear,
            year < layout.firstYear + layout.yearCount
        else { return nil }
        return layout.series(indicator: i, year: year)
    }

    /// The series a target is judged on: its indicator's target-year level, or its sum.
    func series(target t: Int) -> Int? {
        guard t >= 0, t < layout.targetIndicator.count else { return nil }
        return layout.targetSumSeries[t] ?? series(indicators[layout.targetIndicator[t]], targetYears[t])
    }

    /// The `p`-quantile (0 ≤ p ≤ 1) of `indicator`'s level in `year`; nil when the run did not simulate it.
    public func quantile(_ p: Double, indicator: String, year: Int) -> Double? {
        series(indicator, year).map { histograms.quantile(min(max(p, 0), 1), series: $0, n: paths) }
    }

    /// The `p`-quantile of what target `t` (its index in the model's targets) is judged on:
    /// the sum over its years for a period-sum target, else the target-year level.
    public func quantile(_ p: Double, target t: Int) -> Double? {
        series(target: t).map { histograms.quantile(min(max(p, 0), 1), series: $0, n: paths) }
    }

    /// The share of paths whose level of `indicator` in `year` is at most `value`.
    public func fractionAtMost(_ value: Double, indicator: String, year: Int) -> Double? {
        series(indicator, year).map { fraction(value, series: $0) }
    }

    /// The share of paths whose value for target `t` (sum or level) is at most `value`.
    public func fractionAtMost(_ value: Double, target t: Int) -> Double? {
        series(target: t).map { fraction(value, series: $0) }
    }

    /// The empirical distribution function at `value`, linear in the recorded (log or log-odds) value within a bin
    /// (the inverse of ``Histograms/quantile(_:series:n:)``).
    func fraction(_ value: Double, series s: Int) -> Double {
        let h = histograms
        guard value > 0 else { return 0 }
        let x = h.scales[s].forward(value), lo = h.minimum[s], hi = h.maximum[s]
        if x < lo { return 0 }
        if x >= hi { return 1 }
        let bins = Histograms.bins, base = s * (bins + 2)
        // The bin holding x and where x lies in it.
        let position = (x - h.lower[s]) / h.width[s]
        let bin: Int, within: Double
        if position < 0 {
            bin = 0
            within = h.lower[s] > lo ? (x - lo) / (h.lower[s] - lo) : 1
        } else if position >= Double(bins) {
            bin = bins + 1
            let top = h.lower[s] + Double(bins) * h.width[s]
            within = hi > top ? (x - top) / (hi - top) : 1
        } else {
            bin = Int(position) + 1
            within = position - position.rounded(.down)
        }
        var below = 0.0
        for k in 0..<bin { below += Double(h.counts[base + k]) }
        below += within * Double(h.counts[base + bin])
        return min(max(below / Double(paths), 0), 1)
    }
}
