import Forecasting
import Foundation
import LinearAlgebra
import PlanData
import Testing

@testable import Simulation

/// Engine correctness on models with known answers.
@Suite struct EngineTests {
    /// A one-indicator model: constant log growth `g`, optional parameter and shock
    /// uncertainty, a level target.
    static func constantGrowth(g: Double, shock: Double, parameterSD: Double = 0, target: Double = 150)
        -> SimulationModel
    {
        let process = UnivariateProcess(
            indicator: "x", rule: .constant, mean: [g],
            cholesky: Matrix(rows: 1, columns: 1, columnMajor: [parameterSD]),
            shockSD: shock, anchorYear: 2020, anchorValue: 100)
        return SimulationModel(
            indicators: ["x"], units: ["u"], univariate: [process], linked: nil,
            shockCorrelation: .identity(1),
            targets: [
                PlanTarget(indicator: "x", baseYear: 2020, base: 100, targetYear: 2025, target: target, kind: .level)
            ],
            actuals: ["x": [2020: 100]], firstYear: 2021, horizon: 2035, usesReconstructedHistory: false)
    }

    /// Without uncertainty every path is the closed form 100·e^{g·(t−2020)}, to 1e-12
    /// relative (15 additions of g in double, then one exp).
    @Test func constantGrowthEqualsClosedForm() {
        let result = MonteCarlo.run(
            Self.constantGrowth(g: 0.05, shock: 0), options: RunOptions(paths: 1000, seed: 1, threads: 2))
        for y in result.indicators[0].years {
            let exact = 100 * exp(0.05 * Double(y.year - 2020))
            for value in [y.truncatedMean, y.p5, y.p50, y.p95, y.deterministic] {
                #expect(abs(value - exact) <= 1e-12 * exact, "\(y.year): \(value) vs \(exact)")
            }
        }
        #expect(result.targets[0].probability == 0)  // 100·e^{0.25} = 128.4 < 150 on every path
    }

