import Foundation
import LinearAlgebra
import Statistics

/// The accuracy measures of a backtest, for one forecast and its outcome.
public enum ForecastMetrics {
    /// The symmetric absolute percentage error of the M3 competition, in per cent
    /// (0–200): `200·|y − f|/(|y| + |f|)`; 0 when both are 0.
    public static func smape(actual y: Double, forecast f: Double) -> Double {
        let denominator = abs(y) + abs(f)
        return denominator == 0 ? 0 : 200 * abs(y - f) / denominator
    }

    /// The MASE scale of a yearly series (m = 1, Hyndman & Koehler 2006): the mean
    /// absolute one-step change in the training values; nil when it is 0 (a constant
    /// series, where scaled errors are undefined).
    public static func maseScale(_ training: [Double]) -> Double? {
        guard training.count >= 2 else { return nil }
        let scale = zip(training.dropFirst(), training).reduce(0) { $0 + abs($1.0 - $1.1) } / Double(training.count - 1)
        return scale > 0 ? scale : nil
    }

    /// Probability levels of the quantile grid behind ``crps(_:actual:)``: the midpoints
    /// τ = (i − ½)/200.
    static let crpsGrid = (0..<200).map { (Double($0) + 0.5) / 200 }

    /// The continuous ranked probability score of `distribution` for the outcome `y`,
    /// through its quantile form `CRPS = 2∫₀¹ ρ_τ(y − q_τ) dτ` (Gneiting & Raftery 2007,
    /// eq. 21; ρ the pinball loss), by the midpoint rule on 200 levels. Against the
    /// closed form for a normal the relative error is below 0.5 % (the grid leaves out
    /// the outer ¼ % of each tail).
    public static func crps(_ distribution: PredictiveDistribution, actual y: Double) -> Double {
        crps(
            distribution, actual: y,
            standardQuantiles: standardQuantiles(degreesOfFreedom: distribution.degreesOfFreedom))
    }

    /// The same, with the t quantiles at ``crpsGrid`` computed once by the caller
    /// (``standardQuantiles(degreesOfFreedom:)``).
    public static func crps(_ distribution: PredictiveDistribution, actual y: Double, standardQuantiles z: [Double])
        -> Double
    {
        crps(quantiles: z.map(distribution.value(atStandardized:)), levels: crpsGrid, actual: y)
    }

    /// The standard t quantiles at the levels of ``crpsGrid``.
    public static func standardQuantiles(degreesOfFreedom df: Double) -> [Double] {
        crpsGrid.map { Statistics.studentTQuantile($0, degreesOfFreedom: df) }
    }

    /// `(2/M)·Σ ρ_τ(y − q_τ)` over quantiles `q` at `levels`.
    public static func crps(quantiles q: [Double], levels: [Double], actual y: Double) -> Double {
        var total = 0.0
        for (tau, qt) in zip(levels, q) {
            let u = y - qt
            total += u >= 0 ? tau * u : (tau - 1) * u
        }
        return 2 * total / Double(levels.count)
    }

    /// The CRPS of a normal N(μ, σ²) for outcome y in closed form (Gneiting & Raftery
    /// 2007, eq. 5): `σ·[z(2Φ(z) − 1) + 2φ(z) − 1/√π]`, z = (y − μ)/σ.
    public static func crpsNormal(mean mu: Double, sd sigma: Double, actual y: Double) -> Double {
        let z = (y - mu) / sigma
        let density = exp(-z * z / 2) / (2 * Double.pi).squareRoot()
        return sigma * (z * (2 * Statistics.normalCDF(z) - 1) + 2 * density - 1 / Double.pi.squareRoot())
    }

    /// The bin (0…bins−1) of a probability integral transform value in [0, 1] (a value
    /// outside it, or NaN, falls in the nearest end bin rather than trapping).
    public static func pitBin(_ u: Double, bins: Int = 10) -> Int {
        let x = u.isNaN ? 0 : min(max(u, 0), 1) * Double(bins)
        return min(max(Int(x), 0), bins - 1)
    }
}
