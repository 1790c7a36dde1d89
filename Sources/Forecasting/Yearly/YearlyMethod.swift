/// The forecasting methods of the yearly forecaster: four standard benchmarks and
/// plansim's own combination of them (docs/methods.md, "Yearly series").
public enum YearlyMethod: String, CaseIterable, Sendable, Codable {
    /// The last value, carried forward.
    case naive
    /// Random walk with drift: the last value plus the mean yearly change.
    case rwDrift = "rw-drift"
    /// The Theta method: SES with drift equal to half the linear-trend slope
    /// (Assimakopoulos & Nikolopoulos 2000; Hyndman & Billah 2003).
    case theta
    /// Additive damped-trend exponential smoothing (Gardner & McKenzie 1985).
    case dampedETS = "damped-ets"
    /// plansim's combination: at each horizon, the median of the four forecasts above
    /// (Petropoulos & Svetunkov 2020), with calibrated intervals.
    case combined = "plansim"

    /// The four single models the combination draws on, in a fixed order.
    public static let components: [YearlyMethod] = [.naive, .rwDrift, .theta, .dampedETS]

    /// The most values a series has for the combination to leave naive out.
    public static let shortSeries = 15

    /// The point forecasts of this method for `horizon` steps after `y` (on whatever
    /// scale `y` is given: plansim passes logs when every value is positive).
    ///
    /// - Precondition: `y` has at least 3 values and `horizon ≥ 1`.
    func pointForecast(_ y: [Double], horizon: Int) -> [Double] {
        precondition(y.count >= 3 && horizon >= 1, "\(y.count) values, horizon \(horizon)")
        switch self {
        case .naive: return [Double](repeating: y[y.count - 1], count: horizon)
        case .rwDrift: return YearlyModels.randomWalkDrift(y, horizon: horizon)
        case .theta: return YearlyModels.theta(y, horizon: horizon)
        case .dampedETS: return DampedTrend.fit(y).forecast(horizon: horizon)
        case .combined: return Self.combination(y, horizon: horizon).forecast
        }
    }

    /// The median of the component forecasts at each step, and each component's share of
    /// the combination averaged over the steps (with four components the median is the
    /// mean of the middle two, so at each step two models carry ½ each).
    ///
    /// On a short series (at most ``shortSeries`` values) naive is left out and the median is
    /// of the other three: there the outcomes lay above the four-model median three times in
    /// four on both M1 and Tourism (docs/methods.md); its weight is then 0.
    static func combination(_ y: [Double], horizon: Int) -> (forecast: [Double], weights: [Double]) {
        let parts = components.map { $0.pointForecast(y, horizon: horizon) }
        let used =
            y.count <= shortSeries ? components.indices.filter { components[$0] != .naive } : Array(parts.indices)
        var forecast = [Double](repeating: 0, count: horizon)
        var weights = [Double](repeating: 0, count: parts.count)
        for h in 0..<horizon {
            let order = used.sorted { (parts[$0][h], $0) < (parts[$1][h], $1) }
            let middle =
                order.count % 2 == 0 ? [order[order.count / 2 - 1], order[order.count / 2]] : [order[order.count / 2]]
            for m in middle {
                forecast[h] += parts[m][h] / Double(middle.count)
                weights[m] += 1 / Double(middle.count * horizon)
            }
        }
        return (forecast, weights)
    }
}
