public import Foundation
public import PlanData

extension SweepSummary {
    /// The sweep's workbook (`summary.xlsx`): the indices as numbers with three decimals
    /// (the rank correlation two), a frozen bold header, autofilter, A4 fitted to the
    /// width; page one (简报) first, the notes wrapped on a sheet of their own; and the
    /// tornado (``barChart(language:sheet:)``) drawn from its figures' sheet.
    public func workbook(language l: Language) throws(InputIssue) -> Data {
        let zh = l == .zh
        let t = table(language: l)
        let indices = XLSXWriter.Sheet(name: zh ? "敏感性指数" : "Indices", header: t.headers, rows: t.rows)
        let notesText = paragraphs(language: l) + [tableNote(language: l)] + annex(l).lines()
        let notes = XLSXWriter.Sheet(
            name: zh ? "说明" : "Notes", header: [zh ? "分析详情与技术附录" : "Details and technical annex"],
            rows: notesText.map { [.text(WhatIfSection.plain($0, l))] }, wrap: [0], filter: false)
        let summary = XLSXWriter.summarySheet(LeaderPage(sweep: self, language: l))
        // The chart's own figures (signed by direction), which its series refer to.
        let data = XLSXWriter.Sheet(
            name: zh ? "图表数据" : "Chart data",
            header: [zh ? "输入（方向）" : "Input (direction)", isMorris ? "μ*" : (zh ? "总效应" : "total effect")]
                + (isMorris ? [] : [zh ? "单独作用" : "effect alone"]),
            rows: chartRows(language: l).map {
                [.text($0.label), .fixed($0.main, decimals: 3)] + (isMorris ? [] : [.fixed($0.first, decimals: 3)])
            },
            filter: false)
        // The workbook opens on page one (简报).
        return try XLSXWriter.workbook(
            sheets: [summary, indices, notes, data], chartSheet: zh ? "图表" : "Chart",
            charts: rows.isEmpty ? [] : [barChart(language: l, sheet: "'\(data.name)'")])
    }

    /// The sweep's Word document: title, the summary in words, the indices as a real
    /// table (header repeated, names never wrapped), the native bar chart carrying its
    /// numbers, the table's note and provenance; A4 portrait, CJK fonts named.
    public func wordDocument(language l: Language) throws(InputIssue) -> Data {
        let zh = l == .zh, w = WordML.self
        let leader = LeaderPage(sweep: self, language: l)
        var body = leader.wordParagraphs()
        // The body's headings are numbered on from page one's.
        var headings = BodyHeadings(after: leader, language: l)
        body.append(
            w.paragraph(headings.next(zh ? "分析详情" : "The analysis in detail"), style: "Heading1", pageBreakBefore: true)
        )
        body += paragraphs(language: l).map { w.paragraph(WhatIfSection.plain($0, l)) }
        var charts: [String] = []
        if !rows.isEmpty {
            let t = displayTable(language: l, identifiers: false)
            body.append(
                w.paragraph(headings.next(zh ? "各因素的影响指数" : "Indices of each factor"), style: "Heading1"))
            // Widths in twips on A4 portrait's 17.4 cm: numbers up to 1100 each (headers wrap
            // between words), the direction 1300, the name the rest (at least 2600).
            let numbers = t.headers.count - 3
            let numberWidth = min(1_100, (9_866 - 420 - 1_300 - 2_600) / max(numbers, 1))
            let widths =
                [420] + [9_866 - 420 - 1_300 - numberWidth * numbers] + Array(repeating: numberWidth, count: numbers)
                + [1_300]
            body.append(
                w.table(
                    header: t.headers, rows: t.rows,
                    numeric: Set(t.headers.indices.filter { !t.textColumns.contains($0) }), size: 18, widths: widths,
                    notesFollow: true))
            body += w.notes([tableNote(language: l)])
            body.append(
                w.paragraph(headings.next(zh ? "各因素影响大小图" : "How much each factor matters"), style: "Heading1"))
            charts = [barChart(language: l, sheet: "Sheet1")]
            body.append(w.chart(1, tall: true))
        }
        var annex = annex(l)
        annex.number = headings.next("")
        body += annex.wordParagraphs()
        return try WordML.package(body: body, charts: charts, zh: zh)
    }
}
