import Foundation
import Simulation
import Testing

@testable import Sensitivity

@Suite struct SamplingTests {
    /// Row 13 of `scipy.stats.qmc.Sobol(d=10, scramble=False).random(16)` (scipy 1.17.1),
    /// exact: the points are dyadic rationals.
    @Test func sobolMatchesScipy() {
        let points = SobolSequence(dimensions: 10).points(16)
        #expect(points[13] == [0.8125, 0.6875, 0.8125, 0.0625, 0.4375, 0.9375, 0.5625, 0.5625, 0.5625, 0.4375])
        #expect(points[2] == [0.75, 0.25, 0.25, 0.25, 0.75, 0.75, 0.25, 0.75, 0.75, 0.75])
    }

    /// Each 1-D projection of the first 2^m points is a permutation of {i/2^m}: the
    /// defining balance of a Sobol' sequence, in all 21 dimensions.
    @Test func sobolIsBalancedInEveryDimension() {
        let points = SobolSequence(dimensions: 21).points(1024)
        for j in 0..<21 { #expect(Set(points.map { Int($0[j] * 1024) }).count == 1024, "dimension \(j + 1)") }
    }

    @Test func saltelliLayoutIsSALibs() {
        let inputs = (0..<3).map { SweepInput(name: "x\($0)", distribution: .uniform(lower: 0, upper: 1)) }
        let rows = Designs.saltelli(inputs, n: 4, secondOrder: true)
        #expect(rows.count == 4 * (2 * 3 + 2))
        let a = rows[0], ab0 = rows[1], ba0 = rows[4], b = rows[7]
        #expect(ab0[0] == b[0] && ab0[1] == a[1] && ab0[2] == a[2])
        #expect(ba0[0] == a[0] && ba0[1] == b[1] && ba0[2] == b[2])
    }

    @Test func latinHypercubeHasOneSamplePerStratum() {
        let inputs = [
            SweepInput(name: "a", distribution: .uniform(lower: 0, upper: 1)),
            SweepInput(name: "b", distribution: .uniform(lower: 0, upper: 1)),
        ]
        let rows = Designs.latinHypercube(inputs, n: 50, seed: 3)
        for j in 0..<2 { #expect(Set(rows.map { Int($0[j] * 50) }).count == 50) }
        #expect(rows == Designs.latinHypercube(inputs, n: 50, seed: 3))
    }
}

@Suite struct IndexTests {
    static func saltelliOutputs(_ inputs: [SweepInput], n: Int, secondOrder: Bool = false, _ f: ([Double]) -> Double)
        -> [Double]
    {
        Designs.saltelli(inputs, n: n, secondOrder: secondOrder).map(f)
    }

    /// Ishigami (a = 7, b = 0.1) on [−π, π]³: S₁ = (0.3139, 0.4424, 0), Sₜ = (0.5576,
    /// 0.4424, 0.2437) analytically. At N = 8192 Sobol' points the estimators' errors are
    /// below 0.01; the tolerance 0.02 leaves room for the estimators' bias at this N.
    @Test func ishigami() {
        let inputs = (0..<3).map {
            SweepInput(name: "x\($0 + 1)", distribution: .uniform(lower: -Double.pi, upper: Double.pi))
        }
        let y = Self.saltelliOutputs(inputs, n: 8192, secondOrder: true) { x in
            sin(x[0]) + 7 * pow(sin(x[1]), 2) + 0.1 * pow(x[2], 4) * sin(x[0])
        }
        let r = SobolAnalysis.analyze(y, names: inputs.map(\.name), secondOrder: true)
        let s1 = [0.3139, 0.4424, 0.0], st = [0.5576, 0.4424, 0.2437]
        for j in 0..<3 {
            #expect(abs(r.indices[j].s1 - s1[j]) < 0.02, "S1[\(j)] = \(r.indices[j].s1)")
            #expect(abs(r.indices[j].st - st[j]) < 0.02, "ST[\(j)] = \(r.indices[j].st)")
            #expect(r.indices[j].s1Conf > 0 && r.indices[j].s1Conf < 0.1)
        }
        #expect(abs(r.s2[0][2] - 0.2437) < 0.03)  // the x1–x3 interaction: S13 = ST3 analytically
        #expect(abs(r.s2[0][1]) < 0.03)
    }

    /// Sobol' G function, a = (0, 1, 4.5, 9, 99, 99): Vᵢ = 1/(3(1+aᵢ)²), S₁ᵢ = Vᵢ/V with
    /// V = Π(1+Vᵢ) − 1.
    @Test func sobolG() {
        let a = [0.0, 1, 4.5, 9, 99, 99]
        let inputs = a.indices.map { SweepInput(name: "x\($0)", distribution: .uniform(lower: 0, upper: 1)) }
        let y = Self.saltelliOutputs(inputs, n: 8192) { x in
            zip(x, a).reduce(1.0) { $0 * (abs(4 * $1.0 - 2) + $1.1) / (1 + $1.1) }
        }
        let r = SobolAnalysis.analyze(y, names: inputs.map(\.name), secondOrder: false)
        let v = a.map { 1 / (3 * pow(1 + $0, 2)) }
        let total = v.reduce(1.0) { $0 * (1 + $1) } - 1
        for j in a.indices {
            #expect(abs(r.indices[j].s1 - v[j] / total) < 0.02, "S1[\(j)] = \(r.indices[j].s1) vs \(v[j] / total)")
        }
    }

    /// On a linear function the elementary effects are the coefficients exactly.
    @Test func morrisOnALinearFunction() {
        let inputs = (0..<4).map { SweepInput(name: "x\($0)", distribution: .uniform(lower: 0, upper: 1)) }
        let (rows, unit) = Designs.morris(inputs, trajectories: 10, seed: 5)
        let c = [3.0, -2, 0.5, 0]
        let y = rows.map { zip($0, c).reduce(0) { $0 + $1.0 * $1.1 } }
        let effects = MorrisAnalysis.analyze(y, unit: unit, names: inputs.map(\.name))
        for j in 0..<4 {
            #expect(abs(effects[j].mu - c[j]) < 1e-9 && abs(effects[j].muStar - abs(c[j])) < 1e-9)
            #expect(effects[j].sigma < 1e-9)
        }
    }
}
