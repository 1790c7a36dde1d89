import Foundation
import PlanData
import Testing

@testable import Reports

/// The Word and Excel charts draw the same 预测区间图 (history, band, median, target, a
/// what-if's baseline) and the same probability bars (an ended target's status, no odds),
/// from fixed documents (no Monte Carlo).
@Suite struct OfficeChartTests {
    /// The workbook's fan chart reads the 图表数据 sheet and carries the history it draws (from
    /// 2016 where measured; the fixture's 2014–2019 are rebuilt, so from 2020), the target as
    /// a diamond and the same cached figures as the Word chart.
    @Test(arguments: [Language.zh, Language.en])
    func excelFansCarryHistoryAndTarget(_ l: Language) throws {
        let d = LeaderFixture.document()
        let excel = XLSXCharts.charts(d, language: l, dataSheet: "图表数据")
        #expect(excel.count == 1 + d.indicators.count)
        let fan = excel[1]
        #expect(fan.contains("<c:f>&#39;图表数据&#39;!$B$2:$B$17</c:f>"))  // 2020–2035: 16 years
        #expect(fan.contains("<c:v>2020</c:v>") && !fan.contains("<c:v>2019</c:v>"))
        // The years are labelled every fifth and turned 45°, so they never run together.
        #expect(fan.contains("<c:tickLblSkip val=\"5\"/>") && fan.contains("<a:bodyPr rot=\"-2700000\""))
        #expect(fan.contains("<c:symbol val=\"diamond\"/>") && fan.contains("<c:v>\(ChartSpec.targetLabel(l))</c:v>"))
        // The 2020 history value (base 30.02) and the 2025 target 44.1 are cached.
        #expect(fan.contains("<c:v>30.02</c:v>") && fan.contains("<c:v>44.1</c:v>"))
        // Word draws the identical chart, only from its own Sheet1.
        let word = WordCharts.band(d.indicators[0], in: d, language: l)
        #expect(
            word
                == fan.replacingOccurrences(of: "&#39;图表数据&#39;!$", with: "Sheet1!$")
                .replacingOccurrences(of: "$B$", with: "$A$").replacingOccurrences(of: "$C$", with: "$B$")
                .replacingOccurrences(of: "$D$", with: "$C$").replacingOccurrences(of: "$E$", with: "$D$")
                .replacingOccurrences(of: "$F$", with: "$E$").replacingOccurrences(of: "$G$", with: "$F$"))
        // The band opens from the base year: 2020 has P10 = median = 30.02 and width 0. The
        // rebuilt years 2016–2019 are not drawn, so the chart starts at 2020: no zero-width
        // band before it, which Word and LibreOffice drew as a faint flat line.
        let f = XLSXCharts.BandFigures(d.indicators[0], in: d)
        #expect(f.years.first == 2020 && f.years.count == 16)
        #expect(f.p10[0] == 30.02 && f.median[0] == 30.02 && f.width[0] == 0 && f.history[0] == 30.02)
        #expect(try EmbeddedWorkbook.workbook(for: word) != nil)
        // The chart's note keeps with the first chart, so the heading never stands alone.
        #expect(WordML.paragraph("x", style: "Note", keepNext: true).contains("<w:keepNext/>"))
        // The second indicator's block starts after the first's 16 rows.
        #expect(excel[2].contains("&#39;图表数据&#39;!$B$18:$B$33"))
    }

    /// The sheet the charts read holds what they cache: 16 rows an indicator and the bars.
    @Test func chartDataSheetMatchesTheCharts() {
        let d = LeaderFixture.document()
        let sheet = XLSXWriter.chartData(d, language: .zh, decimals: [:])
        #expect(sheet.rows.count == 16 * d.indicators.count)
        #expect(sheet.header.count == 2 + 5 + 1 + 2)
        #expect(sheet.rows[0][1] == .integer(2020))
        #expect(sheet.rows[0][8] == .text("工业总产值") && sheet.rows[0][9] == .probability(0.1549))
    }

    /// A what-if's Word and Excel fans draw the baseline's median as a grey dashed line
    /// beside the scenario's band, as the PDF does.
    @Test(arguments: [Language.zh, Language.en])
    func whatIfChartsOverlayTheBaseline(_ l: Language) throws {
        let d = LeaderFixture.whatIf()
        let ind = d.indicators[1]
        let word = WordCharts.band(ind, in: d, language: l)
        #expect(
            word.contains("<c:v>\(XLSXCharts.baselineLabel(l))</c:v>")
                && word.contains("<a:srgbClr val=\"777777\"/></a:solidFill><a:prstDash val=\"dash\"/>"))
        // The baseline's 2025 median is cached (the fixture's what-if keeps the same medians).
        let m2025 = try #require(d.baseline?.medians[ind.id]?[2025])
        #expect(word.contains("<c:v>\(m2025)</c:v>"))
        #expect(try EmbeddedWorkbook.workbook(for: word) != nil)
        let excel = XLSXCharts.charts(d, language: l, dataSheet: "D")
        #expect(
            excel[2].contains("<c:v>\(XLSXCharts.baselineLabel(l))</c:v>")
                && excel[2].contains("&#39;D&#39;!$H$18:$H$33"))
        // The baseline itself draws no baseline.
        #expect(!WordCharts.band(ind, in: LeaderFixture.document(), language: l).contains(XLSXCharts.baselineLabel(l)))
    }

    /// `run --data`: a target whose year has passed has no bar in Word or Excel; its label
    /// says its status and completion, and the chart is 目标完成情况 when all have ended.
    @Test(arguments: [Language.zh, Language.en])
    func endedTargetsShowStatusNotOdds(_ l: Language) {
        let d = Self.endedDocument()
        let word = WordCharts.probabilities(d, language: l)
        #expect(word.contains(ChartSpec.probabilityTitle(d, language: l)))
        #expect(ChartSpec.probabilityTitle(d, language: l) == (l == .zh ? "目标完成情况" : "Where each target stands"))
        #expect(!word.contains(l == .zh ? "概率" : "Probability"))
        // No value is cached for any bar, so none is drawn or labelled.
        #expect(!word.contains("<c:pt idx=\"0\"><c:v>0.1549</c:v>"))
        let label = ChartSpec.barLabel(d.targets[0], in: d, language: l)
        #expect(label.contains(l == .zh ? "完成度104.2%" : "completion 104.2%"))
        #expect(label.contains(TargetEvaluation.Status.achieved.text(l)))
        #expect(word.contains(Markup.escape(label)))
        let sheet = XLSXWriter.chartData(d, language: l, decimals: [:])
        guard case .probability(let p) = sheet.rows[0][9] else {
            Issue.record("the bar's cell is a probability cell")
            return
        }
        #expect(p.map { !$0.isFinite } ?? true, "an ended target's cell is empty")
    }

    /// The fixture with every target's year passed: status 完成, completion 104.2 %.
    static func endedDocument() -> ReportDocument {
        let base = LeaderFixture.document()
        let ended = base.targets.map { t in
            var e = ReportDocument.Target(
                indicator: t.indicator, baseYear: t.baseYear, base: t.base, targetYear: t.targetYear, target: t.target,
                kind: t.kind,
                probability: t.probability, medianShortfall: nil, requiredGrowth: t.requiredGrowth,
                simulatedGrowth: t.simulatedGrowth,
                median: t.median, p10: t.p10, p90: t.p90, status: TargetEvaluation.Status.achieved.rawValue)
            e.phase = TargetEvaluation.Phase.ended.rawValue
            e.completion = 1.042
            return e
        }
        return ReportDocument(
            scenario: "baseline", indicators: base.indicators, planTitleZH: nil, planTitleEN: nil, targets: ended,
            inversions: [], notesZH: [], notesEN: [], provenance: LeaderFixture.provenance)
    }

    /// Page one of a run whose targets have all ended speaks of statuses, never of odds.
    @Test(arguments: [Language.zh, Language.en])
    func pageOneOfEndedTargetsHasNoOdds(_ l: Language) {
        let page = LeaderPage(run: Self.endedDocument(), language: l)
        let text = page.lines().joined(separator: "\n")
        #expect(!text.contains(l == .zh ? "概率" : "probability"), "\(text)")
        #expect(!text.contains(l == .zh ? "需年均增长" : "needs"), "no growth is needed once the year has passed")
        #expect(page.groups.map(\.0) == [.ended] && page.groups[0].1.count == 4)
        #expect(
            page.judgement[0].contains(
                l == .zh ? "4项目标年已过，按实际值评估：完成4项" : "4 have passed their year and are judged on the actuals: 4 achieved"),
            "\(page.judgement)")
        #expect(text.contains(l == .zh ? "工业总产值（完成，完成度104.2%）" : "Industrial output (achieved, completion 104.2%)"))
        #expect(page.levers.isEmpty)
    }
}
