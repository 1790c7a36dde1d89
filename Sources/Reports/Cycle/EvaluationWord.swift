import Foundation
import PlanData

/// The evaluation report as a Word document (DOCX, A4 portrait): the same words, table and
/// annex as the PDF (``EvaluationWords``, ``EvaluationTable``), the table's header repeated
/// on every page and no row split, and a native chart per indicator carrying its numbers
/// (actuals, target path, base-year median and P10–P90 band).
enum EvaluationWord {
    static let textWidth = 11906 - 2 * 1020
    /// The main table's column widths in percent for Word at 9 pt: 类别 (经济发展), 单位 (平方米)
    /// 属性 (预期性) and the 序号 header whole on one line, which the HTML shares broke in two in Word.
    /// English words (`development`, `indicative`, `Completion`) take wider columns and 8 pt
    /// (LibreOffice's Latin fallback is wide): seen broken mid-word at 9 pt.
    static func widths(_ l: Language) -> [Int] {
        l == .zh ? [5, 9, 15, 7, 7, 8, 12, 9, 8, 20] : [5, 13, 13, 9, 11, 8, 10, 8, 9, 14]
    }

    /// Whether a paragraph is a group's sub-heading (（二）基本完成指标, (2) Targets largely
    /// achieved): short, with no sentence in it. It keeps with its first item, never the last
    /// line of a page (review s7 P2-7).
    static func isSubheading(_ p: String) -> Bool {
        (p.hasPrefix("（") || p.hasPrefix("(")) && p.count <= 40 && !p.contains("。") && !p.contains(". ")
            && !p.hasSuffix(".") && !p.contains("：") && !p.contains(": ")
    }

    static func document(_ d: EvaluationDocument, language l: Language) throws(InputIssue) -> Data {
        let zh = l == .zh, w = WordML.self, words = EvaluationWords(d, l), heads = EvaluationReportHeadings(words, l)
        var body: [String] = []
        if d.illustrative { body.append(w.paragraph(EvaluationDocument.illustrativeBanner(l), style: "Note")) }
        body.append(w.paragraph(words.title, style: "Title"))
        body.append(w.paragraph(d.dateText(l), style: "Subtitle"))
        func section(_ heading: String, _ paragraphs: [String], numbered: Bool = false, pageBreak: Bool = false) {
            body.append(w.paragraph(heading, style: "Heading1", pageBreakBefore: pageBreak))
            for (k, p) in paragraphs.enumerated() {
                body.append(
                    w.paragraph(
                        (numbered ? (zh ? "（\(ChineseNumber.ordinal(k + 1))）" : "(\(k + 1)) ") : "") + p,
                        keepNext: Self.isSubheading(p)))
            }
        }
        section(heads.overall, words.overall)
        body.append(w.paragraph(heads.table, style: "Heading1"))
        let rows = d.rows.enumerated().map { EvaluationTable.cells($0.element, number: $0.offset + 1, l) }
        body.append(
            w.table(
                header: EvaluationTable.headers(l), rows: rows, numeric: [0, 5, 6, 7, 8], size: l == .zh ? 18 : 16,
                widths: Self.widths(l).map { textWidth * $0 / 100 }, notesFollow: true))
        body += w.notes([heads.tableNote(d)])
        section(heads.reasons, words.reasons)
        section(heads.problems, words.problems)
        section(heads.suggestions(words), words.suggestions)
        // The charts after the analysis, in an annex of their own, numbered (图1 …).
        let charted = d.rows.filter(\.charted)
        var charts: [String] = []
        if !charted.isEmpty {
            body.append(w.paragraph(heads.charts, style: "Heading1", pageBreakBefore: true))
            for r in charted {
                charts.append(chart(r, l, number: charts.count + 1))
                body.append(w.chart(charts.count, tall: false))
            }
        }
        body.append(w.paragraph(heads.annex(charts: !charted.isEmpty), style: "Heading1", pageBreakBefore: true))
        body.append(
            w.table(
                header: EvaluationTable.annexHeaders(l), rows: d.rows.map { EvaluationTable.annexCells($0, l) },
                numeric: Set(1..<7), size: 18, widths: [26, 12, 12, 14, 12, 12, 12].map { textWidth * $0 / 100 },
                notesFollow: true))
        body += w.notes(heads.annexLines(d))
        return try WordML.package(body: body, charts: charts, zh: zh)
    }

