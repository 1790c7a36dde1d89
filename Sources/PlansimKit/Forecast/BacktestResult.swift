public import Forecasting

/// The scores of a backtest: every method pooled over the series, and plansim's own
/// calibration per series-length segment (``Backtest/lengthSegments``).
public struct BacktestResult: Sendable {
    /// One per method, plansim's combination first.
    public let scores: [Backtest.Score]
    /// plansim's scores on the series of each length segment that has any.
    public let segments: [(lengths: ClosedRange<Int>, series: Int, scores: [Backtest.Score])]
    /// Series scored.
    public let series: Int

    public init(
        scores: [Backtest.Score], segments: [(lengths: ClosedRange<Int>, series: Int, scores: [Backtest.Score])],
        series: Int
    ) {
        self.scores = scores
        self.segments = segments
        self.series = series
    }
}
