import Artifacts
import Foundation
import PlanData
import PlansimKit
import ScenarioDSL
import Testing

@testable import Reports

/// The cycle's reports on a table imported as printed (青溪镇: no English title, Chinese
/// categories, units such as 平方米), after the official's fourth reading: the English
/// evaluation and proposal read English, the Chinese ones print numbers as Chinese tables
/// do, the Word charts keep the PDF's value axis, and figures in 万 beside a unit column are
/// explained.
@Suite struct CycleReportFormTests {
    static let qingxiEvaluation: Result<EvaluationDocument, any Error> = Result {
        let plan = try PlanFiles.load(
            path: ProposeWorkflowTests.examples.appendingPathComponent("qingxi-14th.plan").path
        ).get()
        let actuals = try UserData.load(path: ProposeWorkflowTests.qingxiActualsPath, for: plan)
        return try EvaluateWorkflow.run(
            EvaluateRequest(
                plan: plan, actuals: actuals, illustrative: true, asOf: nil,
                convention: EvaluationConvention(largelyAchievedFrom: 0.9), paths: 1000, seed: 7, threads: 1,
                date: (2026, 12, 7), version: "test")
        ).document
    }

    /// P2-7: the title, categories, units and qualitative targets of the English table are
    /// English; only the plan's own notes (quoted as printed) may keep Chinese.
    @Test func theEnglishEvaluationTableIsEnglish() throws {
        let d = try Self.qingxiEvaluation.get()
        let title = EvaluationWords(d, .en).title
        // Whose plan (review s7 P2-9): the plan states no English title, so its level, from 青溪镇.
        #expect(title == "Evaluation of the main indicators of the town's 14th Five-Year Plan", "\(title)")
        for (k, r) in d.rows.enumerated() {
            let cells = EvaluationTable.cells(r, number: k + 1, .en)
            for c in cells { #expect(!PlanGlossary.hasHan(c), "row \(k + 1): \(c)") }
        }
        let green = try #require(d.rows.first { $0.indicator.id == "new_green_space" })
        #expect(EvaluationTable.cells(green, number: 1, .en)[1] == "Green development")
        #expect(green.indicator.unit(.en) == "m²")
        let income = try #require(d.rows.first { $0.indicator.id == "disposable_income" })
        #expect(EvaluationTable.targetText(income, .en) == "in step with economic growth")
    }

    /// P2-5: Chinese tables and sentences print 21500万元, never 21,500万元 (as the plan's own
    /// table and the run briefings do); English keeps 21,500. Ranges read 至, not an en dash.
    @Test func chineseFiguresHaveNoThousandsSeparators() throws {
        let d = try Self.qingxiEvaluation.get()
        let md = EvaluationRenderers.markdown(d, language: .zh)
        #expect(!md.contains("21,500") && md.contains("21500"))
        #expect(md.range(of: "[0-9],[0-9]{3}", options: .regularExpression) == nil)
        #expect(md.contains("八成把握区间") && !md.contains("八成区间"))
        #expect(!md.contains("中位数好"))
        #expect(EvaluationRenderers.markdown(d, language: .en).contains("21,500"))
    }

    /// P2-10: a Word chart's value axis is the PDF's (森林覆盖率 about 28 %, not from 0).
    @Test func wordChartsKeepThePDFAxis() throws {
        let d = try Self.qingxiEvaluation.get()
        let forest = try #require(d.rows.first { $0.indicator.id == "forest_cover" && $0.charted })
        let axis = try #require(EvaluationChart.axis(forest))
        #expect(axis.min > 0)
        let xml = EvaluationWord.chart(forest, .zh)
        #expect(xml.contains("<c:min val=\"\(axis.min)\"/>") && xml.contains("<c:max val=\"\(axis.max)\"/>"))
    }

    /// P2-7 and P3-3: a total's last-period figure reads Σ in English (〔〕 in Chinese); a
    /// figure written in 万 beside a unit column in the unit itself gets one note with an
    /// example from the table.
    @Test func proposalTotalsAndTenThousandFigures() throws {
        let set = try ProposeWorkflowTests.qingxi.get().proposals
        let en = ProposalReport(set, language: .en, date: ProposalReportTests.date)
        let investment = try #require(en.tableRows.first { $0[1] == "Fixed-asset investment" })
        #expect(investment[4].hasPrefix("Σ "), "\(investment)")
        for row in en.tableRows { for c in row { #expect(!c.contains("〔") && !c.contains("平方米"), "\(c)") } }
        let zh = ProposalReport(set, language: .zh, date: ProposalReportTests.date)
        #expect(zh.tableNote.contains("建议值达到一万的以“万”计"), "\(zh.tableNote)")
        #expect(zh.tableNote.range(of: "如“[0-9.]+万[^”]+”即[0-9]+", options: .regularExpression) != nil)
    }

    /// P3-2: a binding decline set at the last pace rounded up says so (14% is not the old
    /// target read back); a value below the median says the odds it was set at.
    @Test func proposalReasonsSayHowTheFigureWasSet() throws {
        let set = try ProposeWorkflowTests.qingxi.get().proposals
        let energy = try #require(set.proposals.first { $0.indicator == "energy_intensity_decline" })
        #expect(ProposalSuggestion(energy).textZH.contains("按上期实际降幅向上取至半个百分点确定"))
        for p in set.proposals where p.slowerBecause == .oddsBelowMedian && !p.binding {
            let why = try #require(p.slowerReason(zh: true))
            #expect(why.contains("的把握，取值低于中位数") && !why.contains("按高于五成的把握取值后"), "\(why)")
        }
    }

    static let haibinEvaluation: Result<EvaluationDocument, any Error> = Result {
        let plan = HaibinPlan.dataset()
        let actuals = try UserData.load(path: EvaluateWorkflowTests.actualsPath, for: plan)
        return try EvaluateWorkflow.run(
            EvaluateRequest(
                plan: plan, actuals: actuals, illustrative: true, asOf: nil,
                convention: EvaluationConvention(largelyAchievedFrom: 0.9), paths: 1000, seed: 7, threads: 1,
                date: (2026, 12, 7), version: "test")
        ).document
    }

    /// Fifth reading, P1-5: Haibin's investment total has no forecast of its own (the plan's
    /// path fed back), so the evaluation never weighs the target against it.
    @Test func aPlanPathTargetIsNotWeighedAgainstAForecast() throws {
        let d = try Self.haibinEvaluation.get()
        let investment = try #require(d.rows.first { $0.indicator.id == "fixed_investment" })
        #expect(investment.forecastOnPlanPath && investment.forecast == nil && investment.path.isEmpty)
        let words = EvaluationWords(d, .zh).analysis(investment)
        #expect(words.contains("非预测") && !words.contains("基期预测2025年中位数"), "\(words)")
        #expect(!EvaluationWords(d, .zh).problems.joined().contains("累计固定资产投资总额的目标高于基期预测"))
    }

    /// Fifth reading, P1-2: a doubtful printed unit is marked in the table and flagged on page one.
    @Test func aDoubtfulUnitIsFlaggedOnPageOne() throws {
        let d = try Self.haibinEvaluation.get()
        let grain = try #require(d.rows.first { $0.indicator.id == "grain_capacity" })
        #expect(grain.unitText(.zh) == "吨※")
        #expect(EvaluationWords(d, .zh).overall.contains { $0.hasPrefix("※") && $0.contains("疑为“万吨”") })
    }

    /// Fifth reading, P1-1: no Chinese character anywhere in the English evaluation's and
    /// proposal's text (Markdown carries every section, the annex included).
    @Test func englishCycleReportsHaveNoChinese() throws {
        let md = EvaluationRenderers.markdown(try Self.qingxiEvaluation.get(), language: .en)
        for line in md.split(separator: "\n") { #expect(!PlanGlossary.hasHan(String(line)), "\(line)") }
        let report = ProposalReport(try ProposeWorkflowTests.qingxi.get().proposals, language: .en)
        let texts = report.overview + report.issues + report.annexParagraphs + [report.tableNote, report.title]
        for text in texts + (report.tableRows + report.annexRows).flatMap({ $0 }) {
            #expect(!PlanGlossary.hasHan(text), "\(text)")
        }
    }

    /// Fifth reading, P2-2: dated December 2026, the 2026–2030 proposal is for comparison with
    /// the targets already adopted, not for drafting the 纲要; dated before 2026 it is.
    @Test func aProposalDatedInTheNewPlanSaysItIsForComparison() throws {
        let set = try ProposeWorkflowTests.qingxi.get().proposals
        let now = ProposalReport(set, language: .zh, date: ProposalReportTests.date).overview[0]
        #expect(now.contains("规划实施中与已确定目标对照和中期评估参考") && now.contains("提示") && !now.contains("供编制"), "\(now)")
        let before = ProposalReport(set, language: .zh, date: Date(timeIntervalSince1970: 1_750_000_000)).overview[0]
        #expect(before.contains("供编制“十五五”规划纲要参考") && !before.contains("提示"), "\(before)")
    }

    /// Sixth reading, P2-4: 五、 does not call a target "above the forecast" when the actual
    /// beat the forecast (青溪镇's GDP: 68.1 against a median of 58.9); it starts from the record.
    @Test func theAdviceDoesNotBlameATargetTheActualBeatTheForecastFor() throws {
        let w = EvaluationWords(try Self.qingxiEvaluation.get(), .zh)
        #expect(!w.suggestions.contains { $0.contains("的目标高于基期预测") && $0.contains("地区生产总值") })
        #expect(w.suggestions.contains { $0.contains("地区生产总值") && $0.contains("实际好于基期预测") })
    }
}