    /// iid N(0, σ²) log-growth shocks: the level in year t is lognormal with log-mean
    /// log 100 + g·t and log-sd σ√t. Each reported quantile must lie within three Monte
    /// Carlo standard errors of the analytic one (SE of the q-quantile of the log:
    /// √(q(1−q)/n)/φ(z_q)·σ√t), plus the histogram's bin width.
    @Test func lognormalQuantiles() {
        let g = 0.03, sigma = 0.1, n = 200_000
        let result = MonteCarlo.run(
            Self.constantGrowth(g: g, shock: sigma), options: RunOptions(paths: n, seed: 99, threads: 2))
        for y in result.indicators[0].years where [2021, 2025, 2035].contains(y.year) {
            let t = Double(y.year - 2020), s = sigma * t.squareRoot(), mu = log(100) + g * t
            for (q, z, value) in [
                (0.05, -1.6448536269514722, y.p5), (0.25, -0.6744897501960817, y.p25), (0.5, 0.0, y.p50),
                (0.75, 0.6744897501960817, y.p75), (0.95, 1.6448536269514722, y.p95),
            ] {
                let density = exp(-z * z / 2) / (2 * Double.pi).squareRoot()
                let se = (q * (1 - q) / Double(n)).squareRoot() / density * s
                #expect(
                    abs(log(value) - (mu + z * s)) <= 3 * se + 1e-3 * s,
                    "\(y.year) q\(q): \(log(value)) vs \(mu + z * s)")
            }
            // The P1–P99 truncated mean: e^{μ+s²/2}·(Φ(z₉₉ − s) − Φ(z₀₁ − s))/0.98. Its Monte
            // Carlo SE is below the whole lognormal's SD/√n (three of them), plus the quantiles'
            // one bin in log level (1e-3·s relative).
            let phi = { (x: Double) in 0.5 * erfc(-x / 2.0.squareRoot()) }, z99 = 2.3263478740408408
            let exact = exp(mu + s * s / 2) * (phi(z99 - s) - phi(-z99 - s)) / 0.98
            let meanSE = exp(mu + s * s / 2) * (exp(s * s) - 1).squareRoot() / Double(n).squareRoot()
            #expect(
                abs(y.truncatedMean - exact) <= 3 * meanSE + 1e-3 * s * exact,
                "\(y.year): \(y.truncatedMean) vs \(exact)")
        }
        // P(level_2025 ≥ 120) = 1 − Φ((log 120 − μ)/s).
        let t = 5.0, s = sigma * t.squareRoot(), mu = log(100) + g * t
        let p = 0.5 * erfc((log(120) - mu) / s / 2.0.squareRoot())
        let r = MonteCarlo.run(
            Self.constantGrowth(g: g, shock: sigma, target: 120), options: RunOptions(paths: n, seed: 5, threads: 2))
        #expect(abs(r.targets[0].probability - p) <= 3 * (p * (1 - p) / Double(n)).squareRoot())
    }

    @Test func oneAndTwoThreadsAreBitIdentical() {
        let model = SimulationModel.baseline(HaibinPlan.dataset()).0
        let a = MonteCarlo.run(model, options: RunOptions(paths: 5_000, seed: 11, threads: 1))
        let b = MonteCarlo.run(model, options: RunOptions(paths: 5_000, seed: 11, threads: 2))
        let c = MonteCarlo.run(model, options: RunOptions(paths: 5_000, seed: 11, threads: 3))
        for (x, (y, z)) in zip(a.indicators, zip(b.indicators, c.indicators)) {
            #expect(x.years == y.years && y.years == z.years, "\(x.indicator)")
        }
        #expect(a.targets.map(\.probability) == b.targets.map(\.probability))
        #expect(a.targets.map(\.median) == c.targets.map(\.median))
        let d = MonteCarlo.run(model, options: RunOptions(paths: 5_000, seed: 12, threads: 2))
        #expect(a.indicators[0].years != d.indicators[0].years)
    }

    @Test func quantilesAreMonotoneAndProbabilitiesBounded() {
        let result = MonteCarlo.run(
            SimulationModel.baseline(HaibinPlan.dataset()).0, options: RunOptions(paths: 4_000, seed: 3, threads: 2))
        for indicator in result.indicators {
            for y in indicator.years {
                let q = [y.p5, y.p10, y.p25, y.p50, y.p75, y.p90, y.p95]
                #expect(zip(q, q.dropFirst()).allSatisfy { $0 <= $1 }, "\(indicator.indicator) \(y.year): \(q)")
                #expect(q.allSatisfy { $0.isFinite && $0 > 0 })
            }
        }
        for t in result.targets {
            #expect((0...1).contains(t.probability))
            #expect(t.p10 <= t.median && t.median <= t.p90)
        }
    }

    /// The investment sum target in the baseline is centred on the plan: its
    /// deterministic sum equals 50 to 1e-9, and the inversion for P = 50 % lands near the
    /// plan's own rate (28.16 %), within Monte Carlo noise of 2,000 paths.
    @Test func investmentProgrammeMeetsItsSumDeterministically() throws {
        let model = SimulationModel.baseline(HaibinPlan.dataset()).0
        let result = MonteCarlo.run(model, options: RunOptions(paths: 1, seed: 1, threads: 1))
        let investment = try #require(result.indicators.first { $0.indicator == "fixed_investment" })
        let sum = (2021...2025).reduce(0.0) { $0 + investment.year($1)!.deterministic }
        #expect(abs(sum - 50) <= 1e-9 * 50)
        let inversion = TargetInversion.solve(
            model, target: "fixed_investment", level: 0.5, paths: 2_000, seed: 4, threads: 2)
        let value = try #require(inversion.value)
        #expect(abs(value - 0.2816) < 0.03)
        #expect(abs(inversion.achieved - 0.5) < 0.05)
    }
}
