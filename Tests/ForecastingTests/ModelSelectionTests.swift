import Foundation
import Testing

@testable import Forecasting
@testable import PlanData

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
        #expect(fit.chosen.family == .logLinear && fit.chosenBy.en == "fixed by scenario")
    }

    /// Reconstructed points share the weight of the one sum behind them (4 × 0.25).
    @Test func reconstructedPointsCountAsTheirSum() {
        let plan = HaibinPlan.dataset()
        let h = FitHistory(
            indicator: plan.indicator("industrial_output")!, series: plan.series("industrial_output"), sums: 1)
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
        #expect(
            core.parameters[LinkedCoreFit.index(of: "capital_output_ratio")].estimate
                == BaselineAssumptions.capitalOutputRatio.mean)
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
            ("fixed_investment", 2021, 6.0), ("fixed_investment", 2022, 7.0), ("fixed_investment", 2023, 8.0),
        ]
        plan = plan.applying(
            UserData(
                file: "test.csv", sha256: "",
                points: points.enumerated().map {
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
        let measured = try #require(
            LinkedCore.measuredTFPGrowth(
                investment: plan.series("fixed_investment").points, output: plan.series("industrial_output").points,
                alpha: 0.35, delta: 0.08, ratio: 2.5))
        #expect(measured.years == 3)
        #expect(abs(measured.growth - growth) <= 1e-14)
    }
}

/// Model averaging: AICc weights on the same observations, diagnostics exclusion.
@Suite struct ModelAveragingTests {
    static let indicator = HaibinPlan.indicators[1]
    static func history(_ logs: [Double], origin: PointOrigin = .user) -> FitHistory {
        let points = logs.enumerated().map {
            SeriesPoint(year: 2011 + $0.offset, value: exp($0.element), origin: origin)
        }
        return FitHistory(indicator: indicator, series: Series(indicator: indicator.id, points: points), sums: 1)
    }

    /// The defect: damped, log-linear and GM(1,1) tied on a reconstructed series and
    /// damped won "by preference". Now a reconstructed history averages with equal weights
    /// and says why.
    @Test func reconstructedHistoryAveragesEqually() throws {
        let h = Self.history([3.0, 2.9, 2.8, 2.7, 2.6], origin: .reconstructed)
        let models = [
            try GrowthModels.logLinear(h),
            try GrowthModels.damped(h, growthPrior: Prior(mean: 0.03, sd: 0.03), longRun: Prior(mean: 0.03, sd: 0.01)),
        ]
        let (components, how) = ModelSelection.average(models, history: h)
        #expect(components.map(\.weight) == [0.5, 0.5])
        #expect(how.en.contains("reconstructed") && how.zh.contains("重建"))
    }

    /// Akaike weights: exp(−Δ/2) normalised, on the same observations (from the third
    /// point when AR(1) is a candidate); checked against the formula to 1e-12.
    @Test func akaikeWeightsOnTheSameObservations() throws {
        let logs = [3.10, 3.16, 3.19, 3.27, 3.30, 3.38, 3.41, 3.47, 3.55, 3.58]
        let h = Self.history(logs)
        let models = [try GrowthModels.logLinear(h), try GrowthModels.ar1(h)]
        let (components, how) = ModelSelection.average(models, history: h)
        #expect(how == Phrase(zh: "按 AICc 加权", en: "AICc weights"))
        let scores = models.map { ModelScores.aicc(h, fitted: $0.fitted, parameters: 2, sigmaFloor: nil, skip: 2)! }
        let best = scores.min()!
        let raw = scores.map { exp(-($0 - best) / 2) }
        let total = raw.reduce(0, +)
        for (c, r) in zip(components, raw) { #expect(abs(c.weight - r / total) <= 1e-12) }
    }

    /// GM(1,1) graded 3–4 is excluded, with its grade as the reason.
    @Test func failingGreyModelIsExcluded() throws {
        let h = Self.history([3.0, 3.4, 2.9, 3.5, 2.8, 3.6])
        let grey = try GrowthModels.grey(h)
        #expect((grey.grades?.grade ?? 0) >= 3)
        let (kept, excluded) = ModelSelection.screen([try GrowthModels.logLinear(h), grey])
        #expect(kept.map(\.family) == [.logLinear])
        #expect(excluded.first?.reason.en.contains("grade") == true && excluded.first?.excluded == true)
    }
}
