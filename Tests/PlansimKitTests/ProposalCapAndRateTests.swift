import Artifacts
import Foundation
import Testing

@testable import PlansimKit

/// 青溪镇's 预期性 cap and its rate per 1000 people, proposed as plans print them.
@Suite struct ProposalCapAndRateTests {
    /// 城镇调查失业率: 2025 actual 4.2 %, the 14th plan's cap 5.5 %. The model's value at its odds
    /// (about 3.8 %) would be a cap tighter than the rate today; the old cap is kept and said so.
    @Test func aCapIsNeverTighterThanTheActualAndTheOldCapIsKept() throws {
        let ps = try ProposeWorkflowTests.qingxi.get().proposals.proposals
        let p = try #require(ps.first { $0.indicator == "surveyed_unemployment" })
        #expect(p.ceiling && !p.binding && p.form == .level)
        #expect(p.value == 5.5 && p.value >= p.base && p.wordingZH == "控制在5.5%以内")
        #expect(p.flags.contains(.keptPreviousCap))
        #expect(ProposalSuggestion(p).textZH.contains("沿用上期规划控制目标"))
        // Every 预期性 cap of the draft is at least its last actual.
        for q in ps where q.ceiling && !q.binding { #expect(q.value >= q.base, "\(q.indicator)") }
    }

    /// 每千人口托位数 (4.6 个 per 1000 people in 2025) is a level, 达到X个左右, with the plan's one
    /// decimal, not 年均增长15%左右.
    @Test func aRatePerThousandIsALevel() throws {
        let ps = try ProposeWorkflowTests.qingxi.get().proposals.proposals
        let p = try #require(ps.first { $0.indicator == "childcare_places_per_1000" })
        #expect(p.form == .level)
        #expect(p.wordingZH.range(of: "^达到[0-9]+\\.[0-9]个左右$", options: .regularExpression) != nil, "\(p.wordingZH)")
        #expect(p.value > p.base)
    }
}
