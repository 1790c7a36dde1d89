import Foundation

/// Additive damped-trend exponential smoothing, ETS(A,Ad,N) (Gardner & McKenzie 1985;
/// Hyndman et al. 2008, table 2.1), fitted by least squares of one-step errors.
struct DampedTrend {
    var alpha: Double
    var beta: Double
    var phi: Double
    var level: Double
    var trend: Double

    /// The parameter region searched: 0 < β < α < 1 and 0.8 ≤ φ ≤ 0.98 (the usual
    /// bounds of Hyndman et al. 2008 §5.2, which keep the trend from exploding).
    static func admissible(_ p: [Double]) -> Bool {
        p[0] > 1e-4 && p[0] < 1 && p[1] > 1e-4 && p[1] < p[0] && p[2] >= 0.8 && p[2] <= 0.98
    }

    /// Runs the recursions over `y` from the initial state in `p` = (α, β, φ, ℓ₀, b₀);
    /// returns the sum of squared one-step errors and the final state.
    static func filter(_ y: [Double], _ p: [Double]) -> (sse: Double, level: Double, trend: Double) {
        let (alpha, beta, phi) = (p[0], p[1], p[2])
        var level = p[3], trend = p[4], sse = 0.0
        for v in y {
            let forecast = level + phi * trend
            let e = v - forecast
            sse += e * e
            level = forecast + alpha * e
            trend = phi * trend + beta * e
        }
        return (sse, level, trend)
    }

    /// Fits the five parameters by Nelder–Mead from α = 0.5, β = 0.1, φ = 0.95 and the
    /// least-squares line through the first (up to) ten values.
    static func fit(_ y: [Double]) -> DampedTrend {
        let head = Array(y.prefix(10))
        let line = YearlyModels.linearTrend(head)
        let spread = max(standardDeviation(y), 1e-8 * max(abs(y[0]), 1))
        let start = [0.5, 0.1, 0.95, line.intercept - line.slope, line.slope]
        let best = NelderMead.minimize({ p in admissible(p) ? filter(y, p).sse : .infinity },
                                       start: start, steps: [0.1, 0.05, 0.02, 0.1 * spread, 0.05 * spread])
        let p = admissible(best.point) ? best.point : start
        let state = filter(y, p)
        return DampedTrend(alpha: p[0], beta: p[1], phi: p[2], level: state.level, trend: state.trend)
    }

    /// `ℓ_n + (φ + φ² + … + φʰ)·b_n` for h = 1…horizon.
    func forecast(horizon: Int) -> [Double] {
        var damping = 0.0, power = 1.0
        return (0..<horizon).map { _ in
            power *= phi
            damping += power
            return level + damping * trend
        }
    }

    static func standardDeviation(_ y: [Double]) -> Double {
        let mean = y.reduce(0, +) / Double(y.count)
        return (y.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(max(y.count - 1, 1))).squareRoot()
    }
}
