import Foundation
import LinearAlgebra
import PlanData
import Testing

@testable import Simulation

@Suite struct ShockCorrelationTests {
    /// The embedded plan has no measured history (reconstructed points only): identity.
    @Test func embeddedPlanIsUncorrelated() {
        let plan = HaibinPlan.dataset()
        let (c, _) = ShockCorrelation.estimate(plan, indicators: plan.indicators.map(\.id))
        #expect(c == .identity(9))
    }

    /// Two indicators whose measured growth moves together get a positive, shrunk
    /// correlation: sample r = 1 over 6 residual years gives 6/11.
    @Test func measuredComovementIsEstimatedAndShrunk() {
        var plan = HaibinPlan.dataset()
        let wiggle = [0.02, -0.01, 0.03, -0.02, 0.01, 0.0, 0.02]
        var level = 10.0, other = 30.0
        var a: [SeriesPoint] = [], b: [SeriesPoint] = []
        for (k, w) in wiggle.enumerated() {
            level *= exp(0.03 + w)
            other *= exp(0.05 + 2 * w)
            a.append(SeriesPoint(year: 2014 + k, value: level, origin: .user))
            b.append(SeriesPoint(year: 2014 + k, value: other, origin: .user))
        }
        plan.series["retail_sales"] = Series(indicator: "retail_sales", points: a)
        plan.series["commodity_sales"] = Series(indicator: "commodity_sales", points: b)
        let ids = plan.indicators.map(\.id)
        let (c, lower) = ShockCorrelation.estimate(plan, indicators: ids)
        let i = ids.firstIndex(of: "retail_sales")!, j = ids.firstIndex(of: "commodity_sales")!
        #expect(abs(c[i, j] - 6.0 / 11.0) < 1e-12)
        #expect(c[j, i] == c[i, j])
        let back = lower * lower.transposed
        for (x, y) in zip(back.storage, c.storage) { #expect(abs(x - y) < 1e-12) }
    }
}
