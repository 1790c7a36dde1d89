import Foundation
import PlanData

/// The evaluation report as an HTML page in the briefing's print styling (A4 portrait,
/// table headers repeated on every printed page, no row split across pages), the page
/// Chromium prints to PDF. Sections in 公文 order: 一、总体评价 … 五、建议, then the annex
/// (附件：技术附录), the only place for code names, file names and model columns.
enum EvaluationHTML {
    /// The report's own additions to the briefing CSS: black 公文 headings, a table whose
    /// names wrap between words (never one character per line), charts kept whole.
    static let css = """
        h1{text-align:center;font-size:22px;margin-top:8px}.date{text-align:center;color:#333;margin:0 0 12px}
        h2{color:#111;border-bottom:1px solid #111}h3{color:#111}
        p.para{text-indent:2em;margin:4px 0}
        .banner{color:#b00;border:2px solid #b00;padding:6px 10px;font-weight:700}
        table.eval{width:100%;font-size:13px;table-layout:fixed}
        table.eval th{background:#0072B2;color:#fff;padding:4px 3px;font-weight:600;-webkit-print-color-adjust:exact;print-color-adjust:exact}
        table.eval td{border-bottom:1px solid #ccc;padding:3px 4px;vertical-align:top;word-break:normal;overflow-wrap:anywhere}
        table.eval td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
        table.eval td.numw{text-align:right;font-variant-numeric:tabular-nums}
        table.eval td.miss{color:#C04A00;font-weight:700}
        section.annex{break-before:page}div.keep{break-inside:avoid}
        @media print{table.eval{font-size:8.6pt}table.eval th,table.eval td{padding:2pt 2.5pt}
          thead{display:table-header-group}tr{break-inside:avoid}figure{break-inside:avoid;width:160mm}p.sub{break-after:avoid}
          h1{font-size:17pt}}
        """

    /// Column widths of the main table, in percent, by the order of ``EvaluationTable/headers(_:)``:
    /// English units and attributes (`100m yuan`, `indicative`) need about twice the Chinese
    /// width (`亿元`, `预期性`) to break only between words.
    static func widths(_ l: Language) -> [Int] {
        l == .zh ? [5, 8, 18, 5, 6, 8, 13, 9, 8, 20] : [4, 12, 15, 7, 9, 7, 12, 8, 8, 18]
    }

    static func page(_ d: EvaluationDocument, language l: Language) -> String {
        let zh = l == .zh, e = Markup.escape, w = EvaluationWords(d, l)
        var body = ""
        if d.illustrative { body += "<p class=\"banner\">\(e(EvaluationDocument.illustrativeBanner(l)))</p>\n" }
        body += "<h1>\(e(w.title))</h1>\n<p class=\"date\">\(e(d.dateText(l)))</p>\n"
        // The heading kept on a page with its first two paragraphs (a sub-heading such as
        // （一）未完成指标 and its first item), never left alone at a page's foot.
        func section(_ heading: String, _ paragraphs: [String], numbered: Bool = false) {
            body += "<div class=\"keep\"><h2>\(e(heading))</h2>\n"
            for (k, p) in paragraphs.enumerated() {
                let prefix = numbered ? (zh ? "（\(ChineseNumber.ordinal(k + 1))）" : "(\(k + 1)) ") : ""
                // A group's sub-heading (（二）基本完成指标) stays with its first item.
                let cls = EvaluationWord.isSubheading(p) ? "para sub" : "para"
                body +=
                    "<p class=\"\(cls)\">\(e(prefix + p))</p>\n" + (k == min(1, paragraphs.count - 1) ? "</div>\n" : "")
            }
            if paragraphs.isEmpty { body += "</div>\n" }
        }
        let heads = EvaluationReportHeadings(w, l)
        section(heads.overall, w.overall)
        body +=
            "<h2>\(e(heads.table))</h2>\n<table class=\"eval\"><colgroup>"
            + widths(l).map { "<col style=\"width:\($0)%\">" }.joined() + "</colgroup>\n<thead><tr>"
            + EvaluationTable.headers(l).map { "<th>\(e($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for (k, r) in d.rows.enumerated() {
            let cells = EvaluationTable.cells(r, number: k + 1, l)
            body +=
                "<tr>"
                + cells.enumerated().map { j, c in
                    let cls =
                        [0, 5].contains(j)
                        ? " class=\"num\""
                        : [6, 7, 8].contains(j) ? " class=\"numw\"" : (j == 9 && r.missed ? " class=\"miss\"" : "")
                    return "<td\(cls)>\(e(c))</td>"
                }.joined() + "</tr>\n"
        }
        body += "</tbody></table>\n<p class=\"note\">\(e(heads.tableNote(d)))</p>\n"
        section(heads.reasons, w.reasons)
        section(heads.problems, w.problems)
        section(heads.suggestions(w), w.suggestions)
        // The charts after the analysis, in an annex of their own, numbered (图1 …).
        let charted = d.rows.filter(\.charted)
        if !charted.isEmpty {
            body += "<section class=\"annex\"><h2>\(e(heads.charts))</h2>\n"
            for (k, r) in charted.enumerated() {
                body += "<figure>\(EvaluationChart.svg(r, language: l, number: k + 1))</figure>\n"
            }
            body += "</section>\n"
        }
        body +=
            "<section class=\"annex\"><h2>\(e(heads.annex(charts: !charted.isEmpty)))</h2>\n<table class=\"eval\"><thead><tr>"
            + EvaluationTable.annexHeaders(l).map { "<th>\(e($0))</th>" }.joined() + "</tr></thead><tbody>\n"
        for r in d.rows {
            body +=
                "<tr>"
                + EvaluationTable.annexCells(r, l).enumerated().map {
                    "<td\($0.offset > 0 ? " class=\"num\"" : "")>\(e($0.element))</td>"
                }.joined() + "</tr>\n"
        }
        body +=
            "</tbody></table>\n" + heads.annexLines(d).map { "<p class=\"note\">\(e($0))</p>\n" }.joined()
            + "</section>\n"
        return """
            <!DOCTYPE html>
            <html lang="\(zh ? "zh" : "en")"><head><meta charset="utf-8"><title>\(e(w.title))</title>
            <style>\(HTMLStyle.css)
            \(css)</style>
            </head><body>
            \(body)</body></html>

            """
    }
}
