public import Foundation
public import PlanData

extension SweepSummary {
    /// The sweep's workbook (`summary.xlsx`): the indices as numbers with three decimals
    /// (the rank correlation two), a frozen bold header, autofilter, A4 fitted to the
    /// width; the summary and notes wrapped on a sheet of their own; and a native bar
    /// chart of Sₜ and S₁ (μ* for Morris) per input drawn from the indices sheet's cells.
    public func workbook(language l: Language) throws(InputIssue) -> Data {
        let zh = l == .zh
        let t = table(language: l)
        let indices = XLSXWriter.Sheet(name: zh ? "敏感性指数" : "Indices", header: t.headers, rows: t.rows)
        let notesText = paragraphs(language: l) + [tableNote(language: l)] + annex(l).lines()
        let notes = XLSXWriter.Sheet(name: zh ? "说明" : "Notes", header: [zh ? "分析详情与技术附录" : "Details and technical annex"],
                                     rows: notesText.map { [.text(WhatIfSection.plain($0, l))] }, wrap: [0], filter: false)
        let page = LeaderPage(sweep: self, language: l)
        let summary = XLSXWriter.Sheet(name: zh ? "简报" : "Summary", header: [page.title], rows: page.lines().dropFirst().map { [.text($0)] }, wrap: [0], filter: false)
        let sheet = "'\(indices.name)'"
        return try XLSXWriter.workbook(sheets: [indices, notes, summary], chartSheet: zh ? "图表" : "Chart",
                                       charts: rows.isEmpty ? [] : [barChart(language: l, sheet: sheet)])
    }

    /// Bars of Sₜ and S₁ (μ* alone for Morris), one pair per input, most important on top;
    /// the references point at the indices sheet (columns C and E), the numbers are also
    /// cached so a document without that sheet (Word) draws it.
    func barChart(language l: Language, sheet: String) -> String {
        let zh = l == .zh
        let names = rows.map { SweepNames.input($0.name, language: l) }
        let last = rows.count + 1
        let categories = "\(sheet)!$B$2:$B$\(last)"
        var series = XLSXCharts.series(0, name: isMorris ? "μ*" : (zh ? "总效应 Sₜ" : "total Sₜ"), colour: "0072B2", categories: categories, numeric: false,
                                       values: "\(sheet)!$C$2:$C$\(last)", line: false, cache: (names, rows.map(\.main)))
        if !isMorris {
            series += XLSXCharts.series(1, name: zh ? "一阶 S₁" : "first order S₁", colour: "8FB8D9", categories: categories, numeric: false,
                                        values: "\(sheet)!$E$2:$E$\(last)", line: false, cache: (names, rows.map(\.first)))
        }
        let top = max(rows.map { $0.main + ($0.mainConf.isFinite ? $0.mainConf : 0) }.filter(\.isFinite).max() ?? 1, 0)
        return XLSXCharts.chart(title: zh ? "哪些假设决定\(measureName(l))" : "What decides \(measureName(l))", body:
            "<c:barChart><c:barDir val=\"bar\"/><c:grouping val=\"clustered\"/><c:varyColors val=\"0\"/>" + series
            + "<c:gapWidth val=\"60\"/><c:axId val=\"1\"/><c:axId val=\"2\"/></c:barChart>"
            + XLSXCharts.axes(categoryPosition: "l", reversed: true, valueFormat: "0.00", valueTitle: nil, max: isMorris ? nil : (top > 1 ? nil : 1)))
    }

    /// The sweep's Word document: title, the summary in words, the indices as a real
    /// table (header repeated, names never wrapped), the native bar chart carrying its
    /// numbers, the table's note and provenance; A4 portrait, CJK fonts named.
    public func wordDocument(language l: Language) throws(InputIssue) -> Data {
        let zh = l == .zh, w = WordML.self
        var body = LeaderPage(sweep: self, language: l).wordParagraphs()
        body.append(w.paragraph(zh ? "分析详情" : "The analysis in detail", style: "Heading1", pageBreakBefore: true))
        body += paragraphs(language: l).map { w.paragraph(WhatIfSection.plain($0, l)) }
        var charts: [String] = []
        if !rows.isEmpty {
            let t = displayTable(language: l, identifiers: false)
            body.append(w.paragraph(zh ? "各输入的敏感性指数" : "Sensitivity indices of each input", style: "Heading1"))
            // Widths in twips on A4 portrait's 17.4 cm: numbers up to 1100 each (headers wrap
            // between words), the direction 1300, the name the rest (at least 2600).
            let numbers = t.headers.count - 3
            let numberWidth = min(1_100, (9_866 - 420 - 1_300 - 2_600) / max(numbers, 1))
            let widths = [420] + [9_866 - 420 - 1_300 - numberWidth * numbers] + Array(repeating: numberWidth, count: numbers) + [1_300]
            body.append(w.table(header: t.headers, rows: t.rows, numeric: Set(t.headers.indices.filter { !t.textColumns.contains($0) }), size: 18, widths: widths))
            body.append(w.paragraph(tableNote(language: l), style: "Note"))
            body.append(w.paragraph(zh ? "图表" : "Chart", style: "Heading1"))
            charts = [barChart(language: l, sheet: "Sheet1")]
            body.append(w.chart(1, tall: true))
        }
        body += annex(l).wordParagraphs()
        return try WordML.package(body: body, charts: charts, zh: zh)
    }
}
