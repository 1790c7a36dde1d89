public import PlanData

/// What `plansim backtest` is asked for: series already read (each long enough for these
/// settings; ``YearlySeriesFile``), the years forecast from each origin, the origins per
/// series and the interval levels.
public struct BacktestRequest: Sendable {
    public var series: [YearlySeries]
    /// Years forecast from each origin, 1…50.
    public var horizon: Int
    /// Origins per series, 1…20.
    public var origins: Int
    /// Interval levels in per cent, each strictly between 0 and 100.
    public var levels: [Double]
    /// The file the series came from, which refusals name.
    public var file: String

    public init(series: [YearlySeries], horizon: Int, origins: Int, levels: [Double], file: String) {
        self.series = series
        self.horizon = horizon
        self.origins = origins
        self.levels = levels
        self.file = file
    }
}
