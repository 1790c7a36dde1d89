import Foundation
import Simulation
import Testing

@testable import Sensitivity

/// The estimator against the one-loop-per-input form of plansim 0.1: the indices bit for
/// bit (the full sums are the same additions in the same order); the intervals from the
/// count-matrix bootstrap (issue 26), which takes the same resamples but sums each in
/// row order through `dgemm`, equal to rounding.
@Suite struct BootstrapTests {
    static func outputs(n: Int, secondOrder: Bool, _ f: ([Double]) -> Double) -> [Double] {
        let inputs = (0..<4).map {
            SweepInput(name: "x\($0)", distribution: .uniform(lower: -Double.pi, upper: Double.pi))
        }
        return Designs.saltelli(inputs, n: n, secondOrder: secondOrder).map(f)
    }

    static func same(_ a: SobolAnalysis.Result, _ b: SobolAnalysis.Result) -> Bool {
        func bits(_ x: Double) -> UInt64 { x.isNaN ? 0x7FF8_0000_0000_0000 : x.bitPattern }
        func row(_ r: SobolAnalysis.Result) -> [UInt64] {
            r.indices.flatMap { [$0.s1, $0.s1Conf, $0.st, $0.stConf] }.map(bits) + r.s2.flatMap { $0 }.map(bits)
                + r.s2Conf.flatMap { $0 }.map(bits)
        }
        return row(a) == row(b)
    }

    /// The largest difference between two results' half-widths (NaN where both are NaN counts as 0).
    static func intervalGap(_ a: SobolAnalysis.Result, _ b: SobolAnalysis.Result) -> Double {
        func confs(_ r: SobolAnalysis.Result) -> [Double] {
            r.indices.flatMap { [$0.s1Conf, $0.stConf] } + r.s2Conf.flatMap { $0 }
        }
        return zip(confs(a), confs(b)).map { $0.isNaN && $1.isNaN ? 0 : abs($0 - $1) }.max() ?? 0
    }

    static let ishigami: @Sendable ([Double]) -> Double = { x in
        sin(x[0]) + 7 * pow(sin(x[1]), 2) + 0.1 * pow(x[2], 4) * sin(x[0]) + 0.01 * x[3]
    }

    @Test(arguments: [true, false]) func indicesBitForBitIntervalsToRounding(secondOrder: Bool) {
        let y = Self.outputs(n: 512, secondOrder: secondOrder, Self.ishigami)
        let names = (0..<4).map { "x\($0)" }
        let new = SobolAnalysis.analyze(y, names: names, secondOrder: secondOrder, seed: 7)
        let old = ReferenceSobol.analyze(y, names: names, secondOrder: secondOrder, seed: 7)
        func bits(_ r: SobolAnalysis.Result) -> [UInt64] {
            (r.indices.flatMap { [$0.s1, $0.st] } + r.s2.flatMap { $0 }).map { $0.isNaN ? 0 : $0.bitPattern }
        }
        #expect(bits(new) == bits(old))
        // The same 100 resamples, each sum in another order: the half-widths (≈ 0.05–0.5)
        // differ by rounding only, a few ulps of the sums carried through a standard
        // deviation; 1e-12 is a thousand times that and far below any printed digit.
        #expect(Self.intervalGap(new, old) < 1e-12, "\(Self.intervalGap(new, old))")
    }

