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
    @Test(arguments: [
        (0.0582, 0.06), (0.0524, 0.05), (0.0575, 0.06), (0.0307, 0.03), (0.0651, 0.065), (-0.0124, -0.01),
    ])
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
        let rate = Indicator(
            id: "nursery_places", nameZH: "每千人口托位数", nameEN: "", unitZH: "个", unitEN: "", kind: .annualLevel,
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
        #expect(
            next.titleZH.contains("第十五个五年规划") && !next.titleZH.contains("第十四个") && next.titleZH.hasSuffix("（草案）"),
            "\(next.titleZH)")
        #expect(next.titleEN.contains("15th Five-Year Plan") && next.titleEN.contains("2026–2030"), "\(next.titleEN)")
        #expect(next.ordinal == 15 && next.firstYear == 2026 && next.lastYear == 2030)
    }

    @Test func aProposalFileIsReadBackAndAnotherVersionRefused() throws {
        let target = ProposedTarget(
            indicator: "gdp", nameZH: "地区生产总值", nameEN: "GDP", unitZH: "亿元", unitEN: "100m yuan", binding: false,
            form: .growth, ceiling: false, baseYear: 2025, base: 40, targetYear: 2030, value: 53.5, growth: 0.06,
            decimals: 1, odds: 0.61, points: [.init(probability: 0.5, value: 55, growth: 0.066)], lastGrowth: 0.058,
            lastFirstYear: 2020, lastSum: nil, visionYear: 2035, visionValue: 70, flags: [.slowerThanLastPeriod],
            wordingZH: "年均增长6%左右", wordingEN: "about 6% a year")
        let set = ProposalSet(
            plan: NextPlanNaming.next(after: nil, period: 2026...2030), convention: ProposeRequest.defaultConvention,
            proposals: [target], skipped: [], illustrative: true, provenance: ["test"])
        let data = try set.encoded()
        #expect(try ProposalSet.decode(data) == set)
        let other = String(decoding: data, as: UTF8.self).replacingOccurrences(
            of: "\"version\" : 4", with: "\"version\" : 3")
        #expect(throws: (any Error).self) { try ProposalSet.decode(Data(other.utf8)) }
        let unknown = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\"growth\",", with: "\"speed\",")
        #expect(throws: (any Error).self) { try ProposalSet.decode(Data(unknown.utf8)) }
    }

    func compiled(_ text: String) throws -> Dataset {
        try PlanFiles.compile(SourceFile(path: "fixture.plan", text: text), origin: "plan").get()
    }
}

/// The 约束性 rule on a distribution given by hand (a uniform on [lo, hi], so every quantile
/// and share is exact): a binding target whose odds alone would make it weaker than the last
/// actual is held at it; relaxing is allowed only by the convention, and then flagged.
@Suite struct BindingRuleTests {
    static let plan = """
        plan county_14th {
            title "某县国民经济和社会发展第十四个五年规划"
            period 2021..2025
            indicator forest {
                name "森林覆盖率" "Forest cover"
                unit "%"
                kind annual_level
                attribute 约束性
                base 2020 30.1
                target 2025 31.0
            }
            indicator fertiliser {
                name "化肥施用量" "Fertiliser use"
                unit 吨
                kind annual_level
                attribute 约束性
                base 2020 2860 吨
                target 2025 <= 2800 吨
            }
            indicator green {
                name "新增绿地面积" "New green space"
                unit 平方米
                kind annual_flow
                attribute 约束性
                base 2020 20000 平方米
                target sum 2021..2025 110000 平方米
            }
        }

        """

    /// Rules for `id` with 2025 actual `base`, and the 2021–2025 yearly values `years` for sums.
    func rules(_ id: String, base: Double, years: [Double] = []) throws -> ProposalRules {
        let plan = try PlanFiles.compile(SourceFile(path: "county.plan", text: Self.plan), origin: "plan").get()
        var data = plan
        var series = data.series(id)
        for (k, v) in years.enumerated() { series.set(SeriesPoint(year: 2021 + k, value: v, origin: .user, note: nil)) }
        series.set(SeriesPoint(year: 2025, value: base, origin: .user, note: nil))
        data.series[id] = series
        return ProposalRules(
            indicator: try #require(plan.indicator(id)), plan: plan, data: data, base: base, baseYear: 2025,
            targetYear: 2030)
    }

    /// A uniform distribution on [lo, hi]: quantile and share exact.
    func propose(_ r: ProposalRules, _ lo: Double, _ hi: Double, relax: Bool = false) -> ProposedTarget {
        var c = ProposeRequest.defaultConvention
        c.allowsRelaxingBinding = relax
        return r.propose(
            convention: c, quantile: { lo + $0 * (hi - lo) }, atMost: { min(max(($0 - lo) / (hi - lo), 0), 1) })
    }

    @Test func aFloorIsHeldAtTheLastActual() throws {
        // Forest cover on trend falls (28–31 % in 2030): at 90 % odds 28.3 %, below the 30.1 % of 2025.
        let p = propose(try rules("forest", base: 30.1), 28, 31)
        #expect(p.value == 30.1 && p.flags.contains(.heldAtLastActual) && p.form == .level)
        #expect(p.wordingZH == "不低于30.1%")
        // Odds of 30.1 on the uniform: (31 − 30.1)/3 = 0.3 exactly (to rounding).
        #expect(abs((p.odds ?? .nan) - 0.3) < 1e-9)
        let relaxed = propose(try rules("forest", base: 30.1), 28, 31, relax: true)
        #expect(
            relaxed.value < 30.1 && relaxed.flags.contains(.relaxedBinding)
                && !relaxed.flags.contains(.heldAtLastActual))
    }

    @Test func aCeilingIsHeldAtTheLastActual() throws {
        // Fertiliser on trend rises (2800–3100 t): at 90 % odds ≤ 3070 t, above the 2860 t of 2025.
        let p = propose(try rules("fertiliser", base: 2860), 2800, 3100)
        #expect(p.ceiling && p.value == 2860 && p.flags.contains(.heldAtLastActual))
        #expect(p.wordingZH == "控制在2860吨以内")
    }

    @Test func aTotalIsAtLeastTheLastPeriodsTotal() throws {
        // 2021–2025 new green space totals 115,000 m²; on trend 90 % odds give 100,000.
        let p = propose(try rules("green", base: 25000, years: [21000, 22000, 23000, 24000]), 99000, 109000)
        #expect(
            p.form == .periodSum && p.lastSum == 115_000 && p.value == 115_000 && p.flags.contains(.heldAtLastActual))
        #expect(p.wordingZH == "五年累计不低于11.5万平方米")
    }

    @Test func aStrictEnoughBindingTargetIsLeftAsItsOddsGiveIt() throws {
        // Forest cover rising (30.5–33 %): at 90 % odds 30.75, already above 30.1: no flag.
        let p = propose(try rules("forest", base: 30.1), 30.5, 33)
        #expect(abs(p.value - 30.8) < 1e-9 && p.flags.isEmpty, "\(p.value) \(p.flags)")
    }
}
