import Artifacts
import Testing

@testable import PlansimKit

/// A proposal's figures round an exact half away from zero, by the rule the briefings use
/// (PlanData's `DecimalRounding`, issue 22): printf rounded these ties to even. Expectations
/// are exact strings.
@Suite struct ProposalHalfRoundingTests {
    /// 6.25 % and 0.25 points are exact binary halves at one decimal.
    @Test func aProposalsPercentAndPointsRoundAwayFromZero() {
        #expect(ProposalSuggestion.percent(0.0625) == "6.3%")
        #expect(ProposalSuggestion.percent(-0.0625) == "−6.3%")
        #expect(ProposedTarget.pointsText(0.25, zh: true) == "提高0.3个百分点")
        #expect(ProposedTarget.pointsText(-0.25, zh: false) == "−0.3 points")
    }

    /// 0.125 % at the plan's two decimals, and 11250 亩 written in 万 (1.125 → 1.13).
    @Test func aPlanningFigureRoundsAwayFromZero() {
        #expect(PlanningFigure.textZH(0.125, unitZH: "%", decimals: 2) == "0.13%")
        #expect(PlanningFigure.textZH(11_250, unitZH: "亩", decimals: 0) == "1.13万亩")
        #expect(PlanPrecision.percentText(0.0625) == "6.3%")
    }
}
