import Foundation

/// The Monte Carlo noise in a sweep's indices when each sample is M simulated paths.
///
/// Every sample uses the same M paths (common random numbers), so the noise is one
/// draw of the M paths, frozen across samples. Its size is estimated by the
/// delete-a-group jackknife over paths (Quenouille 1956; Tukey 1958; for groups, Kott
/// 2001): the M paths are split into G groups (path p in group p mod G, G = min(10, M));
/// the measure is recomputed for every sample without group g, the indices are
/// recomputed from those outputs (θ₋g), and the standard error of an index is
/// `sqrt((G − 1)/G · Σ (θ₋g − mean θ₋·)²)`. An index whose estimate is within 1.96
/// such errors of zero is reported as indistinguishable from Monte Carlo noise.
public enum MonteCarloNoise {
    /// Jackknife standard errors of one input's indices (S₁ and Sₜ, or μ and μ* for
    /// Morris).
    public struct Errors: Sendable, Equatable {
        public let name: String
        public let first: Double, main: Double
    }

    /// The jackknife standard error from the G delete-a-group replicates of a statistic.
    static func standardError(_ replicates: [Double]) -> Double {
        let g = Double(replicates.count)
        guard replicates.count > 1, replicates.allSatisfy(\.isFinite) else { return .nan }
        let mean = replicates.reduce(0, +) / g
        return ((g - 1) / g * replicates.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }).squareRoot()
    }

    /// Errors of Sobol' indices, from `replicates[g]` = the primary measure of every
    /// row without path group g.
    static func sobol(replicates: [[Double]], names: [String], secondOrder: Bool) -> [Errors] {
        let results = replicates.map { SobolAnalysis.analyze($0, names: names, secondOrder: secondOrder, resamples: 0) }
        return names.indices.map { j in
            Errors(
                name: names[j], first: standardError(results.map { $0.indices[j].s1 }),
                main: standardError(results.map { $0.indices[j].st }))
        }
    }

    /// Errors of Morris μ and μ*.
    static func morris(replicates: [[Double]], unit: [[Double]], names: [String]) -> [Errors] {
        let results = replicates.map { MorrisAnalysis.analyze($0, unit: unit, names: names) }
        return names.indices.map { j in
            Errors(
                name: names[j], first: standardError(results.map { $0[j].mu }),
                main: standardError(results.map { $0[j].muStar }))
        }
    }

    /// Whether `estimate` is within 1.96 standard errors of zero (an exact zero with a
    /// zero error is).
    public static func isNoise(_ estimate: Double, error: Double) -> Bool {
        error.isFinite && abs(estimate) <= 1.959963984540054 * error
    }
}
