import Forecasting
import Foundation
import PlanData
import Testing

@testable import Simulation

/// The linked core is causal: nothing assumed about years after T changes any result
/// for years ≤ T. Bit-for-bit: the same seed gives the same draws, so equality is exact.
@Suite struct CausalityTests {
    static func summaries(_ result: MonteCarloResult, through year: Int) -> [[YearSummary]] {
        result.indicators.map { $0.years.filter { $0.year <= year } }
    }

    /// Two scenarios that differ only after 2025 — post-2025 investment growth 20 % vs
    /// −5 % (the defect: 2022 output moved from 29.39 to 29.92), and a path for retail
    /// sales over 2026–2035 — give identical 2021–2025 quantiles and 2025 target odds.
    @Test func assumptionsAfter2025LeaveEarlierYearsUnchanged() throws {
        let plan = HaibinPlan.dataset()
        var fastSpec = ScenarioSpec(name: "fast")
        fastSpec.priors = ["linked": ["investment_growth_long_run": Prior(mean: log1p(0.20), sd: 0.02)]]
        let fast = try SimulationModel.build(plan, scenario: fastSpec).0
        var slowSpec = ScenarioSpec(name: "slow")
        slowSpec.priors = ["linked": ["investment_growth_long_run": Prior(mean: log1p(-0.05), sd: 0.02)]]
        slowSpec.adjustments = ["retail_sales": [.growth(years: 2026...2035, rate: .constant(-0.10))]]
        let slow = try SimulationModel.build(plan, scenario: slowSpec).0
        let options = RunOptions(paths: 4_000, seed: 7, threads: 2)
        let a = MonteCarlo.run(fast, options: options), b = MonteCarlo.run(slow, options: options)
        #expect(Self.summaries(a, through: 2025) == Self.summaries(b, through: 2025))
        #expect(a.targets.map(\.probability) == b.targets.map(\.probability))
        // …while 2035 does differ: the assumptions are not ignored.
        #expect(a.indicators[0].years.last!.p50 != b.indicators[0].years.last!.p50)
    }

    /// K₀ = κ·Y₂₀₂₀ on the deterministic path: with every parameter at its mean and no
    /// shocks, 2021 output is Y₂₀₂₀·e^{g_TFP}·(K₂₀₂₁/K₀)^α with K₂₀₂₁ = (1−δ)K₀ + I₂₀₂₁,
    /// to 1e-12 relative (a handful of roundings).
    @Test func startingCapitalIsRatioTimesOutput() throws {
        let plan = HaibinPlan.dataset()
        let model = try SimulationModel.build(plan, scenario: ScenarioSpec(name: "baseline")).0
        let result = MonteCarlo.run(model, options: RunOptions(paths: 256, seed: 1, threads: 1))
        let core = try #require(model.linked)
        let m = { (name: String) in core.mean[LinkedCoreFit.index(of: name)] }
        let k0 = m("capital_output_ratio") * 30.02
        let i2021 = 4.47 * exp(m("investment_growth_plan"))
        let k1 = (1 - m("depreciation")) * k0 + i2021
        let expected = 30.02 * exp(m("tfp_growth_now")) * pow(k1 / k0, m("capital_elasticity"))
        let output = try #require(result.indicators.first { $0.indicator == "industrial_output" }?.year(2021))
        #expect(abs(output.deterministic - expected) <= 1e-12 * expected, "\(output.deterministic) vs \(expected)")
    }

    /// The defect: two 2016–19 investment paths that meet the same printed sum (flat
    /// 22.49 a year; lumpy 8/10/12/59.96) moved P(output) from 1.95 % to 3.08 % / 4.75 %.
    /// A reconstruction's shape is not evidence: the simulated results are identical.
    @Test func reconstructedPathShapeDoesNotMatter() throws {
        let plan = HaibinPlan.dataset()
        func with(_ values: [Double]) -> Dataset {
            var d = plan
            var series = d.series("fixed_investment")
            for (year, value) in zip(2016...2019, values) {
                series.set(SeriesPoint(year: year, value: value, origin: .reconstructed))
            }
            d.series["fixed_investment"] = series
            return d
        }
        let options = RunOptions(paths: 4_000, seed: 5, threads: 2)
        let runs = [[22.49, 22.49, 22.49, 22.49], [8, 10, 12, 59.96]].map { values in
            MonteCarlo.run(SimulationModel.baseline(with(values)).0, options: options)
        }
        let reference = MonteCarlo.run(SimulationModel.baseline(plan).0, options: options)
        for run in runs {
            #expect(Self.summaries(run, through: 2035) == Self.summaries(reference, through: 2035))
            #expect(run.targets.map(\.probability) == reference.targets.map(\.probability))
        }
    }
}
