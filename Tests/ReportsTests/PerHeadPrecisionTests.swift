import PlanData
import Testing

@testable import Reports

/// `run` prints a rate per head in a unit of things (每千人口托位数, 个 per 1000 people) with
/// the plan's decimals, as propose and evaluate do (the newcomer's P1-6: "5 10 10 (6–13)"
/// against 4.6 and 9.5 in the plan); a count in 个 stays whole.
@Suite struct PerHeadPrecisionTests {
    @Test func aRatePerHeadKeepsThePlansDecimals() throws {
        var d = ReportRenderingTests.document()
        let t0 = try #require(d.targets.first)
        let k = try #require(d.indicators.firstIndex { $0.id == t0.indicator })
        let old = d.indicators[k]
        func indicator(_ nameZH: String) -> ReportDocument.Indicator {
            ReportDocument.Indicator(
                id: old.id, nameZH: nameZH, nameEN: "Childcare places per 1,000 people", unitZH: "个", unitEN: "places",
                attribute: old.attribute, years: old.years, history: old.history)
        }
        d.indicators[k] = indicator("每千人口拥有3岁以下婴幼儿托位数")
        d.targets[0] = ReportDocument.Target(
            indicator: t0.indicator, baseYear: 2025, base: 4.6, targetYear: 2030, target: 9.5, kind: t0.kind,
            probability: 0.6, medianShortfall: nil, requiredGrowth: 0.15, simulatedGrowth: 0.16, median: 9.62,
            p10: 6.1, p90: 13.2, status: nil)
        #expect(!UnitCaution.isCount(d.indicators[k]))
        #expect(BriefingTable.decimals(d.targets[0], in: d) == 1)
        #expect(NumberFormat.fixed(9.62, decimals: BriefingTable.decimals(d.targets[0], in: d)) == "9.6")
        // A count of firms in 个 keeps whole numbers.
        d.indicators[k] = indicator("规上工业企业数量")
        #expect(UnitCaution.isCount(d.indicators[k]) && BriefingTable.decimals(d.targets[0], in: d) == 0)
    }
}
