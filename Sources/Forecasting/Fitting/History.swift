import Foundation
public import PlanData

/// The points of one indicator a fit uses, on its ``LevelScale`` (the log scale, or the
/// log-odds of a bounded share), with the weights that keep a reconstructed history from
/// counting as more evidence than the figures it came from.
public struct FitHistory: Sendable {
    public let indicator: Indicator
    public private(set) var years: [Int]
    /// The scale the values are on.
    public let scale: LevelScale
    /// The values on ``scale``: `log x`, or `log(x / (100 − x))` for a bounded share.
    public private(set) var logValues: [Double]
    /// Per point: 1 for printed or user points; reconstructed points share the weight of
    /// the printed sums they came from (one sum behind four reconstructed years: 0.25
    /// each), so the history counts as the figures it was built from, no more.
    public private(set) var weights: [Double]
    public private(set) var reconstructed: Bool
    /// Per point: whether it was reconstructed.
    private var rebuiltPoints: [Bool]

    public var count: Int { years.count }
    public var lastYear: Int { years.last! }
    public var lastValue: Double { scale.inverse(logValues.last!) }
    /// Years relative to the last one (0 at the anchor).
    public var times: [Double] { years.map { Double($0 - lastYear) } }

    /// The usable points of `indicator` (positive values; zeros of flows are skipped
    /// because the models work on logs); `sums` is how many printed sums its
    /// reconstructed points came from; `scale` defaults to the one the indicator and its
    /// points decide (``LevelScale/of(_:values:periodSumTarget:)``).
    public init(indicator: Indicator, series: Series, sums: Int, scale: LevelScale? = nil) {
        let usable = series.points.filter { $0.value > 0 }
        let scale = scale ?? LevelScale.of(indicator, values: usable.map(\.value))
        self.indicator = indicator
        self.scale = scale
        years = usable.map(\.year)
        logValues = usable.map { scale.forward($0.value) }
        let rebuilt = usable.filter { $0.origin == .reconstructed }.count
        reconstructed = rebuilt > 0
        let reconstructedWeight = rebuilt > 0 ? min(1, Double(max(sums, 1)) / Double(rebuilt)) : 1
        weights = usable.map { $0.origin == .reconstructed ? reconstructedWeight : 1 }
        rebuiltPoints = usable.map { $0.origin == .reconstructed }
    }

    /// The last `n` points (all of them when there are no more than `n`), with their weights;
    /// reconstructed when any of those points is.
    public func recent(_ n: Int) -> FitHistory {
        guard count > n else { return self }
        var h = self
        h.years = Array(years.suffix(n))
        h.logValues = Array(logValues.suffix(n))
        h.weights = Array(weights.suffix(n))
        h.rebuiltPoints = Array(rebuiltPoints.suffix(n))
        h.reconstructed = h.rebuiltPoints.contains(true)
        return h
    }

    /// Effective number of observations (the sum of the weights).
    public var effectiveCount: Double { weights.reduce(0, +) }
}
