import Foundation
import PlanData
import Testing

@testable import Simulation

/// The C kernels behind the engine: every version gives the same bits as the Swift
/// reference and the portable version, and a whole run gives the same bits whichever
/// version runs, on any number of threads. Each wide version has its own tests, enabled
/// only where the CPU has it, so on a CPU without AVX-512 (or AVX2) those are reported
/// skipped rather than passing with nothing compared.
@Suite(.serialized) struct VectorKernelsTests {
    /// Inputs covering the polynomial's range, the clamps at −708 and 709, zero, NaN.
    static func inputs(_ count: Int, seed: UInt64) -> [Double] {
        var g = Xoshiro256(seed: seed)
        return (0..<count).map { k in
            switch k % 97 {
            case 13: return -750
            case 29: return 720
            case 41: return 0
            case 53: return -0.0
            default: return -60 + 120 * g.uniform()
            }
        }
    }

    static let lengths = [0, 1, 3, 4, 5, 7, 8, 9, 12, 15, 16, 17, 511, 512]

    static let hasAVX2 = VectorKernels.version(.avx2) != nil
    static let hasAVX512 = VectorKernels.version(.avx512) != nil

    @Test(arguments: lengths) func portableMatchesTheReference(count: Int) throws {
        try Self.check(.portable, count: count)
    }

    @Test(.enabled(if: hasAVX2, "this CPU has no AVX2"), arguments: lengths)
    func avx2MatchesTheReference(count: Int) throws {
        try Self.check(.avx2, count: count)
    }

    @Test(.enabled(if: hasAVX512, "this CPU has no AVX-512"), arguments: lengths)
    func avx512MatchesTheReference(count: Int) throws {
        try Self.check(.avx512, count: count)
    }

    /// Version `level`'s exp equals the Swift reference ``VectorExp/exp(_:)`` bit for bit
    /// (so it inherits that function's 2-ulp accuracy, tested against `Foundation.exp`),
    /// and its histogram pass gives the portable version's counts, extremes and
    /// lane-ordered sum of exponentials, which equals the scalar reference order.
    static func check(_ level: VectorKernels.Level, count: Int) throws {
        let kernels = try #require(VectorKernels.version(level))
        let portable = try #require(VectorKernels.version(.portable))
        let x = inputs(count, seed: UInt64(count) + 1)
        var y = [Double](repeating: .nan, count: count), acc = [Double](repeating: 1, count: count)
        x.withUnsafeBufferPointer { xp in
            y.withUnsafeMutableBufferPointer { kernels.exp(xp.baseAddress!, $0.baseAddress!, count: count) }
            acc.withUnsafeMutableBufferPointer { kernels.expAdd(xp.baseAddress!, into: $0.baseAddress!, count: count) }
        }
        #expect(y.map(\.bitPattern) == x.map { VectorExp.exp($0).bitPattern }, "\(kernels.name), \(count) values")
        #expect(
            acc.map(\.bitPattern) == x.map { (1 + VectorExp.exp($0)).bitPattern }, "\(kernels.name), \(count) values")

