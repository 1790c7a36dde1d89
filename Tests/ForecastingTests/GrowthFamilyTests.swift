import Foundation
import PlanData
import Testing

@testable import Forecasting

/// The growth-family registry (``GrowthFamily/all``): what ModelSelection, the scenario
/// keywords, `plansim fit`'s names and the simulation read.
@Suite struct GrowthFamilyTests {
    /// A saturating series (12 points of a logistic curve with a small alternating wiggle), on
    /// which every registered family fits.
    static func history() -> FitHistory {
        let indicator = HaibinPlan.indicators[1]
        let points = (0..<12).map { t in
            let level = 100 / (1 + exp(-0.45 * (Double(t) - 6))) * (1 + (t % 2 == 0 ? 0.004 : -0.004))
            return SeriesPoint(year: 2010 + t, value: level, origin: .user)
        }
        return FitHistory(indicator: indicator, series: Series(indicator: indicator.id, points: points), sums: 1)
    }

    /// Every registered family fits and its fit projects with the step it declares: the
    /// kernel steps a model by its rule, so a mismatch would simulate another model.
    @Test func everyFamilyFitsToItsStep() throws {
        let input = GrowthFamily.FitInput(history: Self.history(), dataset: HaibinPlan.dataset(), priors: [:])
        for family in GrowthFamily.all {
            let model = try family.fit(input)
            #expect(model.family == family.family, "\(family.word)")
            #expect(model.rule.step == family.step, "\(family.word): \(model.rule.step) ≠ \(family.step)")
        }
    }

    /// The registry lists each family once, in the fitting order the tie-break documents
    /// (and the scenario language's "expected one of" list keeps), without the linked core.
    @Test func registryOrderAndWords() {
        #expect(GrowthFamily.all.map(\.word) == ["damped", "log_linear", "ar1", "gm11", "logistic", "gompertz"])
        #expect(GrowthFamily.named(.linked) == nil)
        #expect(Set(GrowthFamily.all.map(\.family)).count == GrowthFamily.all.count)
        #expect(GrowthFamily.all.allSatisfy { $0.name.en == $0.word })
    }

    /// Only the damped family takes a scenario's growth priors, and its fit uses them: a
    /// prior-only history (one point) starts at the prior's mean.
    @Test func dampedReadsItsPriors() throws {
        let damped = try #require(GrowthFamily.named(.damped))
        #expect(damped.priorNames == ["growth_now", "growth_long_run"])
        #expect(GrowthFamily.all.filter { !$0.priorNames.isEmpty }.map(\.family) == [.damped])
        let one = FitHistory(
            indicator: HaibinPlan.indicators[1],
            series: Series(
                indicator: HaibinPlan.indicators[1].id, points: [SeriesPoint(year: 2020, value: 5, origin: .user)]),
            sums: 1)
        let input = GrowthFamily.FitInput(
            history: one, dataset: HaibinPlan.dataset(), priors: ["growth_now": Prior(mean: 0.07, sd: 0.01)])
        let model = try damped.fit(input)
        // One point carries no growth evidence: the estimate is the prior's mean exactly (to rounding).
        #expect(abs(model.estimates[0] - 0.07) < 1e-12)
    }
}
