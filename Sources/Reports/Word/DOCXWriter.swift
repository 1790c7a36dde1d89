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
        body.append(w.paragraph(d.title(zh ? .zh : .en), style: "Title"))
        body.append(w.paragraph(zh ? "情景：\(d.scenario) · \(NumberFormat.chineseCount(d.provenance.paths))条模拟路径 · \(NumberFormat.beijingTime(d.provenance.created, zh: true))"
                                   : "Scenario: \(d.scenario) · \(NumberFormat.grouped(d.provenance.paths)) simulated paths · \(NumberFormat.beijingTime(d.provenance.created, zh: false))", style: "Subtitle"))
        body.append(w.paragraph(zh ? "简报" : "Summary", style: "Heading1"))
        body += BriefingSummary.paragraphs(d, language: l).map { w.paragraph($0) }

        body.append(w.paragraph(zh ? "主要指标（专栏1）" : "Main indicators (Box 1 of the plan)", style: "Heading1"))
        let table = BriefingTable(d, language: l)
        typealias C = BriefingTable.Column
        let columns = TextBriefing.columns(d)
        let rows = table.rows.indices.map { k in
            columns.map { j in
                j == C.median ? "\(table.display(row: k, column: j))\n(\(table.display(row: k, column: C.p10))–\(table.display(row: k, column: C.p90)))"
                              : table.display(row: k, column: j)
            }
        }
        let textColumns: Set<Int> = [C.name, C.unit, C.evidence, C.status]
        // Widths in twips for 7.5 pt text on A4 portrait's 17.3 cm: the name column fits the longest name.
        // English names wrap between words, so their column is capped to leave the headers room.
        let nameWidth = min(zh ? 2600 : 1520, max(1200, (d.indicators.map { DisplayWidth.of($0.name(l)) }.max() ?? 10) * 80 + 160))
        // Headers never break inside a word (P(meet), Evidence, forecast); in Chinese 序号 and
        // `50.00（累计）` stay on one line.
        let widthOf: [Int: Int] = [C.number: zh ? 520 : 320, C.name: nameWidth, C.unit: zh ? 480 : 820, C.base: 640, C.target: zh ? 1200 : 980, C.median: 1300,
                                   C.probability: zh ? 700 : 820, C.evidence: zh ? 640 : 860, C.growthNeeded: zh ? 760 : 800, C.growthForecast: zh ? 760 : 840,
                                   C.horizon: 900, C.status: 800]
        body.append(w.table(header: columns.map { table.headers[$0] }, rows: rows,
                            numeric: Set(columns.indices.filter { !textColumns.contains(columns[$0]) }), size: 15,
                            widths: columns.map { widthOf[$0] ?? 700 }))
        body.append(w.paragraph(BriefingTable.evidenceLegend(zh: zh), style: "Note"))
        if let note = BriefingTable.periodSumNote(d, language: l) { body.append(w.paragraph(note, style: "Note")) }

        let assumptions = WhatIfSection.assumptionItems(d, language: l)
        if !assumptions.isEmpty {
            body.append(w.paragraph(zh ? "本情景的假设" : "What this scenario assumes", style: "Heading1"))
            body += assumptions.map { w.paragraph("• " + WhatIfSection.plain($0, l)) }
        }
        if let (headers, rows) = WhatIfSection.differences(d, language: l) {
            body.append(w.paragraph(zh ? "与基准情景的差异（同一组随机数）" : "Differences from the baseline (same random numbers)", style: "Heading1"))
            body.append(w.table(header: headers, rows: rows, numeric: Set(1..<headers.count), size: 16,
                                widths: [nameWidth + 700, 520, 1150, 1250, 760, 760, 1650, 900]))
        }
        let checks = WhatIfSection.checkItems(d, language: l)
        if !checks.isEmpty {
            body.append(w.paragraph(zh ? "检查结果" : "Checks", style: "Heading1"))
            body += checks.map { w.paragraph(WhatIfSection.plain($0, l)) }
        }
        let sentences = InversionSentences.sentences(d, language: l)
        if !sentences.isEmpty {
            body.append(w.paragraph(zh ? "目标反推：投资需要多少" : "Target inversion: how much investment it takes", style: "Heading1"))
            body += sentences.map { w.paragraph("• " + $0) }
        }

        body.append(w.paragraph(zh ? "图表" : "Charts", style: "Heading1", pageBreakBefore: true))
        let charts = WordCharts.charts(d, language: l)
        for k in charts.indices { body.append(w.chart(k + 1, tall: k == 0)) }

        body.append(w.paragraph(zh ? "数据说明" : "Data notes", style: "Heading1"))
        body += d.notes(l).map { w.paragraph("• " + $0) }
        body.append(w.paragraph(zh ? "来源与可复现信息" : "Provenance", style: "Heading1"))
        body += MarkdownReport.provenanceLines(d, language: l).map { w.paragraph($0, style: "Note") }

        return try WordML.package(body: body, charts: charts, zh: zh)
    }
}
