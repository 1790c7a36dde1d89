import Foundation
import Statistics

/// Additive damped-trend exponential smoothing, ETS(A,Ad,N) (Gardner & McKenzie 1985;
/// Hyndman et al. 2008, table 2.1), fitted by least squares of one-step errors.
struct DampedTrend {
    var alpha: Double
    var beta: Double
    var phi: Double
    var level: Double
    var trend: Double

    /// The parameters (α, β, φ, ℓ₀, b₀) of an unconstrained point `u`: the usual region
    /// 0 < β < α < 1, 0.8 ≤ φ ≤ 0.98 (Hyndman et al. 2008 §5.2, bounds that keep the
    /// trend from exploding) reached through logistic maps, α = 10⁻⁴ + (1 − 2·10⁻⁴)·σ(u₀),
    /// β = α·σ(u₁), φ = 0.8 + 0.18·σ(u₂), so the simplex never leaves the region and
    /// can approach its edges.
    static func parameters(_ u: UnsafeBufferPointer<Double>) -> (alpha: Double, beta: Double, phi: Double) {
        func sigmoid(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
        let alpha = 1e-4 + (1 - 2e-4) * sigmoid(u[0])
        return (alpha, alpha * sigmoid(u[1]), 0.8 + 0.18 * sigmoid(u[2]))
    }

    /// Runs the recursions over `y` from the initial level and trend; returns the sum
    /// of squared one-step errors and the final state.
    static func filter(_ y: UnsafeBufferPointer<Double>, alpha: Double, beta: Double, phi: Double,
                       level start: Double, trend slope: Double) -> (sse: Double, level: Double, trend: Double) {
        var level = start, trend = slope, sse = 0.0
        for v in y {
            let forecast = level + phi * trend
            let e = v - forecast
            sse += e * e
            level = forecast + alpha * e
            trend = phi * trend + beta * e
        }
        return (sse, level, trend)
    }

    /// The same with the parameters in an array (α, β, φ, ℓ₀, b₀).
    static func filter(_ y: [Double], _ p: [Double]) -> (sse: Double, level: Double, trend: Double) {
        y.withUnsafeBufferPointer { filter($0, alpha: p[0], beta: p[1], phi: p[2], level: p[3], trend: p[4]) }
    }

    /// Fits the five parameters by Nelder–Mead on the unconstrained scale of
    /// ``parameters(_:)``, restarted once, from α = 0.5, β = 0.1, φ = 0.95 and the
    /// least-squares line through the first (up to) ten values.
    static func fit(_ y: [Double]) -> DampedTrend {
        let head = Array(y.prefix(10))
        let line = YearlyModels.linearTrend(head)
        // The sample standard deviation (divisor n − 1); 0 for a single value.
        let spread = max(y.count > 1 ? Statistics.sampleStandardDeviation(y) : 0, 1e-8 * max(abs(y[0]), 1))
        let start = [0.0, log(0.2 / 0.8), log(0.15 / 0.03), line.intercept - line.slope, line.slope]
        let steps = [1, 1, 1, 0.1 * spread, 0.05 * spread]
        return y.withUnsafeBufferPointer { values in
            let objective = { (u: UnsafeBufferPointer<Double>) -> Double in
                let p = parameters(u)
                return filter(values, alpha: p.alpha, beta: p.beta, phi: p.phi, level: u[3], trend: u[4]).sse
            }
            // A restart from the best point with a fresh simplex: Nelder–Mead can stall on
            // a collapsed simplex (Lagarias et al. 1998), and one restart is the usual remedy.
            let first = NelderMead.minimize(objective, start: start, steps: steps, maxEvaluations: 200, tolerance: 1e-8)
            let best = NelderMead.minimize(objective, start: first.point, steps: steps, maxEvaluations: 120, tolerance: 1e-8)
            let u = best.value.isFinite ? best.point : start
            let p = u.withUnsafeBufferPointer(parameters)
            let state = filter(values, alpha: p.alpha, beta: p.beta, phi: p.phi, level: u[3], trend: u[4])
            return DampedTrend(alpha: p.alpha, beta: p.beta, phi: p.phi, level: state.level, trend: state.trend)
        }
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
}
