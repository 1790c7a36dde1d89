import Foundation
import Statistics
import Testing

@testable import Simulation

/// Stream 2's kernels (issue 26): the lanes are xoshiro256++ as ``Xoshiro256`` computes
/// it, each output's normal is AS241's Φ⁻¹ of its uniform, the log is within 1 ulp of
/// libm's, and every kernel version gives the portable version's bits.
@Suite struct Stream2KernelTests {
    static let hasAVX2 = VectorKernels.version(.avx2) != nil
    static let hasAVX512 = VectorKernels.version(.avx512) != nil

    /// `count` normals of block `block` (seed 2026) drawn by `kernels`, and the lanes after.
    static func draw(_ kernels: VectorKernels, count: Int, block: UInt64 = 0, calls: Int = 1)
        -> (values: [Double], lanes: LaneStream)
    {
        var lanes = LaneStream(seed: 2026, block: block)
        var values = [Double](repeating: .nan, count: count * calls)
        values.withUnsafeMutableBufferPointer { buffer in
            for c in 0..<calls { lanes.fill(buffer.baseAddress! + c * count, count: count, kernels: kernels) }
        }
        return (values, lanes)
    }

    /// Output k of a fill is the k/8-th output of lane k mod 8, a xoshiro256++ with the
    /// lane's seed words; its normal is `Statistics.normalQuantile` of u = (⌊x/2¹²⌋ + ½)·2⁻⁵²:
    /// to the bit in the central region (the same operations in the same order), and within
    /// 4e-15 relative in the tails, where stream 2's log and libm's (each within 1 ulp) may
    /// differ by 2 ulp, which √ halves and the tail's rational function carries to z.
    @Test func lanesAreXoshiroAndNormalsAreAS241() throws {
        let portable = try #require(VectorKernels.version(.portable))
        let count = 80_000
        let (values, _) = Self.draw(portable, count: count)
        var generators = (0..<8).map { lane in
            let w = LaneStream.seedWords(seed: 2026, block: 0, lane: lane)
            var g = Xoshiro256(seed: 0)
            (g.s0, g.s1, g.s2, g.s3) = (w[0], w[1], w[2], w[3])
            return g
        }
        var central = 0, worst = 0.0
        for k in 0..<count {
            let bits = generators[k % 8].next()
            let u = (Double(bits >> 12) + 0.5) * 0x1p-52
            let expected = Statistics.normalQuantile(u)
            if abs(u - 0.5) <= 0.425 {
                central += 1
                #expect(values[k].bitPattern == expected.bitPattern, "draw \(k): \(values[k]) vs \(expected)")
            } else {
                worst = max(worst, abs(values[k] - expected) / abs(expected))
            }
        }
        #expect(central > count * 8 / 10)
        #expect(worst <= 4e-15, "largest relative difference in the tails \(worst)")
    }

    /// Version `level` gives the portable version's normals and lane state, bit for bit, on
    /// 10⁵ draws in one fill and in fills of odd lengths (partial rounds).
    static func sameAsPortable(_ level: VectorKernels.Level) throws {
        let kernels = try #require(VectorKernels.version(level))
        let portable = try #require(VectorKernels.version(.portable))
        for (count, calls) in [(100_000, 1), (1, 7), (7, 5), (13, 9), (512, 3)] {
            let a = Self.draw(kernels, count: count, block: 3, calls: calls)
            let b = Self.draw(portable, count: count, block: 3, calls: calls)
            #expect(a.values.map(\.bitPattern) == b.values.map(\.bitPattern), "\(kernels.name), \(count) × \(calls)")
            let sameState = (0..<4).allSatisfy { w in (0..<8).allSatisfy { a.lanes[w, $0] == b.lanes[w, $0] } }
            #expect(sameState, "\(kernels.name) lanes after \(count) × \(calls)")
        }
        let x = logInputs()
        var mine = [Double](repeating: 0, count: x.count), reference = mine
        x.withUnsafeBufferPointer { xp in
            mine.withUnsafeMutableBufferPointer { kernels.log(xp.baseAddress!, $0.baseAddress!, count: x.count) }
            reference.withUnsafeMutableBufferPointer {
                portable.log(xp.baseAddress!, $0.baseAddress!, count: x.count)
            }
        }
        #expect(mine.map(\.bitPattern) == reference.map(\.bitPattern), "\(kernels.name) log")
    }

    @Test(.enabled(if: hasAVX2, "this CPU has no AVX2")) func avx2IsThePortableStream() throws {
        try Self.sameAsPortable(.avx2)
    }

    @Test(.enabled(if: hasAVX512, "this CPU has no AVX-512")) func avx512IsThePortableStream() throws {
        try Self.sameAsPortable(.avx512)
    }

    /// 10⁵ log inputs over many binades, with 0, negatives, subnormals, ∞ and NaN among them.
    static func logInputs() -> [Double] {
        var g = Xoshiro256(seed: 9)
        return (0..<100_003).map { k in
            switch k % 101 {
            case 5: return 0
            case 17: return -1.5
            case 29: return 0x1p-1030  // subnormal
            case 41: return .infinity
            case 53: return .nan
            case 67: return 1
            default: return exp(-700 + 1400 * g.uniform())
            }
        }
    }

    /// Stream 2's log is within 2 ulp of libm's on positive normal values (each is within
    /// 1 ulp of the exact log, so they are 2 ulp apart at most) and is libm's on the rest.
    @Test func logIsWithinOneUlpOfLibm() throws {
        let portable = try #require(VectorKernels.version(.portable))
        let x = Self.logInputs()
        var y = [Double](repeating: 0, count: x.count)
        x.withUnsafeBufferPointer { xp in
            y.withUnsafeMutableBufferPointer { portable.log(xp.baseAddress!, $0.baseAddress!, count: x.count) }
        }
        for (v, l) in zip(x, y) {
            let reference = Foundation.log(v)
            if v.isNormal && v > 0 {
                #expect(abs(l - reference) <= 2 * reference.ulp, "log(\(v)) = \(l), libm \(reference)")
            } else {
                #expect(l.bitPattern == reference.bitPattern || (l.isNaN && reference.isNaN), "log(\(v))")
            }
        }
    }
}
