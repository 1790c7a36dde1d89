import PlanData
import Testing

@testable import Reports

/// The run briefing's 三、可调控因素 on another town's plan (the newcomer's P1-9, P2-10):
/// "raise growth" only when the forecast's growth falls short of what the target needs (a
/// ceiling: lower it), never "从约6.3%提高到5.5%"; the owner's level from the plan's title.
@Suite struct RunLeverWordingTests {
    static func target(probability: Double, simulated: Double, needed: Double) -> ReportDocument.Target {
        ReportDocument.Target(
            indicator: "gdp", baseYear: 2025, base: 45.6, targetYear: 2030, target: 59.6, kind: "level",
            probability: probability, medianShortfall: nil, requiredGrowth: needed, simulatedGrowth: simulated,
            median: 62, p10: 50, p90: 75, status: nil)
    }

    @Test func aTargetTheTrendReachesIsNotToldToRaiseGrowth() {
        let ahead = Self.target(probability: 0.62, simulated: 0.063, needed: 0.055)
        let zh = LeaderPage.growthLever(ahead, name: "地区生产总值", past: false, language: .zh)
        #expect(zh == "地区生产总值：按现有走势可达到（预计年均约6.3%，需5.5%），需保持。")
        #expect(!LeaderPage.growthLever(ahead, name: "GDP", past: false, language: .en).contains("lifting"))
        // Short of it: raised, from the lower figure to the higher.
        let short = Self.target(probability: 0.3, simulated: 0.03, needed: 0.05)
        #expect(LeaderPage.growthLever(short, name: "地区生产总值", past: false, language: .zh).contains("从约3.0%提高到5.0%"))
        // Equal at the printed precision (耕地 held at its level): no "从约0.0%提高到0.0%".
        let held = Self.target(probability: 0.45, simulated: 0.0001, needed: 0.0002)
        #expect(
            LeaderPage.growthLever(held, name: "耕地保有量", past: false, language: .zh)
                == "耕地保有量：预计增速与所需增速均约0.0%，达标把握不足五成，需防止下滑。")
        // A ceiling the forecast exceeds (COD growing −0.1 % a year against −1.3 % needed): lowered.
        let ceiling = Self.target(probability: 0.3, simulated: -0.001, needed: -0.013)
        let cod = LeaderPage.growthLever(ceiling, name: "化学需氧量排放量", past: false, language: .zh)
        #expect(cod.contains("降低到") && !cod.contains("提高到"))
        #expect(LeaderPage.growthLever(ceiling, name: "COD", past: true, language: .en).contains("lowering"))
    }

    /// Two 2030 targets on the measured trend: one the trend reaches (odds 62 %, 6.3 % a year
    /// expected against 5.5 % needed) is named among those to keep up, never told to raise
    /// growth; one short of it (30 %, 3.0 % against 5.0 %) gets its lever.
    @Test func onlyATargetShortOfItsGrowthGetsALever() throws {
        var d = ReportRenderingTests.document()
        let ids = d.indicators.map(\.id).filter { id in
            id != "fixed_investment" && !d.inversions.contains { $0.indicator == id }
        }
        try #require(ids.count >= 2)
        func target(_ id: String, _ p: Double, _ have: Double, _ need: Double) -> ReportDocument.Target {
            var t = ReportDocument.Target(
                indicator: id, baseYear: 2025, base: 10, targetYear: 2030, target: 13, kind: "level", probability: p,
                medianShortfall: nil, requiredGrowth: need, simulatedGrowth: have, median: 13, p10: 11, p90: 15,
                status: nil)
            t.evidence = "data"
            return t
        }
        d.targets = [target(ids[0], 0.62, 0.063, 0.055), target(ids[1], 0.3, 0.03, 0.05)]
        let names = ids.prefix(2).map { d.indicator($0)!.nameZH }
        let levers = LeaderPage.levers(d, language: .zh)
        #expect(levers.contains("按现有走势可达到、需保持的有：\(names[0])（预计增速已达到所需增速，把握见二、）。"))
        #expect(!levers.contains { $0.contains("6.3%") })
        #expect(levers.contains("\(names[1])：取决于能否把年均增速从约3.0%提高到5.0%，需有新增项目或政策支撑。"))
    }

    @Test func theOwnersLevelComesFromThePlansTitle() {
        var d = ReportRenderingTests.document()
        d.planTitleZH = nil
        #expect(LeaderPage.ownerLevels(d).own == "街道" && LeaderPage.ownerLevels(d).above == "区级")
        d.planTitleZH = "箬溪镇国民经济和社会发展第十四个五年规划主要指标（示意）"
        #expect(LeaderPage.ownerLevels(d).own == "镇" && LeaderPage.ownerLevels(d).above == "县（区）级")
    }
}
