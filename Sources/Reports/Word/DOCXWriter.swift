public import Foundation
public import PlanData

/// The briefing as a Word document (DOCX) that government offices edit in Word or WPS:
/// the summary, the main table and the what-if tables as real Word tables (header row
/// repeated on each page), the inversions as sentences, and native DrawingML charts
/// (probability bars, a P5/P50/P95 chart per indicator) carrying their numbers. A4
/// portrait; CJK fonts named (宋体 for text, 黑体 for headings).
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
        body.append(
            w.paragraph(
                headings.next(zh ? "主要指标（专栏1）" : "Main indicators (Box 1 of the plan)"), style: "Heading1",
                pageBreakBefore: true))
        let table = BriefingTable(d, language: l)
        typealias C = BriefingTable.Column
        // At 9 pt the 2035 column does not fit A4 portrait; it stays in the workbook and the PDF.
        let columns = TextBriefing.columns(d).filter { $0 != C.horizon }
        let rows = table.rows.indices.map { k in
            columns.map { j in
                j == C.median
                    ? "\(table.display(row: k, column: j))\n(\(table.display(row: k, column: C.p10))–\(table.display(row: k, column: C.p90)))"
                    : table.display(row: k, column: j)
            }
        }
        let textColumns: Set<Int> = [C.name, C.unit, C.evidence, C.status]
        // Widths in twips for 9 pt text on A4 portrait's 17.3 cm (9866 twips): the name column
        // fits the longest name; headers wrap between words, numbers never.
        let nameWidth = min(
            zh ? 1900 : 1500, max(1100, (d.indicators.map { DisplayWidth.of($0.name(l)) }.max() ?? 10) * 92 + 120))
        // The median column holds `(1672–3232)` on its second line without a break.
        let widthOf: [Int: Int] = [
            C.number: zh ? 420 : 300, C.name: nameWidth, C.unit: zh ? 520 : 760, C.base: 720,
            C.target: zh ? 1200 : 1100, C.median: 1400,
            C.probability: zh ? 760 : 800, C.evidence: zh ? 820 : 760, C.growthNeeded: zh ? 780 : 800,
            C.growthForecast: zh ? 780 : 800,
            C.status: 800,
        ]
        // The median's column holds the 80 % range on its second line; its header says so.
        let header = columns.map {
            $0 == C.median ? table.headers[$0] + (zh ? "\n（八成把握区间）" : "\n(80% range)") : table.headers[$0]
        }
        body.append(
            w.table(
                header: header, rows: rows,
                numeric: Set(columns.indices.filter { !textColumns.contains(columns[$0]) }), size: 18,
                widths: columns.map { widthOf[$0] ?? 700 }))
        body.append(w.paragraph(BriefingTable.evidenceLegend(zh: zh), style: "Note"))
        if let note = BriefingTable.periodSumNote(d, language: l, horizonColumn: false) {
            body.append(w.paragraph(note, style: "Note"))
        }
        if let note = UnitCaution.tableNote(d, language: l) { body.append(w.paragraph(note, style: "Note")) }
        // The checks: one sentence here, in full in the annex.
        if let sentence = WhatIfSection.checkSummary(d, language: l) { body.append(w.paragraph(sentence)) }

        let assumptions = WhatIfSection.assumptionItems(d, language: l)
        if !assumptions.isEmpty {
            body.append(w.paragraph(headings.next(zh ? "本情景的假设" : "What this scenario assumes"), style: "Heading1"))
            body += assumptions.enumerated().map {
                w.paragraph("\($0.offset + 1). " + WhatIfSection.plain($0.element, l))
            }
        }
        if let (headers, rows) = WhatIfSection.differences(d, language: l) {
            body.append(
                w.paragraph(
                    headings.next(zh ? "与基准情景的差异（同一组随机数）" : "Differences from the baseline (same random numbers)"),
                    style: "Heading1"))
            body.append(
                w.table(
                    header: headers, rows: rows, numeric: Set(1..<headers.count), size: 18,
                    widths: [nameWidth + 500, 520, 1150, 1250, 800, 800, 1650, 900]))
            body += ShockEffect.notes(d, language: l).map { w.paragraph($0, style: "Note") }
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

        body.append(w.paragraph(headings.next(zh ? "数据说明" : "Data notes"), style: "Heading1"))
        body += d.notes(l).enumerated().map { w.paragraph("\($0.offset + 1). " + $0.element) }
        var annex = HTMLReport.annex(d, language: l)
        annex.number = headings.next("")
        body += annex.wordParagraphs()

        return try WordML.package(body: body, charts: charts, zh: zh)
    }
}
