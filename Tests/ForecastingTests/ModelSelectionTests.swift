import Testing
import Foundation
@testable import PlanData
@testable import Forecasting

@Suite struct ModelSelectionTests {
    @Test func onePointIndicatorsGetThePriorOnlyDampedModel() {
        let plan = HaibinPlan.dataset()
        let fit = ModelSelection.fit(plan.indicator("retail_sales")!, in: plan)
        #expect(fit.chosen.family == .damped)
        #expect(fit.failures.map(\.family).contains(.logLinear))
    }

    @Test func reconstructedIndicatorsAreFlagged() {
        let plan = HaibinPlan.dataset()
        let fit = ModelSelection.fit(plan.indicator("industrial_output")!, in: plan)
        #expect(fit.chosen.reconstructed)
        #expect(fit.chosen.residualSDFromPrior)
        #expect(fit.failures.contains { $0.family == .ar1 })
    }

    @Test func scenarioCanFixTheFamily() {
        let plan = HaibinPlan.dataset()
        let fit = ModelSelection.fit(plan.indicator("industrial_output")!, in: plan, fixed: .logLinear)
        #expect(fit.chosen.family == .logLinear && fit.chosenBy == "fixed by scenario")
    }

    /// Reconstructed points share the weight of the one sum behind them (4 × 0.25).
    @Test func reconstructedPointsCountAsTheirSum() {
        let plan = HaibinPlan.dataset()
        let h = FitHistory(indicator: plan.indicator("industrial_output")!, series: plan.series("industrial_output"), sums: 1)
        #expect(h.weights == [0.25, 0.25, 0.25, 0.25, 1])
        #expect(h.effectiveCount == 2)
    }

    /// With the reconstructed history only, TFP growth is its prior (a reconstruction's
    /// shape is not evidence), K₀ rests on the stated capital–output ratio, investment
    /// follows the plan: the grades say so.
    @Test func linkedCoreShowsPriorWeights() {
        let core = LinkedCore.fit(HaibinPlan.dataset())
        #expect(core.parameters.count == LinkedCoreFit.parameterNames.count)
        let tfp = core.parameters[2]
        #expect(tfp.priorWeight == 1)
        #expect(core.parameters[LinkedCoreFit.index(of: "capital_output_ratio")].estimate == BaselineAssumptions.capitalOutputRatio.mean)
        #expect(abs(core.parameters[5].estimate - log1p(0.28164)) < 1e-4)
        #expect(core.reconstructed)
        #expect(core.evidence.investment == .plan && core.evidence.output == .prior)
    }

    /// Measured consecutive years of output and investment do inform TFP growth, by
    /// precision: three years of 5 % shocks (SE 0.05/√3) against the prior's SD 0.02 give
    /// the prior weight 2500 / (2500 + 1200) — still mostly prior, and graded so.
    @Test func measuredYearsInformTFP() throws {
        var plan = HaibinPlan.dataset()
        let points: [(String, Int, Double)] = [
            ("industrial_output", 2021, 32.0), ("industrial_output", 2022, 34.0), ("industrial_output", 2023, 36.0),
            ("fixed_investment", 2021, 6.0), ("fixed_investment", 2022, 7.0), ("fixed_investment", 2023, 8.0)]
        plan = plan.applying(UserData(file: "test.csv", sha256: "", points: points.enumerated().map {
            UserDataPoint(indicator: $1.0, year: $1.1, value: $1.2, note: nil, line: $0 + 2)
        }))
        let core = LinkedCore.fit(plan)
        let tfp = core.parameters[2]
        #expect(abs(tfp.priorWeight - 2500.0 / 3700) <= 1e-12)
        #expect(core.evidence.output == .prior)
        // Δlog Y − α·Δlog K over 2020–2023 with K₂₀₂₀ = 2.5 · 30.02, to rounding.
        var k = 2.5 * 30.02
        let k0 = k
        for i in [6.0, 7.0, 8.0] { k = 0.92 * k + i }
        let growth = (log(36.0 / 30.02) - 0.35 * log(k / k0)) / 3
        let measured = try #require(LinkedCore.measuredTFPGrowth(
            investment: plan.series("fixed_investment").points, output: plan.series("industrial_output").points,
            alpha: 0.35, delta: 0.08, ratio: 2.5))
        #expect(measured.years == 3)
        #expect(abs(measured.growth - growth) <= 1e-14)
    }
}
