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
    static func filter(
        _ y: UnsafeBufferPointer<Double>, alpha: Double, beta: Double, phi: Double,
        level start: Double, trend slope: Double
    ) -> (sse: Double, level: Double, trend: Double) {
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
    /// ``parameters(_:)``, from α = 0.5, β = 0.1, φ = 0.95 and the least-squares line
    /// through the first (up to) ten values, run to convergence (values within 1e-10
    /// relative and vertices within 1e-6 of their initial steps) and restarted from its
    /// best point with a fresh simplex until a restart improves the SSE by less than
    /// 1e-9 relative (at most ``maximumRestarts``). A fixed budget of 200 + 120
    /// evaluations stopped short of the optimum: medians off by more than 0.1 % on 17 of
    /// the first 60 M1 series, up to 27 % (issue 24).
    static func fit(_ y: [Double]) -> DampedTrend {
        let (u, _) = optimum(y)
        let p = u.withUnsafeBufferPointer(parameters)
        let state = filter(y, [p.alpha, p.beta, p.phi, u[3], u[4]])
        return DampedTrend(alpha: p.alpha, beta: p.beta, phi: p.phi, level: state.level, trend: state.trend)
    }

    /// The unconstrained point (u₀, u₁, u₂, ℓ₀, b₀) that ``fit(_:)`` settles on, and its SSE.
    static func optimum(_ y: [Double]) -> (u: [Double], sse: Double) {
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
            // Restarts from the best point with a fresh simplex: Nelder–Mead can stall on
            // a collapsed simplex (Lagarias et al. 1998), and restarting is the usual remedy.
            var best = NelderMead.minimize(
                objective, start: start, steps: steps, maxEvaluations: evaluationsPerRun,
                tolerance: 1e-10, pointTolerance: 1e-6)
            for _ in 0..<maximumRestarts {
                let next = NelderMead.minimize(
                    objective, start: best.point, steps: steps, maxEvaluations: evaluationsPerRun,
                    tolerance: 1e-10, pointTolerance: 1e-6)
                let gain = best.value - next.value
                if next.value <= best.value { best = next }
                if !(gain > 1e-9 * abs(best.value)) && best.converged { break }
            }
            return best.value.isFinite ? (best.point, best.value) : (start, start.withUnsafeBufferPointer(objective))
        }
    }

    /// Evaluations allowed per Nelder–Mead run, and restarts after the first.
    static let evaluationsPerRun = 2_000
    static let maximumRestarts = 5

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
