import Testing
import Foundation
import PlanData
@testable import Simulation

/// The C kernels behind the engine: every version this CPU has gives the same bits as the
/// portable one, and a whole run gives the same bits whichever version runs, on any
/// number of threads. (On a CPU with only the portable version, the comparisons between
/// versions have nothing to compare and pass trivially; the run tests still run.)
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

    static var versions: [VectorKernels] { VectorKernels.Level.allCases.compactMap(VectorKernels.version) }

    /// Each version's exp equals the Swift reference ``VectorExp/exp(_:)`` bit for bit, so
    /// it inherits that function's 2-ulp accuracy (tested against `Foundation.exp`).
    @Test(arguments: lengths) func expIsBitIdenticalAcrossVersions(count: Int) {
        let x = Self.inputs(count, seed: UInt64(count) + 1)
        let reference = x.map { VectorExp.exp($0).bitPattern }
        for kernels in Self.versions {
            var y = [Double](repeating: .nan, count: count), acc = [Double](repeating: 1, count: count)
            x.withUnsafeBufferPointer { xp in
                y.withUnsafeMutableBufferPointer { kernels.exp(xp.baseAddress!, $0.baseAddress!, count: count) }
                acc.withUnsafeMutableBufferPointer { kernels.expAdd(xp.baseAddress!, into: $0.baseAddress!, count: count) }
            }
            #expect(y.map(\.bitPattern) == reference, "\(kernels.name), \(count) values")
            #expect(acc.map(\.bitPattern) == x.map { (1 + VectorExp.exp($0)).bitPattern }, "\(kernels.name), \(count) values")
        }
    }

    /// A NaN input is clamped like −708 in every version (the vector `max` keeps its second
    /// operand), so no version differs from another even on a broken value.
    @Test func nanIsClampedAlike() {
        let x = [Double.nan, 1, .nan, 2, 3, .nan, 4, 5, 6]
        for kernels in Self.versions {
            var y = [Double](repeating: 0, count: x.count)
            x.withUnsafeBufferPointer { xp in y.withUnsafeMutableBufferPointer { kernels.exp(xp.baseAddress!, $0.baseAddress!, count: x.count) } }
            #expect(zip(x, y).allSatisfy { $1 == VectorExp.exp($0.isNaN ? -708 : $0) }, "\(kernels.name): \(y)")
        }
    }

    /// The histogram pass: counts, extremes and the lane-ordered sum of exponentials are
    /// the same bits in every version, and the sum equals the scalar reference order.
    @Test(arguments: lengths) func histogramIsBitIdenticalAcrossVersions(count: Int) {
        let x = Self.inputs(count, seed: 77 + UInt64(count)).map { $0 / 10 }
        var lanes = [0.0, 0.0, 0.0, 0.0]
        for (k, v) in x.enumerated() { lanes[k < count / 4 * 4 ? k % 4 : 0] += VectorExp.exp(v) }
        let expectedSum = (lanes[0] + lanes[1]) + (lanes[2] + lanes[3])
        var results: [(String, [UInt32], Double, Double, Double)] = []
        for kernels in Self.versions {
            var counts = [UInt32](repeating: 0, count: 2050), bins = [Int32](repeating: 0, count: max(count, 1))
            var minimum = Double.infinity, maximum = -Double.infinity
            let sum = x.withUnsafeBufferPointer { xp in
                counts.withUnsafeMutableBufferPointer { c in
                    bins.withUnsafeMutableBufferPointer { b in
                        kernels.histogram(xp.baseAddress!, count: count, lower: -5, inverse: 2048 / 10, top: 2049,
                                          counts: c.baseAddress!, bins: b.baseAddress!, minimum: &minimum, maximum: &maximum)
                    }
                }
            }
            results.append((kernels.name, counts, minimum, maximum, sum))
        }
        let portable = results[0]
        #expect(portable.1.reduce(0, +) == UInt32(count))
        #expect(portable.4.bitPattern == expectedSum.bitPattern, "sum \(portable.4) vs \(expectedSum)")
        #expect(portable.2 == (x.min() ?? .infinity) && portable.3 == (x.max() ?? -.infinity))
        for other in results.dropFirst() {
            #expect(other.1 == portable.1, "\(other.0) counts")
            #expect(other.2 == portable.2 && other.3 == portable.3, "\(other.0) extremes")
            #expect(other.4.bitPattern == portable.4.bitPattern, "\(other.0) sum \(other.4) vs \(portable.4)")
        }
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
        values.withUnsafeMutableBufferPointer { buffered.fill($0.baseAddress!, count: 40_000); buffered.fill($0.baseAddress! + 40_000, count: 60_003) }
        #expect(values.map(\.bitPattern) == expected)
        #expect(one.next().bitPattern == buffered.next().bitPattern, "the generators end in the same state")
    }
}
