public import PlanData

/// What `plansim forecast` is asked for: series already read and checked, the years to
/// forecast and the interval levels.
public struct ForecastRequest: Sendable {
    /// Every one long enough for the forecaster (``YearlySeriesSelection/all(path:extra:purpose:)``).
    public var series: [YearlySeries]
    /// Years to forecast, 1…50.
    public var horizon: Int
    /// Interval levels in per cent, each strictly between 0 and 100.
    public var levels: [Double]
    /// The file the series came from, which refusals name.
    public var file: String

    public init(series: [YearlySeries], horizon: Int, levels: [Double], file: String) {
        self.series = series
        self.horizon = horizon
        self.levels = levels
        self.file = file
    }
}
