import Foundation
import Testing

@testable import Simulation

/// Stream 2's normals as a sample: moments and the Kolmogorov–Smirnov distance to Φ at
/// 10⁷ draws, and no correlation between lanes, between blocks or from one round to the
/// next. Tolerances are 5 standard errors of the statistic (a false failure about once
/// in 10⁶ runs, and the stream is fixed, so a pass is a pass for good).
@Suite struct Stream2StatisticsTests {
    static let count = 10_000_000

    static func normals(count: Int, seed: UInt64 = 77, block: UInt64 = 0) -> [Double] {
        var lanes = LaneStream(seed: seed, block: block)
        var values = [Double](repeating: 0, count: count)
        values.withUnsafeMutableBufferPointer { lanes.fill($0.baseAddress!, count: count, kernels: .selected) }
        return values
    }

    /// Mean 0, variance 1, skewness 0 and excess kurtosis 0, each within 5 standard errors
    /// (√(1/n), √(2/n), √(6/n), √(24/n) for a normal sample of n).
    @Test func momentsAtTenMillion() {
        let z = Self.normals(count: Self.count)
        let n = Double(z.count)
        var s1 = 0.0, s2 = 0.0, s3 = 0.0, s4 = 0.0
        for v in z {
            let v2 = v * v
            s1 += v
            s2 += v2
            s3 += v2 * v
            s4 += v2 * v2
        }
        let mean = s1 / n, variance = s2 / n - mean * mean
        #expect(abs(mean) <= 5 * (1 / n).squareRoot(), "mean \(mean)")
        #expect(abs(variance - 1) <= 5 * (2 / n).squareRoot(), "variance \(variance)")
        #expect(abs(s3 / n) <= 5 * (6 / n).squareRoot(), "skewness \(s3 / n)")
        #expect(abs(s4 / n - 3) <= 5 * (24 / n).squareRoot(), "excess kurtosis \(s4 / n - 3)")
    }

    /// The KS distance D between the 10⁷ draws and Φ, from the counts of Φ(z) in 2²⁰ equal
    /// bins of [0, 1]: the largest gap at a bin edge is at most D, and D at most that plus the
    /// fullest bin's share (≈ 10⁻⁶ here). Bound: √n·D < 1.95, the 0.1 % point of Kolmogorov's
    /// distribution (so the bound is ≈ 6.2e-4 against a resolution of ≈ 2e-6).
    @Test func kolmogorovSmirnovAtTenMillion() {
        let z = Self.normals(count: Self.count, seed: 78)
        let bins = 1 << 20
        var counts = [Int](repeating: 0, count: bins)
        for v in z {
            let u = 0.5 * erfc(-v / 2.0.squareRoot())
            counts[min(Int(u * Double(bins)), bins - 1)] += 1
        }
        let n = Double(z.count)
        var cumulative = 0, gap = 0.0
        for (b, c) in counts.enumerated() {
            cumulative += c
            gap = max(gap, abs(Double(cumulative) / n - Double(b + 1) / Double(bins)))
        }
        let distance = gap + Double(counts.max()!) / n
        #expect(n.squareRoot() * distance < 1.95, "KS distance at most \(distance)")
    }

    /// Pearson correlation of two equally long series.
    static func correlation(_ x: [Double], _ y: [Double]) -> Double {
        let n = Double(x.count)
        let mx = x.reduce(0, +) / n, my = y.reduce(0, +) / n
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for (a, b) in zip(x, y) {
            sxy += (a - mx) * (b - my)
            sxx += (a - mx) * (a - mx)
            syy += (b - my) * (b - my)
        }
        return sxy / (sxx * syy).squareRoot()
    }

    /// Each lane against the next, each lane against its own next round, and block 0
    /// against block 1 (same lanes): |r| within 5/√m for series of m = 10⁶ independent draws.
    @Test func lanesAndBlocksAreUncorrelated() {
        let m = 1_000_000, bound = 5 / Double(m).squareRoot()
        let z = Self.normals(count: 8 * m, seed: 79)
        let lanes = (0..<8).map { l in (0..<m).map { z[8 * $0 + l] } }
        for l in 0..<8 {
            let r = Self.correlation(lanes[l], lanes[(l + 1) % 8])
            #expect(abs(r) <= bound, "lanes \(l), \((l + 1) % 8): r = \(r)")
            let lag = Self.correlation(Array(lanes[l].dropLast()), Array(lanes[l].dropFirst()))
            #expect(abs(lag) <= bound, "lane \(l), lag 1: r = \(lag)")
        }
        let other = Self.normals(count: m, seed: 79, block: 1)
        let r = Self.correlation(Array(z[0..<m]), other)
        #expect(abs(r) <= bound, "blocks 0 and 1: r = \(r)")
    }
}
