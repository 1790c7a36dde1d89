import Foundation
import Testing

@testable import PlanData
@testable import Reports

/// Page one's notice on an ended plan period, and the body pages in words: numbered
/// headings after page one, checks without marks, the range and the evidence in words,
/// one probability format, Word body text indented two characters.
@Suite struct BriefingBodyTests {
    /// A report dated after the period's last target year, without actuals, says on page
    /// one that the period has ended and that its 2025 figures are a retrospective estimate.
    @Test func aReportAfterThePeriodSaysThePeriodHasEnded() {
        let zh = LeaderPage(run: LeaderFixture.document(), language: .zh)
        #expect(
            zh.notice == "提示：规划期（2021—2025年）已于2025年结束，各项目标应以实际数据评估（见规划实施总结评估）；本报告依据截至2020年的数据测算，对2025年的结果属回顾性估计，仅供对照参考。"
        )
        #expect(OfficialForm.latinWords(zh.allText) == [])
        // Shown under the title, before 一、总体判断, in every rendering.
        let html = zh.html()
        #expect(html.range(of: "class=\"notice\"")!.lowerBound < html.range(of: "一、总体判断")!.lowerBound)
        #expect(zh.wordParagraphs()[3].contains("<w:pStyle w:val=\"Notice\"/>"))
        let en = LeaderPage(run: LeaderFixture.document(), language: .en)
        #expect(en.notice?.contains("the plan period (2021–2025) ended in 2025") == true)
        #expect(en.notice?.contains("retrospective estimate") == true)
        // The annex names the commands that judge the period on actuals.
        #expect(
            HTMLReport.annex(LeaderFixture.document(), language: .zh).reproduction.contains {
                $0.contains("plansim evaluate --data")
            })
    }

    /// While the period runs (a report made in 2024) there is no such notice.
    /// The period-sum note names only the columns the table prints: a table without the
    /// 2035 column (the official's second review found one in Word) must not mention one.
    @Test func thePeriodSumNoteNamesOnlyPrintedColumns() throws {
        let base = LeaderFixture.document()
        let sum = LeaderFixture.target(
            "market_entities", base: 0.65, target: 4.0, p: 0.5, needed: 0.05, simulated: 0.05,
            evidence: "plan", kind: "period_sum")
        let d = ReportDocument(
            scenario: base.scenario, indicators: base.indicators, planTitleZH: nil, planTitleEN: nil,
            targets: Array(base.targets.prefix(3)) + [sum], inversions: [], notesZH: [], notesEN: [],
            provenance: LeaderFixture.provenance)
        let full = try #require(BriefingTable.periodSumNote(d, language: .zh))
        let word = try #require(BriefingTable.periodSumNote(d, language: .zh, horizonColumn: false))
        let horizon = try #require(d.indicators.first?.years.last?.year)
        #expect(full.contains("2020与\(horizon)列"), "\(full)")
        #expect(word.contains("2020列") && !word.contains("\(horizon)列"), "\(word)")
    }

    @Test func aReportWithinThePeriodHasNoNotice() {
        let d = LeaderFixture.document(created: "2024-03-01T02:00:00Z")
        #expect(LeaderPage(run: d, language: .zh).notice == nil)
        #expect(!HTMLReport.annex(d, language: .zh).reproduction.contains { $0.contains("evaluate") })
    }

    /// The body's headings go on from page one's numbering: page one has 一、…四、 so the
    /// main table is 五、, the annex last.
    @Test func bodyHeadingsAreNumberedOnFromPageOne() {
        let html = HTMLReport.render(LeaderFixture.document(), language: .zh)
        let headings = html.components(separatedBy: "<h2>").dropFirst().map { String($0.prefix { $0 != "<" }) }
        #expect(headings.prefix(4) == ["一、总体判断", "二、分项", "三、可调控因素", "四、提请注意"])
        #expect(headings.dropFirst(4).first == "五、主要指标（专栏1）")
        #expect(headings.last == "九、技术附录")
        #expect(headings.contains("六、达标概率与预测区间图"))
        // Every body heading carries a Chinese numeral.
        #expect(headings.allSatisfy { $0.contains("、") })
    }

    /// The comparison numbers its body on from its page one too, keeps the charts' heading
    /// with the first chart, and carries the reference run's notice; a what-if's
    /// sub-headings are （一）（二）….
    @Test func comparisonAndWhatIfHeadingsAreNumbered() {
        let docs = [LeaderFixture.document(), LeaderFixture.whatIf()]
        let html = ComparisonHTML.page(docs, language: .zh)
        let headings = html.components(separatedBy: "<h2>").dropFirst().map { String($0.prefix { $0 != "<" }) }
        let leader = LeaderPage(compare: docs, language: .zh)
        #expect(leader.notice?.contains("已于2025年结束") == true)
        let body = headings.dropFirst(leader.sections.count)
        #expect(body.first == OfficialForm.heading("比较详情", level: 1, leader.sections.count + 1, language: .zh))
        #expect(body.allSatisfy { $0.contains("、") } && body.last?.hasSuffix("技术附录") == true)
        #expect(html.contains("<div class=\"keep\"><h2>") && html.contains("预测区间图（各情景叠加）</h2><p class=\"note\">"))
        let whatIf = HTMLReport.render(LeaderFixture.whatIf(), language: .zh)
        #expect(whatIf.contains("<h3>（一）假设</h3>") && whatIf.contains("<h3>（二）与基准情景的差异（同一组随机数）</h3>"))
    }

    /// Checks in words (no ✓/✗), the range and the evidence in words, the plan path's
    /// probability as 约50% in the table and on its bar.
    @Test func theBodySaysItInWords() {
        var d = LeaderFixture.document()
        d.checks = [.init(text: "check retail_sales min >= 0", passed: true, value: 20.5, year: 2021)]
        let html = HTMLReport.render(d, language: .zh)
        #expect(!html.contains("✓") && !html.contains("✗"))
        #expect(html.contains("社会消费品零售总额各年最小值不低于0：符合要求"))
        #expect(html.contains("<th class=\"c7\">八成把握区间</th>") && !html.contains(">P10–P90<"))
        #expect(html.contains("有八成把握落在此范围，低于下限、高于上限的可能各约一成"))
        // 依据 in words, no 先验/规划 as a grade.
        #expect(html.contains(">同类经验<") && html.contains(">规划路径<") && !html.contains(">先验<"))
        // The plan path's probability is 约50% in the table, the bars and the Word/Excel label alike.
        #expect(html.contains("class=\"c9 num plan\">约50%<") && !html.contains("(51%)"))
        #expect(ProbabilityChart.svg(d, language: .zh).contains(">约50%<"))
        #expect(WordCharts.probabilities(d, language: .zh).contains("<a:t>约50%</a:t>"))
        // … and in a what-if's table of differences.
        let rows = WhatIfSection.differences(LeaderFixture.whatIf(), language: .zh)?.rows ?? []
        #expect(rows.contains { $0[0] == "市场主体数量" && $0[6] == "约50% → 约50%" && $0[7] == "—" })
    }

    /// Word body text has a two-character first-line indent (公文); headings, notes, tables
    /// and charts do not.
    @Test func wordBodyTextIsIndentedTwoCharacters() throws {
        #expect(WordML.paragraph("正文。").contains("<w:pStyle w:val=\"Body\"/>"))
        let styles = WordML.styles(zh: true)
        #expect(
            styles.contains(
                "w:styleId=\"Body\"><w:name w:val=\"Body Text\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:ind w:firstLineChars=\"200\""
            ))
        let docx = try DOCXWriter.document(LeaderFixture.document(), language: .zh)
        let zip = try ZipParts(Array(docx))
        let xml = String(decoding: try #require(try zip.part("word/document.xml", limit: 10_000_000)), as: UTF8.self)
        #expect(
            xml.contains(
                "<w:pStyle w:val=\"Heading1\"/><w:pageBreakBefore/></w:pPr><w:r><w:t xml:space=\"preserve\">五、主要指标（专栏1）"
            ))
        #expect(xml.contains("<w:pStyle w:val=\"Body\"/>"))
        #expect(!xml.contains("✓"))
    }
}