        let h = inputs(count, seed: 77 + UInt64(count)).map { $0 / 10 }
        var lanes = [0.0, 0.0, 0.0, 0.0]
        for (k, v) in h.enumerated() { lanes[k < count / 4 * 4 ? k % 4 : 0] += VectorExp.exp(v) }
        let expectedSum = (lanes[0] + lanes[1]) + (lanes[2] + lanes[3])
        let mine = histogram(kernels, h), reference = histogram(portable, h)
        #expect(mine.counts.reduce(0, +) == UInt32(count))
        #expect(mine.sum.bitPattern == expectedSum.bitPattern, "\(kernels.name) sum \(mine.sum) vs \(expectedSum)")
        #expect(mine.minimum == (h.min() ?? .infinity) && mine.maximum == (h.max() ?? -.infinity))
        #expect(mine.counts == reference.counts, "\(kernels.name) counts")
        #expect(mine.minimum == reference.minimum && mine.maximum == reference.maximum, "\(kernels.name) extremes")
    }

    /// One histogram pass of `kernels` over `x` into 2050 bins over [−5, 5].
    static func histogram(_ kernels: VectorKernels, _ x: [Double])
        -> (counts: [UInt32], minimum: Double, maximum: Double, sum: Double)
    {
        var counts = [UInt32](repeating: 0, count: 2050), bins = [Int32](repeating: 0, count: max(x.count, 1))
        var minimum = Double.infinity, maximum = -Double.infinity, nonfinite: UInt64 = 0
        let sum = x.withUnsafeBufferPointer { xp in
            counts.withUnsafeMutableBufferPointer { c in
                bins.withUnsafeMutableBufferPointer { b in
                    kernels.histogram(
                        xp.baseAddress!, count: x.count, lower: -5, inverse: 2048 / 10, top: 2049,
                        counts: c.baseAddress!, bins: b.baseAddress!, minimum: &minimum, maximum: &maximum,
                        nonfinite: &nonfinite)
                }
            }
        }
        return (counts, minimum, maximum, sum)
    }

    static var versions: [VectorKernels] { VectorKernels.Level.allCases.compactMap(VectorKernels.version) }

    /// exp(NaN) = NaN, exp(+∞) = +∞, exp(−∞) = 0 in every version and in the Swift
    /// reference, at every position of a vector (a lane) and in the scalar tail.
    @Test func nonFiniteInputsGiveTheIEEEResults() {
        let x: [Double] = [
            .nan, 1, .infinity, 2, -.infinity, .nan, 4, 5, -.infinity, .infinity, 6, .nan, 7, .infinity, -.infinity,
            .nan, 3, .nan, .infinity,
        ]
        func expected(_ v: Double) -> Double {
            v.isNaN ? .nan : v == .infinity ? .infinity : v == -.infinity ? 0 : VectorExp.exp(v)
        }
        #expect(
            x.allSatisfy {
                VectorExp.exp($0).bitPattern == expected($0).bitPattern || ($0.isNaN && VectorExp.exp($0).isNaN)
            })
        for kernels in Self.versions {
            var y = [Double](repeating: 0, count: x.count), acc = [Double](repeating: 1, count: x.count)
            x.withUnsafeBufferPointer { xp in
                y.withUnsafeMutableBufferPointer { kernels.exp(xp.baseAddress!, $0.baseAddress!, count: x.count) }
                acc.withUnsafeMutableBufferPointer {
                    kernels.expAdd(xp.baseAddress!, into: $0.baseAddress!, count: x.count)
                }
            }
            for (v, e) in zip(x, y) {
                #expect(v.isNaN ? e.isNaN : e == expected(v), "\(kernels.name): exp(\(v)) = \(e)")
            }
            for (v, e) in zip(x, acc) {
                #expect(v.isNaN ? e.isNaN : e == 1 + expected(v), "\(kernels.name): 1 + exp(\(v)) = \(e)")
            }
        }
    }

    /// A NaN is in no histogram bin (so it never counts as below a ceiling or above a
    /// floor), −∞ is in bin 0 and +∞ in the top bin; every non-finite value is counted; the
    /// extremes ignore NaN. The same in every version, in vector lanes and the tail.
    @Test func histogramKeepsNaNOutOfTheBinsAndCountsNonFiniteValues() {
        let x: [Double] = [.nan, 0.5, .infinity, -1, -.infinity, .nan, 2, 0, 1, .nan, 3, -2, .nan]
        for kernels in Self.versions {
            var counts = [UInt32](repeating: 0, count: 2050), bins = [Int32](repeating: 0, count: x.count)
            var minimum = Double.infinity, maximum = -Double.infinity, nonfinite: UInt64 = 7
            _ = x.withUnsafeBufferPointer { xp in
                counts.withUnsafeMutableBufferPointer { c in
                    bins.withUnsafeMutableBufferPointer { b in
                        kernels.histogram(
                            xp.baseAddress!, count: x.count, lower: -5, inverse: 2048 / 10, top: 2049,
                            counts: c.baseAddress!, bins: b.baseAddress!, minimum: &minimum, maximum: &maximum,
                            nonfinite: &nonfinite)
                    }
                }
            }
            #expect(counts.reduce(0, +) == 9, "\(kernels.name): the 4 NaN are in no bin")
            #expect(counts[0] == 1 && counts[2049] == 1, "\(kernels.name): −∞ in bin 0, +∞ in the top bin")
            #expect(nonfinite == 7 + 6, "\(kernels.name): 4 NaN and 2 infinities added to the 7 before")
            #expect(minimum == -.infinity && maximum == .infinity, "\(kernels.name)")
        }
    }

    /// The kernels were compiled without contraction into fused multiply-adds (a build
    /// with -ffp-contract=fast, which ignores `#pragma STDC FP_CONTRACT OFF`, fails here).
    @Test func kernelsAreNotContracted() {
        #expect(!VectorKernels.contracted)
    }

    /// A whole run of the baseline gives the same bits with the portable kernels forced
    /// and with the widest the CPU has, on 1 and on 2 threads.
    @Test func runIsBitIdenticalWithPortableKernelsAndAnyThreads() {
        let model = SimulationModel.baseline(HaibinPlan.dataset()).0
        func run(_ level: VectorKernels.Level, threads: Int) -> MonteCarloResult {
            let before = VectorKernels.force(level)
            defer { VectorKernels.force(before) }
            return MonteCarlo.run(model, options: RunOptions(paths: 3_000, seed: 21, threads: threads))
        }
        let widest = VectorKernels.Level.allCases.last { VectorKernels.version($0) != nil }!
        let fast = run(widest, threads: 2)
        for (level, threads) in [(VectorKernels.Level.portable, 1), (.portable, 2), (widest, 1)] {
            let other = run(level, threads: threads)
            for (x, y) in zip(fast.indicators, other.indicators) {
                #expect(x.years == y.years, "\(x.indicator): \(widest) on 2 threads vs \(level) on \(threads)")
            }
            #expect(fast.targets.map(\.probability) == other.targets.map(\.probability))
            #expect(fast.targets.map(\.median) == other.targets.map(\.median))
        }
    }
}

/// The buffer fill of the normal generator is the same stream as one draw at a time,
/// slow paths (wedges and tail, about 1 % of draws) included.
@Suite struct NormalFillTests {
    @Test func fillEqualsRepeatedNext() {
        var one = NormalGenerator(Xoshiro256(seed: 8, block: 3)), buffered = one
        let expected = (0..<100_003).map { _ in one.next().bitPattern }
        var values = [Double](repeating: 0, count: 100_003)
        values.withUnsafeMutableBufferPointer {
            buffered.fill($0.baseAddress!, count: 40_000)
            buffered.fill($0.baseAddress! + 40_000, count: 60_003)
        }
        #expect(values.map(\.bitPattern) == expected)
        #expect(one.next().bitPattern == buffered.next().bitPattern, "the generators end in the same state")
    }
}
