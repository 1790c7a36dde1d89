import Foundation

extension Histograms {
    /// The P1–P99 share of the distribution whose mean is reported (``YearSummary/truncatedMean``).
    static let truncation: ClosedRange<Double> = 0.01...0.99

    /// The mean of series `s` truncated to its `range` of probabilities (by default P1–P99),
    /// from `n` draws: `(1/(b − a))·∫ₐᵇ Q(p) dp` with `Q` the quantile function of
    /// ``quantile(_:series:n:)`` (linear in log level within a bin, clamped to the exact
    /// extremes), integrated exactly bin by bin in one pass.
    ///
    /// It exists for any distribution, including the log-t of the Student-t shocks, which
    /// has no finite mean; its error is that of the quantiles (one bin's width in log level,
    /// 1/2048 of the series' log range). A series with one value returns it.
    func truncatedMean(series s: Int, n: Int, range: ClosedRange<Double> = Histograms.truncation) -> Double {
        let lo = minimum[s], hi = maximum[s]
        if lo == hi { return level(lo, series: s) }
        let base = s * (Histograms.bins + 2)
        let (from, to) = (range.lowerBound * Double(n), range.upperBound * Double(n))
        var cumulative = 0.0, total = 0.0
        for bin in 0..<(Histograms.bins + 2) {
            let c = Double(counts[base + bin])
            defer { cumulative += c }
            guard c > 0, cumulative + c > from else { continue }
            if cumulative >= to { break }
            let f0 = max(0, (from - cumulative) / c), f1 = min(1, (to - cumulative) / c)
            // The bin's log levels at fractions 0 and 1, as the quantile function has them.
            let a: Double, b: Double
            switch bin {
            case 0: (a, b) = (lo, lo)
            case Histograms.bins + 1: (a, b) = (hi, hi)
            default:
                a = min(max(lower[s] + Double(bin - 1) * width[s], lo), hi)
                b = min(max(lower[s] + Double(bin) * width[s], lo), hi)
            }
            let d = b - a
            // c·∫_{f0}^{f1} level(a + f·d) df (level = exp, or the logistic of a bounded share).
            let scale = scales[s]
            total +=
                d.magnitude < 1e-12
                ? c * (f1 - f0) * scale.inverse(a)
                : c * (scale.inversePrimitive(a + f1 * d) - scale.inversePrimitive(a + f0 * d)) / d
        }
        return total / (to - from)
    }
}
