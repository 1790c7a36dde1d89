/// The forecast of one yearly series: a predictive distribution per future year, the
/// weights of the models combined, and what was done to the data on the way.
public struct YearlyForecast: Sendable {
    /// One model's share of the point forecast, averaged over the horizon.
    public struct ModelWeight: Sendable, Equatable {
        public let model: YearlyMethod
        public let weight: Double
    }

    /// The method that made the forecast.
    public let method: YearlyMethod
    /// Measured values the forecast rests on (filled gaps not counted).
    public let observations: Int
    /// True when the models worked on the log of the values (every value positive) or on
    /// `log(1 + value)` (``offset`` 1: no value negative, some zero).
    public let logScale: Bool
    /// 1 when the working scale is `log(1 + value)`, else 0.
    public var offset: Double { steps.first?.offset ?? 0 }
    /// Years missing inside the series, filled by linear interpolation on the working
    /// scale before fitting.
    public let filledYears: [Int]
    /// The forecast years: the year after the last observation, and on.
    public let years: [Int]
    /// The predictive distribution of each forecast year.
    public let steps: [PredictiveDistribution]
    /// The models combined and their weights (one model with weight 1 for a single method).
    public let weights: [ModelWeight]

    /// The point forecasts: the predictive medians.
    public var median: [Double] { steps.map(\.median) }
    /// The predictive means where they exist (nil on a log scale: a log-t has none).
    public var mean: [Double?] { steps.map(\.mean) }

    /// The central `level` % interval (0 < level < 100) of each forecast year.
    public func interval(level: Double) -> [(lo: Double, hi: Double)] {
        let tail = (1 - level / 100) / 2
        return steps.map { ($0.quantile(tail), $0.quantile(1 - tail)) }
    }
}
