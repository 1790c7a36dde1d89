import Dispatch
import Foundation
import LinearAlgebra
import Simulation
import Statistics

/// Sobol' indices of one input, with their bootstrap confidence half-widths (95 %).
public struct SobolIndex: Sendable, Equatable {
    public let name: String
    public let s1: Double, s1Conf: Double
    public let st: Double, stConf: Double
}

/// Sobol' indices from outputs in Saltelli's (SALib's) row layout.
///
/// First order by Saltelli et al. (2010): `S₁ⱼ = mean(f(B)·(f(ABⱼ) − f(A))) / V`;
/// total by Jansen (1999): `Sₜⱼ = ½·mean((f(A) − f(ABⱼ))²) / V`; second order as
/// `Vⱼₖ = mean(f(BAⱼ)·f(ABₖ) − f(A)·f(B)) / V − S₁ⱼ − S₁ₖ` (Saltelli 2002). As SALib does,
/// Y is first standardized, and V is the variance (ddof 0) of f(A) and f(B) together, so
/// plansim and `SALib.analyze.sobol` agree to rounding on the same samples and outputs.
/// Confidence: 1.96 × the standard deviation (ddof 1) of the estimates over bootstrap
/// resamples of the N base rows (seeded; each resample's sums are its counts times the
/// rows' terms, ``CountBootstrap``). Small negative estimates are sampling noise
/// of indices near zero, reported as they are. When the measure does not vary over the
/// base samples A and B (say, a probability estimated as 0 for all of them) the
/// indices are NaN.
/// Reference: A. Saltelli et al., "Variance based sensitivity analysis of model output",
/// *Computer Physics Communications* 181 (2010) 259–270.
public enum SobolAnalysis {
    public struct Result: Sendable {
        public let indices: [SobolIndex]
        /// `s2[j][k]` for j < k when asked, else empty.
        public let s2: [[Double]]
        public let s2Conf: [[Double]]
    }

    public static func analyze(
        _ y: [Double], names: [String], secondOrder: Bool, resamples: Int = 100, seed: UInt64 = 1
    ) -> Result {
        let k = names.count
        let (z, _, _) = standardized(y, k: k, secondOrder: secondOrder)
        let (full, boot) = z.withUnsafeBufferPointer { zs in
            // The bootstrap as one count-matrix product per batch of resamples; resample r
            // draws from its own stream (seed, r), so the intervals do not depend on the
            // number of threads.
            (
                SaltelliSums(z: zs, k: k, secondOrder: secondOrder).estimates(),
                CountBootstrap.estimates(z: zs, k: k, secondOrder: secondOrder, resamples: resamples, seed: seed)
            )
        }
        return result(names: names, secondOrder: secondOrder, full: full, boot: boot)
    }

    typealias Estimates = (s1: [Double], st: [Double], s2: [[Double]])

    /// Y standardized (mean 0, variance 1 over all rows; all 0 when Y is constant), as
    /// SALib does, with the rows per Saltelli group and the number of groups.
    static func standardized(_ y: [Double], k: Int, secondOrder: Bool) -> (z: [Double], step: Int, n: Int) {
        let step = secondOrder ? 2 * k + 2 : k + 2
        let n = y.count / step
        precondition(
            n * step == y.count, "\(y.count) outputs is not a multiple of \(step) (Saltelli layout for \(k) inputs)")
        // Standardized by the population deviation (divisor n), as SALib does.
        let mean = Statistics.mean(y), sd = Statistics.populationStandardDeviation(y)
        return (y.map { sd > 0 ? ($0 - mean) / sd : 0 }, step, n)
    }

    /// The indices of `full` with 95 % half-widths from the bootstrap estimates `boot`.
    static func result(names: [String], secondOrder: Bool, full: Estimates, boot: [Estimates]) -> Result {
        let k = names.count
        func conf(_ values: [Double]) -> Double {
            let finite = values.filter(\.isFinite)
            // The bootstrap estimates' sample deviation (divisor n − 1; NaN below two).
            return 1.959963984540054 * Statistics.sampleStandardDeviation(finite)  // z₀.₉₇₅
        }
        let indices = (0..<k).map { j in
            SobolIndex(
                name: names[j], s1: full.s1[j], s1Conf: conf(boot.map { $0.s1[j] }), st: full.st[j],
                stConf: conf(boot.map { $0.st[j] }))
        }
        let s2Conf =
            secondOrder ? (0..<k).map { j in (0..<k).map { l in l > j ? conf(boot.map { $0.s2[j][l] }) : .nan } } : []
        return Result(indices: indices, s2: secondOrder ? full.s2 : [], s2Conf: s2Conf)
    }
}

/// Morris elementary effects: μ, μ* and σ per input (Morris 1991; Campolongo et al. 2007
/// for μ*), from trajectories of ``Designs/morris(_:trajectories:levels:seed:)``.
public enum MorrisAnalysis {
    public struct Effect: Sendable {
        public let name: String
        public let mu: Double
        public let muStar: Double
        public let sigma: Double
    }

    public static func analyze(_ y: [Double], unit: [[Double]], names: [String]) -> [Effect] {
        let k = names.count, r = y.count / (k + 1)
        var effects = [[Double]](repeating: [], count: k)
        for t in 0..<r {
            for step in 0..<k {
                let i = t * (k + 1) + step
                let before = unit[i], after = unit[i + 1]
                guard let j = (0..<k).first(where: { before[$0] != after[$0] }) else { continue }
                effects[j].append((y[i + 1] - y[i]) / (after[j] - before[j]))
            }
        }
        return (0..<k).map { j in
            let e = effects[j], n = Double(max(e.count, 1))
            let mu = e.reduce(0, +) / n
            let sigma = Statistics.sampleStandardDeviation(e)  // NaN for fewer than two effects
            return Effect(name: names[j], mu: mu, muStar: e.reduce(0) { $0 + abs($1) } / n, sigma: sigma)
        }
    }
}

/// Order-preserving parallel map over all cores, on ``Workers`` (worker w takes items
/// w, w + W, …).
enum ParallelMap {
    static func map<T: Sendable>(_ range: Range<Int>, _ body: @escaping @Sendable (Int) -> T) -> [T] {
        guard !range.isEmpty else { return [] }
        let box = Locked([T?](repeating: nil, count: range.count))
        let workers = min(range.count, ProcessInfo.processInfo.activeProcessorCount)
        Workers.run(workers) { w in
            for i in stride(from: w, to: range.count, by: workers) {
                let value = body(range.lowerBound + i)
                box.withLock { $0[i] = value }
            }
        }
        return box.current.map { $0! }
    }
}
