import Foundation
import LinearAlgebra
import PlanData
import Testing

@testable import Forecasting
@testable import Simulation

/// Model averages run as mixtures: each path follows one component.
@Suite struct MixtureTests {
    static func process(_ g: Double, _ mixture: Range<Double>) -> UnivariateProcess {
        var p = UnivariateProcess(
            indicator: "x", rule: .constant, mean: [g], cholesky: Matrix(rows: 1, columns: 1, columnMajor: [0]),
            shockSD: 0, anchorYear: 2020, anchorValue: 100)
        p.mixture = mixture
        return p
    }

    /// Components of weight 0.3 (no growth) and 0.7 (10 %/yr), no shocks: a 2025 target of
    /// 120 is met on exactly the second component's paths, so P is 0.7 within 4 binomial
    /// SEs of 20,000 paths (4·√(0.21/20000) = 0.013); the deterministic path blends the
    /// components' growth at their weights (e^{0.07·5}·100, to 1e-12).
    @Test func pathsFollowOneComponent() {
        let model = SimulationModel(
            indicators: ["x"], units: ["u"], univariate: [Self.process(0, 0..<0.3), Self.process(0.1, 0.3..<1)],
            linked: nil, shockCorrelation: .identity(1),
            targets: [
                PlanTarget(indicator: "x", baseYear: 2020, base: 100, targetYear: 2025, target: 120, kind: .level)
            ],
            actuals: ["x": [2020: 100]], firstYear: 2021, horizon: 2030, usesReconstructedHistory: false)
        let result = MonteCarlo.run(model, options: RunOptions(paths: 20_000, seed: 3, threads: 2))
        #expect(abs(result.targets[0].probability - 0.7) < 0.013)
        let y2025 = result.indicators[0].year(2025)!
        #expect(abs(y2025.deterministic - 100 * exp(0.35)) <= 1e-12 * y2025.deterministic)
        #expect(abs(y2025.p10 - 100) < 1e-9 && abs(y2025.p90 - 100 * exp(0.5)) < 1e-6 * y2025.p90)
    }

    /// Student-t shocks with ν degrees of freedom: the simulated one-year log change has
    /// variance σ²·ν/(ν−2) (here ν = 8: 4/3 σ²); within 3 % (Monte Carlo SE of a variance
    /// ratio at 40,000 paths with t₈'s kurtosis is under 1 %; the χ² draws are exact).
    @Test func studentTShocksHaveTheirVariance() {
        var p = UnivariateProcess(
            indicator: "x", rule: .constant, mean: [0], cholesky: Matrix(rows: 1, columns: 1, columnMajor: [0]),
            shockSD: 0.1, anchorYear: 2020, anchorValue: 1)
        p.shockDegreesOfFreedom = 8
        let model = SimulationModel(
            indicators: ["x"], units: ["u"], univariate: [p], linked: nil, shockCorrelation: .identity(1),
            targets: [], actuals: ["x": [2020: 1]], firstYear: 2021, horizon: 2021, usesReconstructedHistory: false)
        let result = MonteCarlo.run(model, options: RunOptions(paths: 40_000, seed: 11, threads: 2))
        let y = result.indicators[0].year(2021)!
        // E[e^X] for X with variance v and symmetric law ≈ e^{v/2}(1 + κ v²/8…); compare the
        // central quantiles instead: P75 − P25 of t₈·σ is 2·0.7064·σ.
        let iqr = log(y.p75) - log(y.p25)
        #expect(abs(iqr - 2 * 0.7064 * 0.1) < 0.02 * 2 * 0.7064 * 0.1, "IQR \(iqr)")
    }
}

/// Forecasts made from the base year, tracked against actuals.
@Suite struct ForecastTrackingTests {
    /// The log-linear trend projects from the last actual with its growth only (the
    /// defect: its fitted level, 2.63, was simulated as a yearly growth of 263 %).
    @Test func logLinearProjectsItsGrowth() {
        let model = FittedModel(
            family: .logLinear, indicator: "x",
            parameters: [
                ParameterEstimate(name: "level", estimate: 2.63, standardError: 0.1, prior: nil, priorWeight: 0),
                ParameterEstimate(name: "growth", estimate: 0.05, standardError: 0.01, prior: nil, priorWeight: 0),
            ],
            covariance: Matrix(rows: 2, columns: 2, columnMajor: [0.01, 0, 0, 0.0001]), residualSD: 0.05,
            residualSDFromPrior: false, aicc: nil, looRMSE: nil, observations: 6, reconstructed: false,
            warnings: [], grades: nil, rule: .constant, anchorYear: 2023, anchorValue: 10)
        let (mean, covariance) = SimulationModel.projectionParameters(model)
        #expect(mean == [0.05])
        #expect(covariance[0, 0] == 0.0001)
    }

    /// Actuals after 2020 are compared with the 2020-origin forecast: the dataset at the
    /// origin drops them, and an actual above P95 is flagged as a miss.
    @Test func actualsOutsideTheBandAreMisses() {
        var plan = HaibinPlan.dataset()
        var series = plan.series("retail_sales")
        series.set(SeriesPoint(year: 2021, value: 11.0, origin: .user))
        series.set(SeriesPoint(year: 2022, value: 40.0, origin: .user))
        plan.series["retail_sales"] = series
        let atOrigin = ForecastTracking.datasetAtOrigin(plan, origin: 2020)
        #expect(atOrigin.series("retail_sales").points.map(\.year) == [2020])
        let result = MonteCarlo.run(
            SimulationModel.baseline(atOrigin).0, options: RunOptions(paths: 2_000, seed: 1, threads: 2))
        let tracking = ForecastTracking.track(result, against: plan, origin: 2020)
        #expect(tracking.rows.map(\.year) == [2021, 2022])
        #expect(!tracking.rows[0].outside80)
        #expect(tracking.rows[1].outside90)
        #expect(tracking.coverage80 == 0.5)
    }
}
