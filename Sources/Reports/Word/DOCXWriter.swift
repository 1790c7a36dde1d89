public import Foundation
public import PlanData

/// The briefing as a Word document (DOCX) that government offices edit in Word or WPS.
/// Its sections are the PDF's, in the PDF's order and numbering (``HTMLReport``): page one,
/// 专栏1 with the 2035 column and the table's key, the what-if's 假设与影响 with its
/// sub-headings, the forecast set against actuals, the inversions, the charts (native
/// DrawingML, each with its workbook), the history table, the data notes and the 技术附录.
/// Tables are real Word tables (header row repeated on each page). A4 portrait; CJK fonts
/// named (宋体 for text, 黑体 for headings).
public enum DOCXWriter {
    public static func document(_ d: ReportDocument, language l: Language) throws(InputIssue) -> Data {
        let zh = l == .zh
        var body: [String] = []
        let w = WordML.self
        // Page one for a leader; the body starts on page two.
        let page = LeaderPage(run: d, language: l)
        body += page.wordParagraphs()
        // The body's headings are numbered on from page one's (五、…).
        var headings = BodyHeadings(after: page, language: l)
        body += mainTable(
            d, language: l, heading: headings.next(zh ? "主要指标（专栏1）" : "Main indicators (Box 1 of the plan)"))
        body += whatIf(d, language: l, headings: &headings)
        if let t = TrackingSection.table(d, language: l) {
            body.append(w.paragraph(headings.next(t.title), style: "Heading1"))
            let nameWidth = 1900, rest = (9866 - nameWidth) / max(1, t.headers.count - 1)
            body.append(
                w.table(
                    header: t.headers, rows: t.rows, numeric: Set(1..<(t.headers.count - 1)), size: 18,
                    widths: [nameWidth] + Array(repeating: rest, count: t.headers.count - 1), notesFollow: true))
            body += w.notes([t.note])
        }
        let sentences = InversionSentences.sentences(d, language: l)
        if !sentences.isEmpty {
            body.append(w.paragraph(headings.next(InversionSentences.heading(d, language: l)), style: "Heading1"))
            body += sentences.enumerated().map { w.paragraph("\($0.offset + 1). " + $0.element) }
        }

        body.append(
            w.paragraph(headings.next(zh ? "达标概率与预测区间图" : "Charts: odds and forecast ranges"), style: "Heading1"))
        // The heading and its note go with the first chart, never alone at a page's foot.
        body.append(w.paragraph(ChartSpec.bandSentence(l), style: "Note", keepNext: true))
        let charts = WordCharts.charts(d, language: l)
        for k in charts.indices { body.append(w.chart(k + 1, tall: k == 0)) }

        body += history(d, language: l, heading: headings.next(zh ? "历史数据" : "History"))
        body.append(w.paragraph(headings.next(zh ? "数据说明" : "Data notes"), style: "Heading1"))
        body += d.notes(l).enumerated().map { w.paragraph("\($0.offset + 1). " + $0.element) }
        var annex = HTMLReport.annex(d, language: l)
        annex.number = headings.next("")
        body += annex.wordParagraphs()

        return try WordML.package(body: body, charts: charts, zh: zh)
    }

    /// What the scenario assumed and its differences from the baseline, under one heading
    /// with （一）假设 （二）与基准情景的差异, as the PDF has them.
    static func whatIf(_ d: ReportDocument, language l: Language, headings: inout BodyHeadings) -> [String] {
        let zh = l == .zh, w = WordML.self
        let assumptions = WhatIfSection.assumptionItems(d, language: l)
        let differences = WhatIfSection.differences(d, language: l)
        guard !assumptions.isEmpty || differences != nil else { return [] }
        var body = [
            w.paragraph(
                headings.next(zh ? "本情景的假设与影响" : "What this scenario assumes and changes"), style: "Heading1")
        ]
        var sub = 0
        func subheading(_ text: String) -> String {
            sub += 1
            return w.paragraph(OfficialForm.heading(text, level: 2, sub, language: l), style: "Heading2")
        }
        if !assumptions.isEmpty {
            body.append(subheading(zh ? "假设" : "Assumptions"))
            body += assumptions.enumerated().map {
                w.paragraph("\($0.offset + 1). " + WhatIfSection.plain($0.element, l))
            }
        }
        if let (headers, rows) = differences {
            body.append(subheading(zh ? "与基准情景的差异（同一组随机数）" : "Differences from the baseline (same random numbers)"))
            body.append(
                w.table(
                    header: WordTableLayout.differences(headers, language: l), rows: rows,
                    numeric: Set(1..<headers.count), size: 18, widths: WordTableLayout.differenceWidths(d, language: l),
                    keepTogether: true, notesFollow: true)
            )
            body += w.notes(ShockEffect.notes(d, language: l))
        }
        return body
    }

    /// The history table, rounded as the plan prints (a rebuilt 43.50*), as the PDF has it.
    static func history(_ d: ReportDocument, language l: Language, heading: String) -> [String] {
        let zh = l == .zh, w = WordML.self
        let years = Array(Set(d.indicators.flatMap { $0.history.map(\.year) })).sorted()
        guard !years.isEmpty else { return [] }
        let rows = d.indicators.map { ind -> [String] in
            let digits = BriefingTable.decimals(of: ind, in: d)
            return [ind.name(l)]
                + years.map { year -> String in
                    guard let p = ind.history.first(where: { $0.year == year }) else { return "" }
                    let mark = p.origin == "reconstructed" ? "*" : p.origin == "user" ? "†" : ""
                    return NumberFormat.fixed(p.value, decimals: digits) + mark
                }
        }
        let nameWidth = zh ? 2000 : 1800, yearWidth = (9866 - nameWidth) / years.count
        return [
            w.paragraph(heading, style: "Heading1"),
            w.table(
                header: [zh ? "指标" : "Indicator"] + years.map(String.init), rows: rows,
                numeric: Set(1...years.count), size: 18,
                widths: [nameWidth] + Array(repeating: yearWidth, count: years.count), keepTogether: true,
                notesFollow: true),
        ] + w.notes([HTMLReport.historyNote(l)])
    }
}
