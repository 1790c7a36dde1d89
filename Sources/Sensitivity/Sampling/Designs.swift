import Foundation
public import Simulation

/// An input of a sweep: a name and the distribution its samples follow.
public struct SweepInput: Sendable, Equatable {
    public let name: String
    public let distribution: Distribution
    public init(name: String, distribution: Distribution) { self.name = name; self.distribution = distribution }

    /// The value at probability `u` ∈ [0, 1): the inverse CDF.
    public func quantile(_ u: Double) -> Double {
        let p = min(max(u, 1e-12), 1 - 1e-12)
        switch distribution {
        case .constant(let c): return c
        case .uniform(let a, let b): return a + (b - a) * u
        case .normal(let m, let s): return m + s * InverseNormal.quantile(p)
        case .lognormal(let mu, let s): return exp(mu + s * InverseNormal.quantile(p))
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
    public static func morris(_ inputs: [SweepInput], trajectories r: Int, levels p: Int = 4, seed: UInt64) -> (rows: [[Double]], unit: [[Double]]) {
        let design = SweepDesign(inputs: inputs, method: .morris(trajectories: r, levels: p, seed: seed))
        return (all(design), design.unitRows(0..<design.rowCount))
    }

    static func all(_ design: SweepDesign) -> [[Double]] { design.rows(0..<design.rowCount) }
}

/// Φ⁻¹ by Wichura's algorithm AS241 (PPND16), relative error about 1e-16.
/// Reference: M. J. Wichura, *Applied Statistics* 37 (1988) 477–484.
public enum InverseNormal {
    public static func quantile(_ p: Double) -> Double {
        let q = p - 0.5
        if abs(q) <= 0.425 {
            let r = 0.180625 - q * q
            let num = ((((((2509.0809287301226727 * r + 33430.575583588128105) * r + 67265.770927008700853) * r + 45921.953931549871457) * r
                        + 13731.693765509461125) * r + 1971.5909503065514427) * r + 133.14166789178437745) * r + 3.387132872796366608
            let den = ((((((5226.495278852545925 * r + 28729.085735721942674) * r + 39307.89580009271061) * r + 21213.794301586595867) * r
                        + 5394.1960214247511077) * r + 687.1870074920579083) * r + 42.313330701600911252) * r + 1
            return q * num / den
        }
        var r = q < 0 ? p : 1 - p
        r = (-log(r)).squareRoot()
        var value: Double
        if r <= 5 {
            r -= 1.6
            value = ((((((7.7454501427834140764e-4 * r + 0.0227238449892691845833) * r + 0.24178072517745061177) * r + 1.27045825245236838258) * r
                      + 3.64784832476320460504) * r + 5.7694972214606914055) * r + 4.6303378461565452959) * r + 1.42343711074968357734
            value /= ((((((1.05075007164441684324e-9 * r + 5.475938084995344946e-4) * r + 0.0151986665636164571966) * r + 0.14810397642748007459) * r
                       + 0.68976733498510000455) * r + 1.6763848301838038494) * r + 2.05319162663775882187) * r + 1
        } else {
            r -= 5
            value = ((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r + 0.0012426609473880784386) * r + 0.026532189526576123093) * r
                      + 0.29656057182850489123) * r + 1.7848265399172913358) * r + 5.4637849111641143699) * r + 6.6579046435011037772
            value /= ((((((2.04426310338993978564e-15 * r + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r + 7.868691311456132591e-4) * r
                       + 0.0148753612908506148525) * r + 0.13692988092273580531) * r + 0.59983220655588793769) * r + 1
        }
        return q < 0 ? -value : value
    }
}
