import Artifacts
import Foundation
import PlanData
import PlansimKit
import PlansimTestSupport
import ScenarioDSL
import Testing

/// How proposals are stated: half-point growth, the plan's precision, whole counts, the
/// next plan's name. Exact arithmetic: no tolerance beyond floating-point rounding.
@Suite struct ProposalRulesTests {
    @Test(arguments: [(0.0582, 0.06), (0.0524, 0.05), (0.0575, 0.06), (0.0307, 0.03), (0.0651, 0.065), (-0.0124, -0.01)])
    func growthIsRoundedToHalfAPoint(_ raw: Double, _ expected: Double) {
        // Rounding to 0.005 exactly: the results are multiples of 0.005 up to 1e-15.
        #expect(abs(PlanPrecision.halfPoint(raw) - expected) < 1e-12)
    }

    @Test func ratesArePrintedAsPlansPrintThem() {
        #expect(PlanPrecision.percentText(0.06) == "6%")
        #expect(PlanPrecision.percentText(0.065) == "6.5%")
        #expect(PlanPrecision(decimals: 1, whole: false).text(48.649) == "48.6")
        #expect(PlanPrecision(decimals: 3, whole: true).text(2274.6) == "2275")
    }

    @Test func countsAreWholeByKindAndUnitNotByName() throws {
        let plan = try compiled(NextPlanFixture.text)
        // 新增就业: a yearly flow of persons: whole. 工业总产值: a level in 亿元: decimals.
        #expect(PlanPrecision(try #require(plan.indicator("jobs")), in: plan).whole)
        #expect(!PlanPrecision(try #require(plan.indicator("output")), in: plan).whole)
        // A level in 个 (a rate per 1000 people) is not a count.
        let rate = Indicator(id: "nursery_places", nameZH: "每千人口托位数", nameEN: "", unitZH: "个", unitEN: "", kind: .annualLevel,
                             attribute: .indicative, location: "")
        #expect(!PlanPrecision(rate, in: plan).whole)
    }

    @Test func theNextPlanIsTheFifteenth() {
        #expect(NextPlanNaming.ordinal(beginning: 2026) == 15)
        #expect(NextPlanNaming.ordinal(beginning: 2021) == 14)
        #expect(NextPlanNaming.ordinal(beginning: 1953) == 1)
        #expect(NextPlanNaming.chinese(15) == "十五")
        #expect(NextPlanNaming.chinese(20) == "二十")
        let next = NextPlanNaming.next(after: PlanFiles.embedded.plan, period: 2026...2030)
        #expect(next.id == "haibin_15th_draft")
        #expect(next.titleZH.contains("第十五个五年规划") && !next.titleZH.contains("第十四个") && next.titleZH.hasSuffix("（草案）"), "\(next.titleZH)")
        #expect(next.titleEN.contains("15th Five-Year Plan") && next.titleEN.contains("2026–2030"), "\(next.titleEN)")
        #expect(next.ordinal == 15 && next.firstYear == 2026 && next.lastYear == 2030)
    }

    @Test func aProposalFileIsReadBackAndAnotherVersionRefused() throws {
        let target = ProposedTarget(indicator: "gdp", nameZH: "地区生产总值", nameEN: "GDP", unitZH: "亿元", unitEN: "100m yuan", binding: false,
                                    form: .growth, ceiling: false, baseYear: 2025, base: 40, targetYear: 2030, value: 53.5, growth: 0.06,
                                    decimals: 1, odds: 0.61, points: [.init(probability: 0.5, value: 55, growth: 0.066)], lastGrowth: 0.058,
                                    lastFirstYear: 2020, lastSum: nil, visionYear: 2035, visionValue: 70, flags: [.slowerThanLastPeriod],
                                    wordingZH: "年均增长6%左右", wordingEN: "about 6% a year")
        let set = ProposalSet(plan: NextPlanNaming.next(after: nil, period: 2026...2030), convention: ProposeRequest.defaultConvention,
                              proposals: [target], skipped: [], illustrative: true, provenance: ["test"])
        let data = try set.encoded()
        #expect(try ProposalSet.decode(data) == set)
        let other = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\"version\" : 1", with: "\"version\" : 2")
        #expect(throws: (any Error).self) { try ProposalSet.decode(Data(other.utf8)) }
        let unknown = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\"growth\",", with: "\"speed\",")
        #expect(throws: (any Error).self) { try ProposalSet.decode(Data(unknown.utf8)) }
    }

    func compiled(_ text: String) throws -> Dataset {
        try PlanFiles.compile(SourceFile(path: "fixture.plan", text: text), origin: "plan").get()
    }
}
