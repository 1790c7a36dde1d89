import Artifacts
import Foundation
import PlanData
import Testing

@testable import Reports

/// The proposal flags a doubtful printed unit as the evaluation and the run do (eighth
/// reading P2-4: Haibin's proposal printed 0.58吨 of grain with no caution): the ※ in the
/// unit column and a 提请注意 line on page one, by the one rule (``UnitCaution``).
@Suite struct ProposalUnitCautionTests {
    func grain() -> ProposedTarget {
        ProposedTarget(
            indicator: "grain_capacity", nameZH: "粮食综合生产能力", nameEN: "Grain production capacity", unitZH: "吨",
            unitEN: "t", binding: false, form: .growth, ceiling: false, baseYear: 2025, base: 0.52, targetYear: 2030,
            value: 0.58, growth: 0.02, decimals: 2, odds: 0.58, points: [], lastGrowth: 0.026, lastFirstYear: 2020,
            lastSum: nil, visionYear: nil, visionValue: nil, flags: [], wordingZH: "年均增长2%左右",
            wordingEN: "about 2% a year")
    }

    @Test(arguments: [Language.zh, .en]) func tonnesOfGrainAreFlagged(_ l: Language) {
        let set = ProposalSet(
            plan: NextPlan(
                id: "x", titleZH: "x", titleEN: "x", issuer: "海滨街道", firstYear: 2026, lastYear: 2030, ordinal: 15),
            convention: ProposalConvention(
                indicativeOdds: 0.6, bindingOdds: 0.9, allowsRelaxingBinding: false, shownOdds: [0.5]),
            proposals: [grain()], skipped: [], illustrative: false, provenance: [])
        let r = ProposalReport(set, language: l)
        #expect(r.tableRows.first?[2] == (l == .zh ? "吨※" : "t※"))
        let note = r.overview.last ?? ""
        #expect(note.hasPrefix("※"))
        #expect(note.contains(l == .zh ? "疑为“万吨”" : "probably 10,000 tonnes"), "\(note)")
    }
}
