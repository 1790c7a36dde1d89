/// Rolling-origin evaluation of the yearly methods (Tashman 2000): each series is cut at
/// its last `origins` possible origins, every method forecasts `horizon` years from the
/// values before the cut, and the forecasts are scored against the values after it.
public enum Backtest {
    /// The scores of one method over every (series, origin, horizon) forecast.
    public struct Score: Sendable {
        public let method: YearlyMethod
        /// Forecasts scored (one per series, origin and horizon step with an outcome).
        public var forecasts = 0
        /// Mean sMAPE, in per cent (M3 definition).
        public var smape = 0.0
        /// Mean absolute scaled error (forecasts of constant training series left out).
        public var mase = 0.0
        /// Mean CRPS, in the units of the values.
        public var crps = 0.0
        /// Mean CRPS divided by the MASE scale (comparable across series).
        public var scaledCRPS = 0.0
        /// Fraction of outcomes inside the central interval, per level.
        public var coverage: [Double]
        /// Fraction of outcomes whose PIT fell in each tenth of [0, 1].
        public var pit = [Double](repeating: 0, count: 10)
        /// One-sided misses per level: the fraction of outcomes below the interval's lower
        /// end and above its upper end (each (1 − level)/2 when calibrated). Coverage alone
        /// hides a forecast that is too high on one side and too wide on the other.
        public var below: [Double]
        public var above: [Double]
        /// Fraction of outcomes below the predictive median (½ when calibrated).
        public var belowMedian = 0.0
        var scaled = 0

        init(method: YearlyMethod, levels: Int) {
            self.method = method
            coverage = [Double](repeating: 0, count: levels)
            below = coverage
            above = coverage
        }
    }

    /// Series lengths the calibration is reported by (issue 24: on Tourism, 80 % intervals
    /// covered 63 % of outcomes for n = 11–15 and 92 % for 21–30, which the pooled
    /// coverage hid). The last segment is open-ended.
    public static let lengthSegments: [ClosedRange<Int>] = [1...15, 16...30, 31...Int.max]

    /// ``run(_:horizon:origins:levels:methods:)`` on the series of each length segment
    /// (segments without series left out), in the order of ``lengthSegments``.
    public static func bySegment(
        _ series: [(years: [Int], values: [Double])], horizon: Int, origins: Int, levels: [Double],
        methods: [YearlyMethod] = YearlyMethod.allCases.reversed()
    )
        throws(YearlyForecastError) -> [(lengths: ClosedRange<Int>, series: Int, scores: [Score])]
    {
        var out: [(lengths: ClosedRange<Int>, series: Int, scores: [Score])] = []
        for segment in lengthSegments {
            let members = series.filter { segment.contains($0.values.count) }
            guard !members.isEmpty else { continue }
            out.append(
                (
                    segment, members.count,
                    try run(members, horizon: horizon, origins: origins, levels: levels, methods: methods)
                ))
        }
        return out
    }

    /// The fewest values a series needs for a backtest with these settings.
    public static func minimumObservations(horizon: Int, origins: Int) -> Int {
        YearlyForecaster.minimumObservations + horizon + origins - 1
    }

    /// Scores `methods` on every series (each with at least
    /// ``minimumObservations(horizon:origins:)`` values; years strictly increasing).
    ///
    /// Origin k (k = 1…origins) keeps all but the last `horizon + k − 1` values; the
    /// outcomes are the values of the forecast years that are present (a gap is not
    /// scored). Means are over all scored forecasts.
    public static func run(
        _ series: [(years: [Int], values: [Double])], horizon: Int, origins: Int, levels: [Double],
        methods: [YearlyMethod] = YearlyMethod.allCases.reversed()
    ) throws(YearlyForecastError) -> [Score] {
        var scores = methods.map { Score(method: $0, levels: levels.count) }
        var grids: [Double: [Double]] = [:]
        for s in series {
            for k in 1...origins {
                let cut = s.values.count - horizon - k + 1
                let years = Array(s.years[..<cut]), training = Array(s.values[..<cut])
                let scale = ForecastMetrics.maseScale(training)
                for m in scores.indices {
                    let forecast = try YearlyForecaster.forecast(
                        years: years, values: training, horizon: horizon,
                        method: scores[m].method)
                    let intervals = levels.map { forecast.interval(level: $0) }
                    for (h, year) in forecast.years.enumerated() {
                        guard let j = s.years.firstIndex(of: year) else { continue }
                        let y = s.values[j], step = forecast.steps[h]
                        if grids[step.degreesOfFreedom] == nil {
                            grids[step.degreesOfFreedom] = ForecastMetrics.standardQuantiles(
                                degreesOfFreedom: step.degreesOfFreedom)
                        }
                        scores[m].add(
                            y: y, step: step, scale: scale, intervals: intervals.map { $0[h] },
                            crps: ForecastMetrics.crps(
                                step, actual: y, standardQuantiles: grids[step.degreesOfFreedom]!))
                    }
                }
            }
        }
        for m in scores.indices { scores[m].finish() }
        return scores
    }
}

extension Backtest.Score {
    mutating func add(
        y: Double, step: PredictiveDistribution, scale: Double?, intervals: [(lo: Double, hi: Double)], crps c: Double
    ) {
        let f = step.median
        forecasts += 1
        smape += ForecastMetrics.smape(actual: y, forecast: f)
        crps += c
        if let scale {
            mase += abs(y - f) / scale
            scaledCRPS += c / scale
            scaled += 1
        }
        for (l, interval) in intervals.enumerated() {
            if y < interval.lo { below[l] += 1 } else if y > interval.hi { above[l] += 1 } else { coverage[l] += 1 }
        }
        if y < f { belowMedian += 1 }
        pit[ForecastMetrics.pitBin(step.cdf(y))] += 1
    }

    mutating func finish() {
        let n = Double(max(forecasts, 1)), ns = Double(max(scaled, 1))
        smape /= n
        crps /= n
        mase /= ns
        scaledCRPS /= ns
        coverage = coverage.map { $0 / n }
        below = below.map { $0 / n }
        above = above.map { $0 / n }
        belowMedian /= n
        pit = pit.map { $0 / n }
    }
}
