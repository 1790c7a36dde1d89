public import PlanData
import Forecasting

/// One self-contained page: inline CSS and SVG, no network access, prints on A4.
public enum HTMLReport {
    public static func render(_ d: ReportDocument, language l: Language) -> String {
        let zh = l == .zh
        let table = BriefingTable(d, language: l)
        let title = zh ? "海滨街道“十四五”规划指标预测" : "Haibin Sub-district 14th Five-Year Plan: forecast"
        var h: [String] = []
        h.append("<!DOCTYPE html>")
        h.append("<html lang=\"\(zh ? "zh-CN" : "en")\"><head><meta charset=\"utf-8\">")
        h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        h.append("<title>\(Markup.escape(title))</title>")
        h.append("<style>\(css)</style></head><body>")
        h.append("<header><h1>\(Markup.escape(title))</h1>")
        h.append("<p class=\"sub\">\(Markup.escape(zh ? "情景：\(d.scenario) · \(d.provenance.paths)条模拟路径" : "Scenario: \(d.scenario) · \(d.provenance.paths) simulated paths"))</p></header>")
        h.append("<section><h2>\(Markup.escape(zh ? "主要指标（专栏1）" : "Main indicators (专栏1)"))</h2>")
        h.append("<table class=\"briefing\"><thead><tr>" + table.headers.map { "<th>\(Markup.escape($0))</th>" }.joined() + "</tr></thead><tbody>")
        for row in table.rows {
            h.append("<tr>" + row.map { cell -> String in
                let text = Markup.escape(BriefingTable.display(cell))
                if case .text = cell { return "<td>\(text)</td>" }
                if case .probability(let p?, let evidence) = cell {
                    let grade = evidence == Evidence.plan.rawValue ? "plan" : p >= 0.5 ? "good" : "poor"
                    return "<td class=\"num \(grade)\">\(text)</td>"
                }
                return "<td class=\"num\">\(text)</td>"
            }.joined() + "</tr>")
        }
        h.append("</tbody></table>")
        h.append("<p class=\"note\">\(Markup.escape(zh ? "达标概率：模拟路径中达到或超过目标的比例；累计目标按模拟累计值判断。所需年均增速按指标口径计算。" : "P(meet target): share of simulated paths at or above the target; sum targets are judged on simulated sums. Growth needed follows each target's kind."))</p>")
        let inversions = TextBriefing.inversionLines(d, language: l).dropFirst().filter { !$0.isEmpty }
        if !inversions.isEmpty {
            h.append("<h3>\(Markup.escape(zh ? "达到目标所需的2021–2025年投资年均增速" : "Plan-period investment growth needed"))</h3><ul>")
            h += inversions.map { "<li>\(Markup.escape($0.trimmingCharacters(in: .whitespaces)))</li>" }
            h.append("</ul>")
        }
        h.append("</section>")
        h.append("<section class=\"chart\">\(ProbabilityChart.svg(d, language: l))</section>")
        h.append("<section><h2>\(Markup.escape(zh ? "分指标预测（扇形图）" : "Forecasts by indicator (fan charts)"))</h2><div class=\"grid\">")
        for ind in d.indicators {
            h.append("<figure>\(FanChart.svg(ind, target: d.targets.first { $0.indicator == ind.id }, language: l))</figure>")
        }
        h.append("</div></section>")
        let years = Array(Set(d.indicators.flatMap { $0.history.map(\.year) })).sorted()
        h.append("<section><h2>\(Markup.escape(zh ? "历史数据" : "History"))</h2><table class=\"briefing\"><thead><tr><th>\(Markup.escape(zh ? "指标" : "Indicator"))</th>"
                 + years.map { "<th>\($0)</th>" }.joined() + "</tr></thead><tbody>")
        for ind in d.indicators {
            h.append("<tr><td>\(Markup.escape(ind.name(l)))</td>" + years.map { year -> String in
                guard let p = ind.history.first(where: { $0.year == year }) else { return "<td></td>" }
                let mark = p.origin == "reconstructed" ? "*" : p.origin == "user" ? "†" : ""
                return "<td class=\"num\">\(Markup.escape(NumberFormat.value(p.value, digits: 5) + mark))</td>"
            }.joined() + "</tr>")
        }
        h.append("</tbody></table><p class=\"note\">\(Markup.escape(zh ? "* 重建值（由规划所列合计推算，非实测）；† 用户数据；无标记：规划原文。" : "* reconstructed from printed sums (not measured); † user data; unmarked: printed in the plan."))</p></section>")
        h.append("<section><h2>\(Markup.escape(zh ? "数据说明" : "Data notes"))</h2><ul>")
        h += d.notes(l).map { "<li>\(Markup.escape($0))</li>" }
        h.append("</ul></section>")
        h.append("<footer><h2>\(Markup.escape(zh ? "来源与可复现信息" : "Provenance"))</h2><ul>")
        h += MarkdownReport.provenanceLines(d, language: l).map { "<li>\(Markup.escape(String($0.dropFirst(2)).replacingOccurrences(of: "`", with: "")))</li>" }
        h.append("</ul></footer></body></html>")
        return h.joined(separator: "\n") + "\n"
    }

    static let css = """
    body{font-family:\(SVGCanvas.fontStack);color:#1a1a1a;margin:32px auto;max-width:1100px;padding:0 16px;line-height:1.5}
    h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;border-bottom:2px solid #0072B2;padding-bottom:4px;margin-top:32px}
    h3{font-size:15px}.sub{color:#555;margin:0}.note{color:#555;font-size:12px}
    table.briefing{border-collapse:collapse;width:100%;font-size:13px}
    table.briefing th{background:#0072B2;color:#fff;padding:6px 8px;text-align:center;font-weight:600}
    table.briefing td{border-bottom:1px solid #ddd;padding:5px 8px;white-space:nowrap}
    table.briefing td:nth-child(2),table.briefing td:nth-child(5){white-space:normal}
    table.briefing tr:nth-child(even) td{background:#f5f8fb}
    td.num{text-align:right;font-variant-numeric:tabular-nums}td.good{font-weight:700}td.poor{color:#D55E00;font-weight:700}td.plan{color:#666;font-style:italic}
    .grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(480px,1fr));gap:12px}
    figure{margin:0;border:1px solid #e3e3e3;padding:4px}svg{max-width:100%;height:auto}
    footer{margin-top:32px;font-size:12px;color:#444}
    @media print{body{margin:0;max-width:none}.grid{grid-template-columns:1fr 1fr}figure,tr{break-inside:avoid}
    table.briefing th{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
    """
}
