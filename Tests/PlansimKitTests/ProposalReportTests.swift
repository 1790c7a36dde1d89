import Artifacts
import Foundation
import PlanData
import PlansimKit
import Reports
import Testing

/// The proposal report: page one in 公文 form for a leader, code names only in the annex,
/// every office format written.
@Suite struct ProposalReportTests {
    static let date = Date(timeIntervalSince1970: 1_796_601_600)  // 2026-12-07 (Asia/Shanghai)

    @Test func pageOneIsForALeaderAndCodeStaysInTheAnnex() throws {
        let set = try ProposeWorkflowTests.result.get().proposals
        let report = ProposalReport(set, language: .zh, date: Self.date)
        #expect(report.title == "天津市滨海新区海滨街道“十五五”规划主要指标建议", "\(report.title)")
        #expect(report.subtitle.first?.hasSuffix("2026年12月7日") == true, "\(report.subtitle)")
        let html = report.html()
        for heading in ["一、总体考虑", "二、主要指标建议", "三、需要关注的问题", "技术附录"] { #expect(html.contains(heading)) }
        #expect(html.range(of: "一、总体考虑")!.lowerBound < html.range(of: "技术附录")!.lowerBound)
        // Page one (all but the ILLUSTRATIVE banner, which every output made from made-up
        // actuals carries) has no Latin letters: no ids, file names or options.
        let pageOne =
            report.overview + report.tableHeaders + report.tableRows.flatMap { $0 } + report.issues + [
                report.tableNote, report.title,
            ]
        for text in pageOne { #expect(text.range(of: "[A-Za-z]", options: .regularExpression) == nil, "\(text)") }
        // The ids appear in the annex only.
        #expect(report.annexRows.map { $0[0] } == set.proposals.map(\.indicator))
        #expect(report.tableRows.count == set.proposals.count)
    }

    /// The official's second review: page one read "固定资产投资（五年累计）五年累计91.5亿元",
    /// and the annex named a left-out indicator by its code alone.
    @Test func namesAreNotRepeatedAndLeftOutIndicatorsAreNamed() throws {
        #expect(ProposalWords.name("固定资产投资（五年累计）", before: "五年累计91.5亿元") == "固定资产投资")
        #expect(ProposalWords.name("新增绿地面积(五年累计)", before: "五年累计14.6万平方米") == "新增绿地面积")
        #expect(ProposalWords.name("地区生产总值", before: "年均增长6%左右") == "地区生产总值")
        #expect(ProposalWords.name("一般公共预算收入（万元）", before: "年均增长5%左右") == "一般公共预算收入（万元）")
        let left = SkippedIndicator(
            indicator: "disposable_income", nameZH: "居民人均可支配收入", nameEN: "Per-capita disposable income",
            reasonZH: "目标为文字表述", reasonEN: "a target in words")
        #expect(ProposalWords.skipped(left, language: .zh) == "未提出：居民人均可支配收入（代码 disposable_income；目标为文字表述）")
        let set = try ProposeWorkflowTests.qingxi.get().proposals
        let report = ProposalReport(set, language: .zh, date: Self.date)
        #expect(!report.overview.joined().contains("（五年累计）五年累计"), "\(report.overview)")
    }

    @Test func everyOfficeFormatIsWritten() throws {
        let set = try ProposeWorkflowTests.result.get().proposals
        let files = try ProposalReport.files(
            set, formats: [.md, .html, .docx, .xlsx, .json], language: .zh, date: Self.date)
        #expect(
            files.map(\.name) == ["proposal.md", "proposal.html", "proposal.docx", "proposal.xlsx", "proposals.json"])
        for f in files where f.name.hasSuffix("x") { #expect(f.contents.starts(with: Array("PK".utf8)), "\(f.name)") }
        #expect(try ProposalSet.decode(files[4].contents) == set)
        let english = try ProposalReport.files(set, formats: [.md], language: .en, date: Self.date)
        #expect(english.first?.name == "proposal-en.md")
        #expect(String(decoding: english[0].contents, as: UTF8.self).contains("1. Overall approach"))
    }

    /// One chart per proposal read from the simulation (the shared 预测区间图 in HTML, a
    /// native chart in Word); 青溪镇's cumulative decline, not simulated, has none.
    @Test func aChartPerSimulatedIndicatorInEveryPrintedFormat() throws {
        let set = try ProposeWorkflowTests.qingxi.get().proposals
        let report = ProposalReport(set, language: .zh, date: Self.date)
        let simulated = set.proposals.filter { $0.odds != nil }
        #expect(simulated.allSatisfy { $0.band.count == 5 && $0.record.last?.year == 2025 })
        let html = report.html()
        #expect(html.components(separatedBy: "<figure class=\"chart\">").count - 1 == simulated.count)
        #expect(html.contains("建议目标路径") && html.contains("主要指标预测区间图"))
        let docx = try report.docx()
        // Part names are stored uncompressed in the ZIP's headers.
        #expect(docx.range(of: Data("word/charts/chart\(simulated.count).xml".utf8)) != nil)
        #expect(docx.range(of: Data("word/charts/chart\(simulated.count + 1).xml".utf8)) == nil)
    }

    /// The decline and the points rows read as plans print them, with a note that the
    /// higher level's allocation governs, and page one says why rows are slower.
    @Test func declinesAndPointsReadAsPrintedAndSlowerRowsAreExplained() throws {
        let set = try ProposeWorkflowTests.qingxi.get().proposals
        let report = ProposalReport(set, language: .zh, date: Self.date)
        let energy = try #require(report.tableRows.first { $0[1] == "单位地区生产总值能耗降低" })
        #expect(energy[5] == "累计下降13.6%" && energy[6] == "累计下降14%以上" && energy[7] == "—" && energy.last == "以上级下达指标为准")
        let rd = try #require(report.tableRows.first { $0[1] == "研发经费投入占地区生产总值比重" })
        #expect(rd[5] == "提高0.5个百分点" && rd[6].hasPrefix("提高") && rd[6].contains("个百分点左右（达到"))
        let slower = set.proposals.filter { !$0.binding && $0.flags.contains(.slowerThanLastPeriod) }
        // Page one says how many in a line; the annex says why, once.
        #expect(
            report.overview.contains {
                $0.contains("\(set.proposals.filter(\.showsSlower).count)项建议值低于上一时期实际增速，逐项原因见第三部分")
            })
        #expect(report.annexParagraphs.contains { $0.contains("\(slower.count)项建议值低于上一时期实际增速（原因见") })
        // Every slower row's reason is spelt out in 三、: the rows whose model median growth is
        // itself below the record on one shared line with both figures, every other row on its own.
        let pct = ProposalSuggestion.percent
        for p in set.proposals where p.showsSlower {
            let own = report.issues.contains {
                $0.contains(p.nameZH + "：") && $0.contains(p.slowerReason(zh: true) ?? "?")
            }
            let shared = report.issues.contains { line in
                line.contains("模型预测增速本身低于上一时期实际增速的")
                    && p.medianGrowth.map { line.contains("\(p.nameZH)（中位数年均\(pct($0))，上期") } == true
            }
            #expect(own || shared, "\(p.nameZH)")
        }
    }

    /// A 约束性 target held at the last actual is said to be held, with the odds the model
    /// gives it, in one sentence; it is never said to be set at the convention's high odds.
    @Test func heldBindingRowsSayHeldAndTheirOddsPlainly() throws {
        let set = try ProposeWorkflowTests.qingxi.get().proposals
        let report = ProposalReport(set, language: .zh, date: Self.date)
        let held = set.proposals.filter { $0.flags.contains(.heldAtLastActual) }
        #expect(!held.isEmpty)
        for p in held {
            let row = try #require(report.tableRows.first { $0[1] == p.nameZH })
            #expect(
                row.last == "按\(p.ceiling ? "不高于" : "不低于")期末实际确定，模型把握约\(ProposalWords.odds(p.odds))，须配套措施", "\(row)")
            #expect(!row.joined().contains("高把握"))
            #expect((p.odds ?? 1) < set.convention.bindingOdds)
            let suggestion = ProposalSuggestion(p).textZH
            #expect(suggestion.contains("期末实际确定，模型把握约") && !suggestion.contains("高把握"), "\(suggestion)")
        }
        // Page one names them with their odds, not "按约90%的高把握取值" alone.
        #expect(
            report.overview.contains {
                $0.hasPrefix("（三）约束性指标。") && $0.contains("按不弱于期末实际确定（下限不低于、上限不高于期末实际）")
                    && $0.contains("把握分别约为")
            })
        #expect(
            report.issues.contains { $0.contains(held.map(\.nameZH).joined(separator: "、")) && $0.contains("须配套措施") })
    }

    /// A held target whose odds are one half or more has the model's median on the good side of
    /// the last actual: page one never says it weakens "on trend" (review s7 P1-1: forest cover,
    /// fertiliser and grain area at 56%, 56%, 53% were said to weaken); one below one half does.
    @Test(arguments: [Language.zh, .en])
    func aHeldTargetWeakensOnTrendOnlyWhenItsMedianDoes(language l: Language) throws {
        var set = try ProposeWorkflowTests.qingxi.get().proposals
        let held = set.proposals.filter { $0.flags.contains(.heldAtLastActual) }
        #expect(held.count >= 2 && held.allSatisfy { ($0.odds ?? 0) >= 0.5 }, "\(held.map(\.odds))")
        let trend = l == .zh ? "按趋势推算将弱于" : "on trend"
        let better = l == .zh ? "中间走势好于期末实际" : "central trend is better than the last actual"
        var page = ProposalReport(set, language: l, date: Self.date).overview.joined()
        #expect(!page.contains(trend) && page.contains(better), "\(page)")
        // The first held target at 40%: its median is below the last actual, so its trend weakens.
        let first = try #require(set.proposals.firstIndex { $0.indicator == held[0].indicator })
        set.proposals[first].odds = 0.4
        page = ProposalReport(set, language: l, date: Self.date).overview.joined()
        let name = l == .zh ? held[0].nameZH : held[0].nameEN
        let weak = try #require(page.range(of: trend), "\(page)")
        #expect(page[..<weak.lowerBound].hasSuffix(name + (l == .zh ? "1项" : " would be weaker than the last actual ")))
        #expect(page.contains(better))
    }

    /// One slower binding target is "One binding target (…) is", never "1 binding targets" (review s7 P3-4).
    @Test func oneBindingTargetIsSingular() throws {
        let set = try ProposeWorkflowTests.qingxi.get().proposals
        let text = ProposalReport(set, language: .en, date: Self.date).annexParagraphs.joined(separator: " ")
        #expect(!text.contains("1 binding targets"), "\(text)")
        let slower = set.proposals.filter { $0.binding && $0.showsSlower }
        if slower.count == 1 { #expect(text.contains("One binding target (\(slower[0].nameEN))"), "\(text)") }
    }

    /// Page one names the town and gives the proposed figures under （一）（二）（三）; the method
    /// and 取值原则 are said once, in the annex, with no placeholder; the charts follow the
    /// analysis as 附件1, numbered, the technical annex is 附件2.
    @Test func pageOneGivesTheFiguresAndTheMethodIsInTheAnnex() throws {
        let set = try ProposeWorkflowTests.qingxi.get().proposals
        let report = ProposalReport(set, language: .zh, date: Self.date)
        #expect(report.title == "青溪镇“十五五”规划主要指标建议")
        #expect(report.overview.map { String($0.prefix(3)) } == ["（一）", "（二）", "（三）", "（四）"])
        let gdp = try #require(set.proposals.first { $0.indicator == "gdp" })
        #expect(report.overview[1].contains("地区生产总值" + gdp.wordingZH))
        let all = report.overview + report.annexParagraphs + report.issues
        #expect(!all.joined().contains("×"))
        #expect(
            all.filter { $0.contains("取值原则") }.count == 1 && report.annexParagraphs.contains { $0.hasPrefix("取值原则") })
        let html = report.html()
        let analysis = try #require(html.range(of: "三、需要关注的问题")), charts = try #require(html.range(of: "附件1：主要指标预测区间图"))
        let annex = try #require(html.range(of: "附件2：技术附录"))
        #expect(analysis.lowerBound < charts.lowerBound && charts.lowerBound < annex.lowerBound)
        #expect(html.contains("图1　") && html.contains("图\(set.proposals.filter { !$0.band.isEmpty }.count)　"))
    }

    /// Shares are read in points, never as growth rates; a fall is 年均下降, not 年均增长−0.5%;
    /// a total sits beside the last period's total (〔…〕), not a year's amount; the annex is
    /// Chinese through and through but for file names and digests.
    @Test func sharesInPointsTotalsBesideTotalsAndAChineseAnnex() throws {
        let set = try ProposeWorkflowTests.qingxi.get().proposals
        let report = ProposalReport(set, language: .zh, date: Self.date)
        for p in set.proposals where p.unitZH == "%" && p.form != .decline {
            let row = try #require(report.tableRows.first { $0[1] == p.nameZH })
            #expect(row[5].contains("个百分点"), "\(row)")
            #expect(!ProposalSuggestion(p).textZH.contains("年均增长"), "\(ProposalSuggestion(p).textZH)")
        }
        for p in set.proposals { #expect(!ProposalSuggestion(p).textZH.contains("增长−"), "\(p.nameZH)") }
        let sum = try #require(set.proposals.first { $0.form == .periodSum && $0.lastSum != nil })
        #expect(try #require(report.tableRows.first { $0[1] == sum.nameZH })[4].hasPrefix("〔"))
        for line in report.annexParagraphs {
            #expect(
                !line.contains("model:") && !line.contains("convention:") && !line.hasPrefix("plan:")
                    && !line.hasPrefix("actuals:"), "\(line)")
        }
    }

    /// The Excel tables print on A4 landscape at ≥ 9 pt: LibreOffice fits about 110
    /// characters of the 11-point font across the page at 100 % (measured on the printed
    /// PDF: 149 characters came out at 8 pt), so 9 pt allows 110 ÷ 0.82 ≈ 134.
    @Test func excelTablesAreNarrowEnoughToPrintReadably() {
        for n in [9, 10] {
            for l in Language.allCases {
                let widths = ProposalReport.workbookWidths(columns: n, language: l)
                #expect(widths.count == n && widths.reduce(0, +) <= 134, "\(widths)")
            }
        }
        #expect(
            Language.allCases.allSatisfy {
                EvaluationRenderers.workbookWidths($0).count == 10
                    && EvaluationRenderers.workbookWidths($0).reduce(0, +) <= 134
            })
    }
}
