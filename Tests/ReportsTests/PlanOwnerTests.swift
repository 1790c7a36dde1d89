import Artifacts
import Testing

@testable import PlanData
@testable import Reports

/// English titles say whose plan it is, never by its Chinese name (review s6 P2-10, s7 P2-9).
@Suite struct PlanOwnerTests {
    @Test func aPlanWithoutAnEnglishTitleIsNamedByItsLevel() {
        #expect(PlanOwner.level(issuerZH: "青溪镇") == "town")
        #expect(PlanOwner.level(issuerZH: "天津市滨海新区海滨街道") == "sub-district")
        #expect(PlanOwner.level(issuerZH: "") == nil)
        let qingxi = NextPlan(
            id: "qingxi_15th", titleZH: "青溪镇“十五五”时期经济社会发展主要指标（草案）",
            titleEN: "Main indicators of the 15th Five-Year Plan (2026–2030) — draft", issuer: "", firstYear: 2026,
            lastYear: 2030, ordinal: 15)
        #expect(
            ProposalReport.englishTitle(qingxi) == "Proposed main targets of the town's 15th Five-Year Plan (2026–2030)"
        )
    }

    @Test func aPlanWithAnEnglishTitleIsNamedByItsPlace() {
        let haibin = NextPlan(
            id: "haibin_15th", titleZH: "天津市滨海新区海滨街道国民经济和社会发展第十五个五年规划（草案）",
            titleEN:
                "Haibin Sub-district, Binhai New Area, Tianjin: 15th Five-Year Plan (2026–2030) and 2035 vision — draft",
            issuer: "天津市滨海新区海滨街道", firstYear: 2026, lastYear: 2030, ordinal: 15)
        #expect(
            ProposalReport.englishTitle(haibin)
                == "Haibin Sub-district, Binhai New Area, Tianjin: proposed main targets of the 15th Five-Year Plan (2026–2030)"
        )
        // A Chinese name before the colon is never an English place.
        #expect(PlanOwner.place(titleEN: "青溪镇: 15th Five-Year Plan") == nil)
    }
}