    /// The chart's axes: the PDF chart's value axis (``EvaluationChart/axis(_:)``), years
    /// every fifth labelled; Word's automatic axis (from 0) only when nothing is finite.
    static func axes(_ r: EvaluationRow, valueTitle: String) -> String {
        guard let axis = EvaluationChart.axis(r) else {
            return XLSXCharts.axes(
                categoryPosition: "b", reversed: false, valueFormat: "General", valueTitle: valueTitle, max: nil)
        }
        return XLSXCharts.yearAxes(valueTitle: valueTitle, axis: axis)
    }

    /// A native chart of one indicator: the band as a stacked area (P10, then P90 − P10),
    /// the median, the target path and the actuals as lines, numbers cached in the chart.
    static func chart(_ r: EvaluationRow, _ l: Language, number: Int? = nil) -> String {
        let zh = l == .zh, c = XLSXCharts.self
        let years = Array(r.target.baseYear...r.target.targetYear)
        let labels = years.map(String.init)
        let n = years.count + 1
        func column(_ k: Int) -> String { "Sheet1!$\(XLSXWriter.column(k))$2:$\(XLSXWriter.column(k))$\(n)" }
        func band(_ f: (ForecastBand) -> Double) -> [Double] { years.map { y in r.chartBand(at: y).map(f) ?? .nan } }
        let actual = years.map { y in r.actuals.first { $0.year == y }?.value ?? .nan }
        let path = years.map(r.chartTarget(at:))
        let cats = column(0)
        var areas = "", lines = ""
        if !r.path.isEmpty {
            areas =
                c.areaSeries(
                    0, name: "P10", fill: nil, categories: cats, values: column(1), cache: (labels, band(\.p10)))
                + c.areaSeries(
                    1, name: zh ? "基期预测八成区间" : "Base-year 80 % band", fill: "9DC3E6", categories: cats,
                    values: column(2),
                    cache: (labels, band { $0.p90 - $0.p10 }))
            lines += c.series(
                2, name: zh ? "基期预测中位数" : "Base-year median", colour: "0072B2", categories: cats, numeric: false,
                values: column(3), line: true, cache: (labels, band(\.median)))
        }
        lines += c.series(
            3, name: r.flatTarget ? (zh ? "目标值" : "Target") : (zh ? "规划目标路径" : "Target path"), colour: "D55E00",
            categories: cats, numeric: false,
            values: column(4), line: true, cache: (labels, path))
        lines += c.series(
            4, name: zh ? "实际值" : "Actual", colour: "111111", categories: cats, numeric: false,
            values: column(5), line: true, cache: (labels, actual)
        )
        .replacingOccurrences(of: "<a:prstDash val=\"dash\"/>", with: "")
        // The target as a diamond in its year, as the PDF's chart marks it (none for a total).
        let sum = r.target.kind == .periodSum
        if !sum && r.target.target.isFinite {
            let goal = years.map { $0 == r.target.targetYear ? r.target.target : .nan }
            lines += c.diamondSeries(
                5, name: zh ? "目标值" : "Target", categories: cats, numeric: false, values: column(6),
                cache: (labels, goal))
        }
        let title =
            EvaluationChart.figure(number, l) + r.indicator.name(l) + (sum ? (zh ? "（当年值）" : " (yearly amounts)") : "")
        return c.chart(
            title: title,
            body: (areas.isEmpty
                ? ""
                : "<c:areaChart><c:grouping val=\"stacked\"/><c:varyColors val=\"0\"/>" + areas
                    + "<c:axId val=\"1\"/><c:axId val=\"2\"/></c:areaChart>")
                + "<c:lineChart><c:grouping val=\"standard\"/><c:varyColors val=\"0\"/>" + lines
                + "<c:marker val=\"1\"/><c:axId val=\"1\"/><c:axId val=\"2\"/></c:lineChart>"
                + axes(r, valueTitle: (zh ? "单位：" : "Unit: ") + r.indicator.unit(l)),
            hiddenLegendEntries: areas.isEmpty ? [] : [0])
    }
}
