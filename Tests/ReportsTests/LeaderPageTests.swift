import Foundation
import PlanData
import Testing

@testable import Reports

/// Page one of a briefing, rendered from a fixed document (``LeaderFixture``, no Monte Carlo).
@Suite struct LeaderPageTests {
    @Test func pageOneHasTheHeadingsAndDatesInOfficialForm() {
        let page = LeaderPage(run: LeaderFixture.document(), language: .zh)
        #expect(page.sections.map(\.heading) == ["一、总体判断", "二、分项", "三、可调控因素", "四、提请注意"])
        let groups = page.sections[1].lines.compactMap { line -> String? in
            if case .subheading(let t) = line { return t } else { return nil }
        }
        #expect(groups == ["（一）有望完成（1项）", "（二）存在不确定性（1项）", "（三）完成难度较大（1项）", "（四）按规划路径测算，非预测（1项）"])
        // 01:47 UTC on 7 December is 09:47 the same day in Beijing.
        #expect(page.footnote.contains("数据截至2020年"))
        #expect(page.footnote.contains("报告日期：2026年12月7日"))
        #expect(page.footnote.contains("有八成把握落在此范围"))
        #expect(page.subtitle == "情景：基准情景")
    }

    @Test(arguments: [LeaderFixture.document(), LeaderFixture.whatIf()])
    func chinesePageOneHasNoLatinWords(_ d: ReportDocument) {
        let page = LeaderPage(run: d, language: .zh)
        #expect(OfficialForm.latinWords(page.allText) == [])
        // The HTML page one too (tags and attributes aside).
        let html = page.html().replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
        #expect(OfficialForm.latinWords(html) == [])
    }

    @Test func everyTargetHasAReasonFromTheModel() {
        let page = LeaderPage(run: LeaderFixture.document(), language: .zh)
        let items = page.groups.flatMap { $0.1 }
        #expect(items.count == 4)
        #expect(items.allSatisfy { !$0.reason.isEmpty })
        let output = items.first { $0.name == "工业总产值" }!
        #expect(output.reason.contains("需年均增长8.0%") && output.reason.contains("5.0%"))
        // Every target not likely met gets a line: its lever under 三、可调控因素, or (resting on
        // comparable places) what would narrow it, said once in 一、.
        #expect(page.levers.contains { $0.hasPrefix("工业总产值") })
        #expect(page.judgement.contains { $0.contains("判断主要依据同类地区的经验增速，补充") })
    }

    @Test func doubtfulUnitsAreFlaggedOnPageOne() {
        let cautions = UnitCaution.cautions(LeaderFixture.document(), language: .zh)
        #expect(cautions.contains { $0.contains("粮食综合生产能力") && $0.contains("疑为“万吨”") })
        // 0.65万 is about 6,500 entities.
        #expect(cautions.contains { $0.contains("市场主体数量") && $0.contains("约6500") })
    }

    @Test func theWhatIfSaysItsFindingFirstWithPointsFromTheDisplayedFigures() {
        let page = LeaderPage(run: LeaderFixture.whatIf(), language: .zh)
        #expect(page.subtitle == "情景：疫情冲击情景")
        // 84% → 69% is −15 points as displayed (the unrounded difference is −15.49).
        // The shock's size first (the fourth review's P2-3), then the change.
        #expect(
            page.judgement[0]
                == "本情景假定2022年社会消费品零售总额下降15%。与基准情景相比，本情景影响最大的是社会消费品零售总额：达标概率由84%变为69%（−15个百分点）；共1项目标的概率有变化。")
    }

    @Test func aScenarioIsNamedByItsOwnTitleNotItsParents() {
        let d = LeaderFixture.whatIf()
        #expect(d.scenarioName(.zh) == "疫情冲击情景" && d.scenarioName(.en) == "Epidemic shock")
        #expect(d.assumptions.map(\.text) == ["shock retail_sales -15% in 2022"])
        var child = LeaderFixture.document(scenario: "my_case")
        child.assumptions = [.init(text: "title \"基准情景\" \"Baseline\"", origin: "baseline (baseline.scn:5)")]
        #expect(child.scenarioTitle == nil && child.assumptions.isEmpty)
        #expect(ScenarioTitle.parse("title \"投资计划情景\"") == ScenarioTitle(zh: "投资计划情景", en: "投资计划情景"))
    }

    @Test func theAnnexHoldsTheCodeNames() {
        let html = HTMLReport.render(LeaderFixture.whatIf(), language: .zh)
        let annex = html.components(separatedBy: "<section class=\"annex\">").last ?? ""
        #expect(annex.contains("epidemic_shock"))
        let pageOne =
            html.components(separatedBy: "<section class=\"leader\">").last?.components(separatedBy: "</section>").first
            ?? ""
        #expect(!pageOne.contains("epidemic_shock") && !pageOne.contains("baseline"))
    }
}

extension LeaderPageTests {
    /// 三、可调控因素 gives every at-risk target its lever or says the model has none (review s6
    /// P2-2, s7 P2-2): the fixture's grain capacity (56 %, comparable places) is not moved by
    /// investment, and the page says so once; a likely target or one on the plan's path is not counted.
    @Test(arguments: [Language.zh, .en])
    func everyTargetAtRiskHasItsLeverOrIsSaidToHaveNone(language l: Language) {
        let levers = LeaderPage.levers(LeaderFixture.document(), language: l)
        let rest = levers.filter { $0.contains(l == .zh ? "没有可测算的调控手段" : "no lever") }
        #expect(rest.count == 1, "\(levers)")
        #expect(rest.first?.contains(l == .zh ? "其余1项" : "the other target at risk") == true, "\(levers)")
    }
}
