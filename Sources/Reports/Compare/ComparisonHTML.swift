import PlanData

/// The comparison page: one self-contained HTML file (inline CSS and SVG). Opens with the
/// summary in words and the probability bars side by side (page 1 in print); the medians
/// table starts a page of its own and fits it (A4 portrait, sized by ``ComparisonTable``,
/// each indicator's name and unit once over its years); the overlaid fan charts follow.
enum ComparisonHTML {
    /// A4 portrait's width less the print margins of ``HTMLStyle`` (11 mm each side), in points.
    static let printWidth = (210.0 - 22) / 25.4 * 72

    /// The technical annex: the key, the scenarios' code names, their settings as the model
    /// takes them (均值、标准差、分布 — page one and the body give only their centre) and the
    /// shared random numbers.
    static func annex(_ docs: [ReportDocument], language l: Language) -> TechnicalAnnex {
        let zh = l == .zh
        let names = docs.map { d -> String in
            let settings = d.assumptions.map {
                AssumptionWords.describe($0.text, in: d, language: l) + (zh ? "（\($0.text)）" : " (\($0.text))")
            }
            let head = zh ? "\(d.scenarioName(l))：\(d.scenario)" : "\(d.scenarioName(l)): \(d.scenario)"
            return settings.isEmpty
                ? head : head + (zh ? "；设定：" : "; settings: ") + settings.joined(separator: zh ? "；" : "; ")
        }
        return TechnicalAnnex(
            language: l, key: TechnicalAnnex.standardKey(l),
            reproduction: [ComparisonSummary.subtitle(docs, language: l)] + names + [
                zh
                    ? "每一年的数值：comparison.csv、comparison.json、comparison.xlsx（本目录）。"
                    : "Every year's figures: comparison.csv, comparison.json, comparison.xlsx (this folder)."
            ])
    }

    static func page(_ docs: [ReportDocument], language l: Language) -> String {
        let zh = l == .zh, e = Markup.escape
        let names = docs.map { $0.scenarioName(l) }
        let title = zh ? "情景比较（参照：\(names[0])）" : "Scenario comparison (reference: \(names[0]))"
        let table = ComparisonTable(docs, language: l, width: printWidth, unitWidth: ComparisonTable.htmlUnit)
        let css =
            HTMLStyle.css
            + "\ntable.compare td.name{vertical-align:top}table.compare td.name span{color:#666;font-size:90%}"
            + "table.compare td{background:none!important}table.compare tbody:nth-of-type(even){background:#f5f8fb;-webkit-print-color-adjust:exact;print-color-adjust:exact}"
            + "table.compare tbody tr:first-child td{border-top:1px solid #bbb}"
            + "@media print{section.medians{break-before:page}table.compare{font-size:\(table.size)pt}table.compare th{white-space:nowrap}"
            + "section.probabilities{break-inside:avoid}section.summary{break-inside:avoid}}"
        var h = [
            "<!DOCTYPE html>",
            "<html lang=\"\(zh ? "zh-CN" : "en")\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>\(e(title))</title><style>\(css)</style></head><body>",
        ]
        // The body's headings are numbered on from page one's.
        let leader = LeaderPage(compare: docs, language: l)
        h.append(leader.html())
        var headings = BodyHeadings(after: leader, language: l)
        h.append("<section class=\"summary\"><h2>\(e(headings.next(zh ? "比较详情" : "The comparison in detail")))</h2>")
        h += ComparisonSummary.paragraphs(docs, language: l).map { "<p>\(e($0))</p>" }
        h.append(
            "</section><section class=\"probabilities\"><h2>\(e(headings.next(zh ? "达标概率" : "Probability of meeting each target")))</h2><figure class=\"wide\">\(ComparisonCharts.probabilities(docs, language: l))</figure></section>"
        )
        h.append("<section class=\"medians\"><h2>\(e(headings.next(zh ? "中位数与差异" : "Medians and differences")))</h2>")
        if let key = table.key { h.append("<p class=\"note\">\(e(key))</p>") }
        h.append(
            "<table class=\"data compare\"><thead><tr>"
                + table.headers.map {
                    "<th>" + $0.split(separator: "\n").map { e(String($0)) }.joined(separator: "<br>") + "</th>"
                }.joined() + "</tr></thead>")
        for g in table.groups {
            h.append(
                "<tbody>"
                    + g.rows.enumerated().map { k, r in
                        "<tr>"
                            + (k == 0
                                ? "<td class=\"name\" rowspan=\"\(g.rows.count)\">\(e(g.name))<br><span>\(e(g.note))</span></td>"
                                : "")
                            + r.map { "<td class=\"num\">\(e($0))</td>" }.joined() + "</tr>"
                    }.joined() + "</tbody>")
        }
        h.append("</table><p class=\"note\">\(e(ComparisonSummary.tableNote(l)))</p></section>")
        // The heading and its note go with the first chart: never alone at a page's foot.
        let figures = docs[0].indicators.map {
            "<figure>\(ComparisonCharts.fan(docs, indicator: $0.id, language: l))</figure>"
        }
        h.append(
            "<section class=\"charts\"><div class=\"keep\"><h2>\(e(headings.next(zh ? "预测区间图（各情景叠加）" : "Forecast range charts, scenarios overlaid")))</h2><p class=\"note\">\(e(ChartSpec.bandSentence(l)))</p>"
                + (figures.first ?? "") + "</div><div class=\"grid\">")
        h += figures.dropFirst()
        h.append("</div></section>")
        var annex = annex(docs, language: l)
        annex.number = headings.next("")
        h.append(annex.html())
        h.append("</body></html>")
        return h.joined(separator: "\n") + "\n"
    }
}
