import Forecasting
import Foundation
import PlanData
import Testing

@testable import Simulation

/// Inversions that know their limits: a stated range, answers at a bound reported as such
/// with the totals they imply, and a lever with no effect said to have none.
@Suite struct InversionTests {
    /// P = 99 % for output is out of reach within −30 %…+60 %: reported as not reachable,
    /// with the plan-period total the top of the range implies (above the plan's 50).
    @Test func outOfRangeIsNotReachable() throws {
        let model = SimulationModel.baseline(HaibinPlan.dataset()).0
        let r = TargetInversion.solve(
            model, target: "industrial_output", level: 0.99, paths: 2_000, seed: 4, threads: 2)
        #expect(r.outcome == .notReachable)
        #expect(r.value == nil)
        #expect(r.achieved < 0.99)
        #expect((r.impliedTotal ?? 0) > 100 && r.planTotal == 50)
        #expect(abs(r.bracket.upperBound - 0.6) < 1e-12 && abs(r.bracket.lowerBound + 0.3) < 1e-12)
    }

    /// With output's path fixed by the scenario, investment cannot move it: no effect
    /// (the defect: `-39.35%`, the bottom of the search range, printed as an answer).
    @Test func leverWithoutEffectIsSaidToHaveNone() throws {
        var spec = ScenarioSpec(name: "fixed")
        spec.adjustments = ["industrial_output": [.growth(years: 2021...2035, rate: .constant(0.05))]]
        let model = try SimulationModel.build(HaibinPlan.dataset(), scenario: spec).0
        let r = TargetInversion.solve(model, target: "industrial_output", level: 0.5, paths: 2_000, seed: 4, threads: 2)
        #expect(r.outcome == .noEffect)
        #expect(r.value == nil && r.impliedTotal == nil)
    }

    /// A solved level: P at the answer reaches the level, and the implied total is the
    /// deterministic path's 2021–2025 sum at that growth: 4.47·Σ(1+g)ᵏ to 1e-9.
    @Test func solvedAnswerCarriesItsTotal() throws {
        let model = SimulationModel.baseline(HaibinPlan.dataset()).0
        let r = TargetInversion.solve(model, target: "industrial_output", level: 0.5, paths: 2_000, seed: 4, threads: 2)
        #expect(r.outcome == .solved)
        let g = try #require(r.value)
        #expect(r.achieved >= 0.5)
        let total = (1...5).reduce(0.0) { $0 + 4.47 * pow(1 + g, Double($1)) }
        #expect(abs((r.impliedTotal ?? 0) - total) <= 1e-9 * total)
    }
}
