import Foundation
import LinearAlgebra

/// The closed-form benchmark models: random walk with drift, simple exponential
/// smoothing and the Theta method.
enum YearlyModels {
    /// `y_n + h·(y_n − y_1)/(n − 1)`, the random walk with drift's forecasts.
    static func randomWalkDrift(_ y: [Double], horizon: Int) -> [Double] {
        let drift = (y[y.count - 1] - y[0]) / Double(y.count - 1)
        return (1...horizon).map { y[y.count - 1] + Double($0) * drift }
    }

    /// Simple exponential smoothing with smoothing weight `alpha` and initial level
    /// `y_1`: the final level and the sum of squared one-step errors.
    static func ses(_ y: [Double], alpha: Double) -> (level: Double, sse: Double) {
        var level = y[0], sse = 0.0
        for v in y.dropFirst() {
            let e = v - level
            sse += e * e
            level += alpha * e
        }
        return (level, sse)
    }

    /// The SES weight in [0.01, 1] with the least squared one-step errors: a grid of 20
    /// values, then golden-section search around the best (the sum of squares is smooth
    /// in `alpha`, so 40 iterations give it to about 1e-9).
    static func sesAlpha(_ y: [Double]) -> Double {
        // Typed: the untyped closure took the type checker over a second.
        let grid: [Double] = (0..<20).map { (i: Int) -> Double in 0.01 + 0.99 * Double(i) / 19 }
        let best = grid.indices.min { ses(y, alpha: grid[$0]).sse < ses(y, alpha: grid[$1]).sse }!
        var a = grid[max(best - 1, 0)], b = grid[min(best + 1, grid.count - 1)]
        let ratio = (5.0.squareRoot() - 1) / 2
        for _ in 0..<40 {
            let c = b - ratio * (b - a), d = a + ratio * (b - a)
            if ses(y, alpha: c).sse < ses(y, alpha: d).sse { b = d } else { a = c }
        }
        return (a + b) / 2
    }

    /// The slope and intercept of the least-squares line through `y` against 0, 1, …,
    /// by LAPACK's `dgels` (``Matrix/leastSquares(_:)``).
    static func linearTrend(_ y: [Double]) -> (intercept: Double, slope: Double) {
        let t = y.indices.map(Double.init)
        let design = Matrix(columns: [[Double](repeating: 1, count: y.count), t])
        if let beta = try? design.leastSquares(y) { return (beta[0], beta[1]) }
        return (y.reduce(0, +) / Double(y.count), 0)
    }

    /// The Theta method's forecasts (Hyndman & Billah 2003, eq. 4): SES with weight α
    /// and a drift of half the linear-trend slope b,
    /// `ℓ_n + (b/2)·(h − 1 + 1/α − (1 − α)ⁿ/α)`.
    static func theta(_ y: [Double], horizon: Int) -> [Double] {
        let slope = linearTrend(y).slope
        let alpha = sesAlpha(y)
        let level = ses(y, alpha: alpha).level
        let n = Double(y.count)
        let start = (1 - pow(1 - alpha, n)) / alpha
        return (0..<horizon).map { level + slope / 2 * (Double($0) + start) }
    }
}
