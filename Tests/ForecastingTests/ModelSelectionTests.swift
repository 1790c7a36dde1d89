import Testing
import Foundation
import PlanData
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

    @Test func linkedCoreShowsPriorWeights() {
        let core = LinkedCore.fit(HaibinPlan.dataset())
        #expect(core.parameters.count == 7)
        let tfp = core.parameters[2]
        #expect(tfp.priorWeight > 0 && tfp.priorWeight < 1)
        #expect(abs(core.parameters[5].estimate - log1p(0.28164)) < 1e-4)
        #expect(core.reconstructed)
    }
}
