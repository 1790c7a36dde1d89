import Forecasting
import Foundation

/// Where each reported quantity lives in the accumulators: one series per indicator and
/// reported year, then one per period-sum target.
struct Layout: Sendable {
    let indicatorCount: Int
    let firstYear: Int
    let yearCount: Int
    /// For each target: its indicator's index, whether it is a sum, and for sums its
    /// accumulator series.
    let targetIndicator: [Int]
    let targetSumSeries: [Int?]
    /// Per series: the scale its recorded values are on (a sum's is `log`).
    let scales: [LevelScale]

    init(_ model: SimulationModel) {
        indicatorCount = model.indicators.count
        firstYear = model.firstYear
        yearCount = model.horizon - model.firstYear + 1
        targetIndicator = model.targets.map { model.index(of: $0.indicator)! }
        var next = model.indicators.count * (model.horizon - model.firstYear + 1)
        targetSumSeries = model.targets.map { target in
            guard target.kind == .periodSum else { return nil }
            defer { next += 1 }
            return next
        }
        seriesCount = next
        let years = yearCount
        scales = (0..<next).map { $0 < model.indicators.count * years ? model.scale(of: $0 / years) : .log }
    }

    let seriesCount: Int

    @inline(__always) func series(indicator: Int, year: Int) -> Int { indicator * yearCount + (year - firstYear) }
}

/// Log-scale histograms of every series, with exact minima, maxima and target counts.
/// Counts are integers, so merging workers' histograms is exact in any order.
struct Histograms: Sendable {
    static let bins = 2048
    let lower: [Double]
    let width: [Double]
    var counts: [UInt32]
    var minimum: [Double]
    var maximum: [Double]
    var targetMet: [Int]
    /// Simulated values (any series, any path) that were NaN or ±∞.
    var nonfinite: UInt64 = 0
    /// Sum of levels per series, exact and order-independent, and its scale.
    var sums: [ExactSum]
    let sumScale: [Double]

    /// Per series: the scale its values are on (``Layout/scales``).
    let scales: [LevelScale]

    init(lower: [Double], upper: [Double], targets: Int, blockSize: Int, scales: [LevelScale]) {
        self.lower = lower
        self.scales = scales
        sums = [ExactSum](repeating: ExactSum(), count: lower.count)
        // A block's sum is at most blockSize·e^{upper}; scale it to below 2⁶¹.
        sumScale = upper.map { u in
            let bound = Double(blockSize) * exp(min(u, 700)) * 4
            return Double(sign: .plus, exponent: 60 - max(bound.exponent, -900), significand: 1)
        }
        width = zip(lower, upper).map { max(($1 - $0) / Double(Histograms.bins), 1e-12) }
        counts = [UInt32](repeating: 0, count: lower.count * (Histograms.bins + 2))
        minimum = [Double](repeating: .infinity, count: lower.count)
        maximum = [Double](repeating: -.infinity, count: lower.count)
        targetMet = [Int](repeating: 0, count: targets)
    }

    mutating func merge(_ other: Histograms) {
        for k in counts.indices { counts[k] &+= other.counts[k] }
        for s in minimum.indices {
            minimum[s] = min(minimum[s], other.minimum[s])
            maximum[s] = max(maximum[s], other.maximum[s])
        }
        for t in targetMet.indices { targetMet[t] += other.targetMet[t] }
        nonfinite += other.nonfinite
        for k in sums.indices { sums[k].add(other.sums[k]) }
    }

    /// The level of recorded value `z` of series `s`.
    func level(_ z: Double, series s: Int) -> Double { scales[s].inverse(z) }

    /// The `q`-quantile of series `s` (on the level scale), from `n` draws: the bin where
    /// the cumulative count reaches `q·n`, linearly interpolated in the recorded (log or
    /// log-odds) value, clamped to the exact extremes.
    func quantile(_ q: Double, series s: Int, n: Int) -> Double {
        let lo = minimum[s], hi = maximum[s]
        if lo == hi { return level(lo, series: s) }
        let base = s * (Histograms.bins + 2)
        let goal = q * Double(n)
        var cumulative = 0.0
        for bin in 0..<(Histograms.bins + 2) {
            let c = Double(counts[base + bin])
            if cumulative + c >= goal && c > 0 {
                let fraction = (goal - cumulative) / c
                let logValue: Double
                switch bin {
                case 0: logValue = lo
                case Histograms.bins + 1: logValue = hi
                default: logValue = lower[s] + (Double(bin - 1) + fraction) * width[s]
                }
                return level(min(max(logValue, lo), hi), series: s)
            }
            cumulative += c
        }
        return level(hi, series: s)
    }
}