    /// Resamples in batches (a count matrix above the memory limit) give the intervals of
    /// one batch, to rounding; and the same call twice gives the same bits.
    @Test func batchesAgreeWithOneProduct() {
        let y = Self.outputs(n: 256, secondOrder: true, Self.ishigami)
        let (z, _, _) = SobolAnalysis.standardized(y, k: 4, secondOrder: true)
        let (one, batched, again) = z.withUnsafeBufferPointer { zs in
            (
                CountBootstrap.estimates(z: zs, k: 4, secondOrder: true, resamples: 20, seed: 3),
                CountBootstrap.estimates(z: zs, k: 4, secondOrder: true, resamples: 20, seed: 3, batchLimit: 256 * 3),
                CountBootstrap.estimates(z: zs, k: 4, secondOrder: true, resamples: 20, seed: 3)
            )
        }
        #expect(one.count == 20 && batched.count == 20)
        for (a, b) in zip(one, batched) {
            // Estimates of order 0.1–1 from sums of 256 rows: rounding is below 1e-13.
            #expect(zip(a.s1 + a.st, b.s1 + b.st).allSatisfy { abs($0 - $1) < 1e-12 })
        }
        for (a, b) in zip(one, again) {
            #expect(
                a.s1.map(\.bitPattern) == b.s1.map(\.bitPattern) && a.st.map(\.bitPattern) == b.st.map(\.bitPattern))
        }
    }

    /// Each resample's counts are its draws: N of them, from its own stream (seed, r).
    @Test func countsAreTheDraws() {
        let n = 100
        let counts = UnsafeMutableBufferPointer<Double>.allocate(capacity: 3 * n)
        defer { counts.deallocate() }
        CountBootstrap.drawCounts(into: counts, n: n, resamples: 4..<7, seed: 9)
        for r in 4..<7 {
            var rng = Xoshiro256(seed: 9, block: UInt64(r))
            var expected = [Double](repeating: 0, count: n)
            for _ in 0..<n { expected[Int(rng.next() % UInt64(n))] += 1 }
            #expect(Array(counts[((r - 4) * n)..<((r - 3) * n)]) == expected)
        }
    }

    /// A measure constant over A and B: NaN indices in both forms.
    @Test func constantMeasureGivesNaNAsBefore() {
        let y = Self.outputs(n: 64, secondOrder: true) { _ in 1 }
        let names = (0..<4).map { "x\($0)" }
        let new = SobolAnalysis.analyze(y, names: names, secondOrder: true)
        #expect(Self.same(new, ReferenceSobol.analyze(y, names: names, secondOrder: true)))
        #expect(new.indices.allSatisfy { $0.st.isNaN })
    }
}

/// The estimator as it was before the bootstrap was restructured (plansim 0.1, issue 14):
/// the reference that ``SobolAnalysis`` must match bit for bit.
enum ReferenceSobol {
    static func analyze(_ y: [Double], names: [String], secondOrder: Bool, resamples: Int = 100, seed: UInt64 = 1)
        -> SobolAnalysis.Result
    {
        let k = names.count
        let (z, step, n) = SobolAnalysis.standardized(y, k: k, secondOrder: secondOrder)
        let a = (0..<n).map { z[$0 * step] }, b = (0..<n).map { z[$0 * step + step - 1] }
        let ab = (0..<k).map { j in (0..<n).map { z[$0 * step + 1 + j] } }
        let ba = secondOrder ? (0..<k).map { j in (0..<n).map { z[$0 * step + 1 + k + j] } } : []

        @Sendable func estimates(_ rows: [Int]) -> (s1: [Double], st: [Double], s2: [[Double]]) {
            let ar = rows.map { a[$0] }, br = rows.map { b[$0] }
            let both = ar + br
            let m = both.reduce(0, +) / Double(both.count)
            // Y is standardized (variance 1 over all rows): a variance of A and B this
            // small means the measure does not vary over the base samples, and no index
            // can be estimated (NaN), rather than a ratio of rounding errors.
            let spread = both.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(both.count)
            let v = spread > 1e-12 ? spread : .nan
            let count = Double(rows.count)
            var s1 = [Double](repeating: 0, count: k), st = s1
            for j in 0..<k {
                var f = 0.0, t = 0.0
                for (i, r) in rows.enumerated() {
                    let d = ab[j][r] - ar[i]
                    f += br[i] * d
                    t += d * d
                }
                s1[j] = f / count / v
                st[j] = 0.5 * t / count / v
            }
            var s2 = [[Double]](repeating: [Double](repeating: .nan, count: k), count: k)
            if secondOrder {
                for j in 0..<k {
                    for l in (j + 1)..<max(j + 1, k) {
                        var s = 0.0
                        for (i, r) in rows.enumerated() { s += ba[j][r] * ab[l][r] - ar[i] * br[i] }
                        s2[j][l] = s / count / v - s1[j] - s1[l]
                    }
                }
            }
            return (s1, st, s2)
        }
        let full = estimates(Array(0..<n))
        // Resample r draws from its own stream (seed, r), so resamples run in parallel and
        // the intervals do not depend on the number of threads.
        let boot = ParallelMap.map(0..<resamples) { r -> (s1: [Double], st: [Double], s2: [[Double]]) in
            var rng = Xoshiro256(seed: seed, block: UInt64(r))
            return estimates((0..<n).map { _ in Int(rng.next() % UInt64(n)) })
        }
        return SobolAnalysis.result(names: names, secondOrder: secondOrder, full: full, boot: boot)
    }
}
