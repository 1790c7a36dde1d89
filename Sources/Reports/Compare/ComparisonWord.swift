import Foundation
import PlanData

/// A comparison as a Word document (DOCX), like the run briefing's: the summary in words
/// first, then the target probabilities and the medians with their differences as real
/// Word tables (each on one A4 portrait page: the medians table starts on a page of its
/// own, its indicator names merged down their years, its font and widths chosen by
/// ``ComparisonTable``), then native charts — each scenario's probabilities as bars side by
/// side, and per indicator the reference's P10–P90 band with every scenario's median —
/// carrying their numbers. CJK fonts named.
enum ComparisonWord {
    /// The text width of A4 portrait with the document's margins, in twips.
    static let textWidth = 11906 - 2 * 1020

    static func document(_ docs: [ReportDocument], language l: Language) throws(InputIssue) -> Data {
        let zh = l == .zh, w = WordML.self
        var body: [String] = []
        let leader = LeaderPage(compare: docs, language: l)
        body += leader.wordParagraphs()
        // The body's headings are numbered on from page one's.
        var headings = BodyHeadings(after: leader, language: l)
        body.append(
            w.paragraph(
                headings.next(zh ? "比较详情" : "The comparison in detail"), style: "Heading1", pageBreakBefore: true))
        body += ComparisonSummary.paragraphs(docs, language: l).map { w.paragraph($0) }

        // Past three scenarios the summary fills the first page; the table starts the next.
        body.append(
            w.paragraph(
                headings.next(zh ? "达标概率" : "Probability of meeting each target"), style: "Heading1",
                pageBreakBefore: docs.count > 3))
        let targets = docs[0].targets
        let probability = { (d: ReportDocument, id: String) in d.targets.first { $0.indicator == id }?.probability }
        // A target on the plan's own path reads 约50% with no change, as on page one and the bars.
        let plan = { (id: String) in ComparisonReport.onPlanPath(id, docs) }
        let rows = targets.map { t in
            [docs[0].indicator(t.indicator)?.name(l) ?? t.indicator, "\(t.targetYear)"]
                + docs.map {
                    plan(t.indicator)
                        ? BriefingTable.planProbability(l) : NumberFormat.probability(probability($0, t.indicator))
                }
                + docs.dropFirst().map { d in
                    plan(t.indicator)
                        ? "—"
                        : probability(d, t.indicator).map {
                            ChartSpec.pointChangeText(from: t.probability, to: $0, language: l)
                        } ?? "—"
                }
        }
        let odds = ComparisonTable.layout(
            docs, language: l,
            headers: { label in
                [zh ? "目标" : "Target", zh ? "目标年份" : "Year"] + docs.indices.map(label)
                    + docs.indices.dropFirst().map { (zh ? "变化\n" : "Δ\n") + label($0) }
            },
            body: (0..<(2 * docs.count + 1)).map { j in rows.map { $0[j] } }, points: Double(textWidth) / 20,
            unitWidth: ComparisonTable.wordUnit)
        if let key = odds.key { body.append(w.paragraph(key, style: "Note")) }
        body.append(
            w.table(
                header: odds.headers, rows: rows, numeric: Set(1..<odds.headers.count),
                size: Int((odds.size * 2).rounded()),
                widths: odds.shares.map { Int(Double(textWidth) * $0) }))

        let table = ComparisonTable(
            docs, language: l, width: Double(textWidth) / 20, unitWidth: ComparisonTable.wordUnit)
        body.append(
            w.paragraph(
                headings.next(zh ? "中位数与差异" : "Medians and differences"), style: "Heading1", pageBreakBefore: true))
        if let key = table.key { body.append(w.paragraph(key, style: "Note")) }
        var medians: [[String]] = [], spans: [Int: Int] = [:]
        for g in table.groups {
            spans[medians.count] = g.rows.count
            medians += g.rows.map { ["\(g.name)\n\(g.note)"] + $0 }
        }
        body.append(
            w.table(
                header: table.headers, rows: medians, numeric: Set(1..<table.headers.count),
                size: Int((table.size * 2).rounded()),
                widths: table.shares.map { Int(Double(textWidth) * $0) }, spans: spans, notesFollow: true))
        body += w.notes([ComparisonSummary.tableNote(l)])

        body.append(
            w.paragraph(
                headings.next(zh ? "达标概率与预测区间图（各情景叠加）" : "Charts: odds and forecast ranges, scenarios overlaid"),
                style: "Heading1", pageBreakBefore: true))
        let charts = ComparisonOfficeCharts.word(docs, language: l)
        for k in charts.indices { body.append(w.chart(k + 1, tall: k == 0)) }
        var annex = ComparisonHTML.annex(docs, language: l)
        annex.number = headings.next("")
        body += annex.wordParagraphs()
        return try WordML.package(body: body, charts: charts, zh: zh)
    }
}
