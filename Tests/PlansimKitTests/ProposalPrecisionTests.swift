import Artifacts
import Foundation
import Testing

@testable import PlansimKit

/// Figures beside 左右, 以上, 不低于 and 以内 at planning precision (``PlanningFigure``): two or
/// three significant figures, whichever keeps half a step within 1 % of the figure; 万 from
/// 10,000 on in units counted one by one; commitments rounded the safe way.
@Suite struct ProposalPrecisionTests {
    func zh(_ v: Double, _ unit: String, _ rule: FloatingPointRoundingRule = .toNearestOrAwayFromZero) -> String {
        PlanningFigure.textZH(PlanningFigure.rounded(v, unitZH: unit, decimals: 0, rule), unitZH: unit, decimals: 0)
    }

    /// The review's figures, by hand: 9494 (leading 9.5 ≥ 5: two figures, step 100) → 9500;
    /// 5001 → 5000; 146270 (leading 1.5 < 5: three figures, step 1000) → 146000 = 14.6万;
    /// 27933 as a floor, up to the step of 100 → 28000 = 2.8万; 2860 stays (three figures).
    @Test func theReviewsFiguresAsPlansPrintThem() {
        #expect(zh(9494, "个") == "9500个")
        #expect(zh(5001, "人") == "5000人")
        #expect(zh(146_270, "平方米") == "14.6万平方米")
        #expect(zh(27_933, "亩", .up) == "2.8万亩")
        #expect(zh(2860, "吨", .down) == "2860吨")
        // A floor of 50,600 (leading 5.06: two figures, step 1000) rounds up to 5.1万, never down to 5万.
        #expect(zh(50_600, "亩", .up) == "5.1万亩")
        // Below 100 and rates keep the plan's decimals.
        #expect(PlanningFigure.rounded(48.64, unitZH: "亿元", decimals: 1) == 48.6)
        #expect(PlanningFigure.rounded(161.54, unitZH: "%", decimals: 1) == 161.5)
        #expect(PlanningFigure.textEN(146_000, decimals: 0) == "146,000")
    }

    /// Half a step is within 1 % of the figure (the rounding error is at most that), and a
    /// commitment rounded up (a floor) or down (a ceiling) never becomes weaker.
    @Test func roundingStaysWithinOnePercentAndCommitmentsNeverWeaken() {
        var x = 100.0
        while x < 5e6 {
            let near = PlanningFigure.rounded(x, unitZH: "人", decimals: 0)
            #expect(abs(near - x) <= 0.01 * x + 1e-9, "\(x) → \(near)")
            #expect(PlanningFigure.rounded(x, unitZH: "人", decimals: 0, .up) >= x)
            #expect(PlanningFigure.rounded(x, unitZH: "人", decimals: 0, .down) <= x)
            x *= 1.0137
        }
    }

    /// 青溪镇's draft: no figure beside 左右/不低于 with false precision, and every 约束性 floor
    /// at least its last actual (a ceiling at most it) after rounding.
    @Test func qingxisDraftHasNoFalsePrecision() throws {
        let ps = try ProposeWorkflowTests.qingxi.get().proposals.proposals
        func wording(_ id: String) -> String? { ps.first { $0.indicator == id }?.wordingZH }
        #expect(wording("market_entities") == "达到9500个左右")
        #expect(wording("new_urban_jobs") == "五年累计5000人左右")
        #expect(wording("new_green_space") == "五年累计14.6万平方米左右")
        // A floor rounded up at three figures (leading digit 2 < 5: step 100). The floor is a
        // Monte Carlo quantile: it read 2.8万亩 until the Student-t scale became one χ² per path
        // shared by every indicator (issue 24, finding 2), which changed the draws.
        #expect(wording("high_standard_farmland") == "不低于2.79万亩")
        for p in ps where p.binding && (p.form == .level || p.form == .periodSum) {
            let bound = p.form == .periodSum ? p.lastSum ?? 0 : p.base
            #expect(
                p.ceiling ? p.value <= bound + 1e-9 : p.value >= bound - 1e-9,
                "\(p.indicator) \(p.value) against \(bound)")
        }
        // No run of five digits anywhere a planner reads.
        for p in ps {
            #expect(p.wordingZH.range(of: "[0-9]{5,}", options: .regularExpression) == nil, "\(p.wordingZH)")
        }
    }
}
