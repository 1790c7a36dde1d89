import Testing
import Foundation
import LinearAlgebra
import Forecasting
import PlanData
@testable import Simulation

/// Model averages run as mixtures: each path follows one component.
@Suite struct MixtureTests {
    static func process(_ g: Double, _ mixture: Range<Double>) -> UnivariateProcess {
        var p = UnivariateProcess(indicator: "x", rule: .constant, mean: [g], cholesky: Matrix(rows: 1, columns: 1, columnMajor: [0]),
                                  shockSD: 0, anchorYear: 2020, anchorValue: 100)
        p.mixture = mixture
        return p
    }

    /// Components of weight 0.3 (no growth) and 0.7 (10 %/yr), no shocks: a 2025 target of
    /// 120 is met on exactly the second component's paths, so P is 0.7 within 4 binomial
    /// SEs of 20,000 paths (4·√(0.21/20000) = 0.013); the deterministic path blends the
    /// components' growth at their weights (e^{0.07·5}·100, to 1e-12).
    @Test func pathsFollowOneComponent() {
        let model = SimulationModel(indicators: ["x"], units: ["u"], univariate: [Self.process(0, 0..<0.3), Self.process(0.1, 0.3..<1)],
                                    linked: nil, shockCorrelation: .identity(1),
                                    targets: [PlanTarget(indicator: "x", baseYear: 2020, base: 100, targetYear: 2025, target: 120, kind: .level)],
                                    actuals: ["x": [2020: 100]], firstYear: 2021, horizon: 2030, usesReconstructedHistory: false)
        let result = MonteCarlo.run(model, options: RunOptions(paths: 20_000, seed: 3, threads: 2))
        #expect(abs(result.targets[0].probability - 0.7) < 0.013)
        let y2025 = result.indicators[0].year(2025)!
        #expect(abs(y2025.deterministic - 100 * exp(0.35)) <= 1e-12 * y2025.deterministic)
        #expect(abs(y2025.p10 - 100) < 1e-9 && abs(y2025.p90 - 100 * exp(0.5)) < 1e-6 * y2025.p90)
    }

    /// Student-t shocks with ν degrees of freedom: the simulated one-year log change has
    /// variance σ²·ν/(ν−2) (here ν = 8: 4/3 σ²); within 3 % (Monte Carlo SE of a variance
    /// ratio at 40,000 paths with t₈'s kurtosis is under 1 %, Wilson–Hilferty adds ~1 %).
    @Test func studentTShocksHaveTheirVariance() {
        var p = UnivariateProcess(indicator: "x", rule: .constant, mean: [0], cholesky: Matrix(rows: 1, columns: 1, columnMajor: [0]),
                                  shockSD: 0.1, anchorYear: 2020, anchorValue: 1)
        p.shockDegreesOfFreedom = 8
        let model = SimulationModel(indicators: ["x"], units: ["u"], univariate: [p], linked: nil, shockCorrelation: .identity(1),
                                    targets: [], actuals: ["x": [2020: 1]], firstYear: 2021, horizon: 2021, usesReconstructedHistory: false)
        let result = MonteCarlo.run(model, options: RunOptions(paths: 40_000, seed: 11, threads: 2))
        let y = result.indicators[0].year(2021)!
        // E[e^X] for X with variance v and symmetric law ≈ e^{v/2}(1 + κ v²/8…); compare the
        // central quantiles instead: P75 − P25 of t₈·σ is 2·0.7064·σ.
        let iqr = log(y.p75) - log(y.p25)
        #expect(abs(iqr - 2 * 0.7064 * 0.1) < 0.03 * 2 * 0.7064 * 0.1, "IQR \(iqr)")
    }
}
