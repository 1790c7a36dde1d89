import Artifacts
import Foundation
import PlanData
import Testing

@testable import Reports

/// A clause the proposal's targets share is said once for the group (eighth reading P3-4:
/// the annex printed eighteen copies of `…依据实测数据：2021—2025年共5年。`). Exact strings.
@Suite struct ProposalBasisLinesTests {
    func target(_ id: String, _ nameZH: String, grade: ProposalBasis.Grade) -> ProposedTarget {
        var p = ProposedTarget(
            indicator: id, nameZH: nameZH, nameEN: id, unitZH: "亿元", unitEN: "100m yuan", binding: false,
            form: .growth, ceiling: false, baseYear: 2025, base: 40, targetYear: 2030, value: 50, growth: 0.05,
            decimals: 1, odds: 0.6, points: [], lastGrowth: 0.05, lastFirstYear: 2020, lastSum: nil, visionYear: nil,
            visionValue: nil, flags: [], wordingZH: "年均增长5%左右", wordingEN: "about 5% a year")
        p.basis = ProposalBasis(
            grade: grade, recordYears: 5, firstYear: 2021, lastYear: 2025, fittedYears: 5, reconstructed: false,
            models: [.init(family: "damped", weight: 1)], weighting: .onlyModel,
            priors: grade == .prior ? [.init(parameter: "growth_now", mean: 0.03, sd: 0.02, weight: 0.61)] : [])
        return p
    }

    @Test func aSharedClauseIsSaidOnce() {
        let ps = [
            target("gdp", "地区生产总值", grade: .data), target("retail", "社会消费品零售总额", grade: .prior),
            target("investment", "固定资产投资", grade: .data),
        ]
        #expect(
            ProposalWords.basisLines(ps, language: .zh) == [
                "地区生产总值、固定资产投资2项均依据实测数据：2021—2025年共5年。",
                "社会消费品零售总额依据明示假设：2021—2025年共5年，增速先验3.0%±2.0%，占估计精度61%。",
            ])
        #expect(
            ProposalWords.basisLines(ps, language: .en).first
                == "gdp, investment each rest on data: 5 years of record (2021–2025).")
    }
}
