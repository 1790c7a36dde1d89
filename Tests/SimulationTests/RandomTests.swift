import Foundation
import Testing

@testable import Simulation

/// The generator's contract: reproducible streams, and normals that pass moment and
/// Kolmogorov–Smirnov checks.
@Suite struct RandomTests {
    @Test func sameSeedAndBlockGiveTheSameStream() {
        var a = Xoshiro256(seed: 42, block: 7), b = Xoshiro256(seed: 42, block: 7), c = Xoshiro256(seed: 42, block: 8)
        let x = (0..<8).map { _ in a.next() }
        #expect(x == (0..<8).map { _ in b.next() })
        #expect(x != (0..<8).map { _ in c.next() })
    }

    /// 400,000 normals: mean within 4 SE (SE = 1/√n = 0.0016), variance within 4 SE
    /// (SE of the sample variance ≈ √(2/n) = 0.0022), skewness and excess kurtosis within
    /// 4 SE (√(6/n), √(24/n)).
    @Test func momentsOfNormals() {
        var g = NormalGenerator(Xoshiro256(seed: 2021))
        let n = 400_000
        var s1 = 0.0, s2 = 0.0, s3 = 0.0, s4 = 0.0
        for _ in 0..<n {
            let x = g.next()
            s1 += x
            s2 += x * x
            s3 += x * x * x
            s4 += x * x * x * x
        }
        let N = Double(n)
        let mean = s1 / N, variance = s2 / N - mean * mean
        #expect(abs(mean) < 4 / N.squareRoot())
        #expect(abs(variance - 1) < 4 * (2 / N).squareRoot())
        #expect(abs(s3 / N) < 4 * (6 / N).squareRoot())
        #expect(abs(s4 / N - 3) < 4 * (24 / N).squareRoot())
    }

    /// Kolmogorov–Smirnov on 100,000 normals: D below the 0.1 % critical value
    /// 1.95/√n, and the tails beyond the ziggurat's base (|x| > 3.44) in their expected
    /// share (2·Φ(−3.4426) = 5.76e-4) within 4 SE.
    @Test func kolmogorovSmirnov() {
        var g = NormalGenerator(Xoshiro256(seed: 7))
        let n = 100_000
        let x = (0..<n).map { _ in g.next() }.sorted()
        var d = 0.0
        for (i, v) in x.enumerated() {
            let f = 0.5 * erfc(-v / 2.0.squareRoot())
            d = max(d, abs(f - Double(i) / Double(n)), abs(f - Double(i + 1) / Double(n)))
        }
        #expect(d < 1.95 / Double(n).squareRoot(), "D = \(d)")
        let tail = Double(x.filter { abs($0) > 3.442619855899 }.count) / Double(n)
        let expected = erfc(3.442619855899 / 2.0.squareRoot())
        #expect(abs(tail - expected) < 4 * (expected / Double(n)).squareRoot())
    }

    /// The polynomial exp against libm: within 2 ulp over the range the engine uses.
    @Test func vectorExpMatchesLibm() {
        var worst = 0.0
        for i in 0...20_000 {
            let x = -40 + 80 * Double(i) / 20_000
            let ours = VectorExp.exp(x), reference = Foundation.exp(x)
            worst = max(worst, abs(ours - reference) / reference.ulp)
        }
        #expect(worst <= 2, "worst error \(worst) ulp")
    }
}

/// The fixed-point accumulator behind every reported mean: adding in any order gives
/// the same bits, and the value matches a double-double reference to 1e-15.
@Suite struct ExactSumTests {
    @Test func orderDoesNotMatter() {
        var g = Xoshiro256(seed: 3)
        let values = (0..<10_000).map { _ in g.uniform() * 1e6 }
        let scale = 0x1p30
        var forward = ExactSum(), backward = ExactSum(), split = ExactSum(), part = ExactSum()
        for v in values { forward.add(v, scale: scale) }
        for v in values.reversed() { backward.add(v, scale: scale) }
        for v in values.prefix(5_000) { split.add(v, scale: scale) }
        for v in values.dropFirst(5_000) { part.add(v, scale: scale) }
        split.add(part)
        #expect(forward == backward && forward == split)
        let reference = values.reduce(0.0, +)
        #expect(abs(forward.value(scale: scale) - reference) <= 1e-12 * reference)
    }

    @Test func carriesIntoTheHighWord() {
        var s = ExactSum()
        for _ in 0..<8 { s.add(0x1p61, scale: 1) }
        #expect(s.high == 1 && s.low == 0)
        #expect(s.value(scale: 1) == 0x1p64)
    }
}
