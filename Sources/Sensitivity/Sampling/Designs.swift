import Foundation
public import Simulation
import Statistics

/// An input of a sweep: a name and the distribution its samples follow.
public struct SweepInput: Sendable, Equatable {
    public let name: String
    public let distribution: Distribution
    public init(name: String, distribution: Distribution) {
        self.name = name
        self.distribution = distribution
    }

    /// The value at probability `u` ∈ [0, 1): the inverse CDF.
    public func quantile(_ u: Double) -> Double {
        let p = min(max(u, 1e-12), 1 - 1e-12)
        switch distribution {
        case .constant(let c): return c
        case .uniform(let a, let b): return a + (b - a) * u
        case .normal(let m, let s): return m + s * Statistics.normalQuantile(p)
        case .lognormal(let mu, let s): return exp(mu + s * Statistics.normalQuantile(p))
        case .triangular(let a, let m, let b):
            let f = (m - a) / (b - a)
            return u < f ? a + ((b - a) * (m - a) * u).squareRoot() : b - ((b - a) * (b - m) * (1 - u)).squareRoot()
        }
    }
}

/// Sampling designs as whole arrays (for tests and small uses); a sweep generates its
/// rows block by block through ``SweepDesign``, which these call.
public enum Designs {
    /// Saltelli's scheme on a Sobol' sequence of 2k dimensions, in SALib's row layout:
    /// for each base point, `A`, then `AB_j` for every input j (A with column j from B),
    /// then (second order) `BA_j`, then `B` — N(k+2) rows, or N(2k+2).
    ///
    /// - Precondition: `n` is a power of two and `2k ≤ 21`.
    public static func saltelli(_ inputs: [SweepInput], n: Int, secondOrder: Bool) -> [[Double]] {
        all(SweepDesign(inputs: inputs, method: .sobol(n: n, secondOrder: secondOrder)))
    }

    /// Latin hypercube: `n` rows, each input's range cut in `n` equal-probability strata,
    /// one sample per stratum, strata paired at random (seeded).
    public static func latinHypercube(_ inputs: [SweepInput], n: Int, seed: UInt64) -> [[Double]] {
        all(SweepDesign(inputs: inputs, method: .lhs(n: n, seed: seed)))
    }

    /// A full grid with `levels` points per input at the centres of equal-probability cells.
    public static func grid(_ inputs: [SweepInput], levels: Int) -> [[Double]] {
        all(SweepDesign(inputs: inputs, method: .grid(levels: levels)))
    }

    /// Morris trajectories: `r` trajectories of k + 1 points on a `p`-level grid with step
    /// Δ = p/(2(p − 1)), each moving one input at a time (Morris 1991; seeded).
    public static func morris(_ inputs: [SweepInput], trajectories r: Int, levels p: Int = 4, seed: UInt64) -> (
        rows: [[Double]], unit: [[Double]]
    ) {
        let design = SweepDesign(inputs: inputs, method: .morris(trajectories: r, levels: p, seed: seed))
        return (all(design), design.unitRows(0..<design.rowCount))
    }

    static func all(_ design: SweepDesign) -> [[Double]] { design.rows(0..<design.rowCount) }
}
