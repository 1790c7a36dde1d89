public import PlanData

/// Horizontal bars: the probability of meeting each target, coloured by what it means
/// (likely ≥ 80 %, uncertain, at risk < 20 %; grey where the probability rests on the
/// plan's own path and is no forecast), with the 50 % line and a legend for every colour.
public enum ProbabilityChart {
    public static func svg(_ d: ReportDocument, language l: Language) -> String {
        let zh = l == .zh
        let names = d.targets.map { t -> String in
            let name = d.indicator(t.indicator)?.name(l) ?? t.indicator
            return t.kind == "period_sum"
                ? name
                    + (zh
                        ? "（\(OfficialForm.years(t.baseYear + 1, t.targetYear, language: l))累计）"
                        : " (\(t.baseYear + 1)–\(t.targetYear) sum)") : name
        }
        let labelWidth = min(320, (names.map { SVGCanvas.textWidth($0, size: 13) }.max() ?? 100) + 16)
        let rowH = 28.0, left = labelWidth + 8, right = 64.0, top = 76.0
        var c = SVGCanvas(width: 680, height: top + rowH * Double(d.targets.count) + 34)
        let plotW = c.width - left - right
        let title = ChartSpec.probabilityTitle(d, language: l)
        c.text(title, 8, 22, size: 16, weight: "bold")
        var legend = ChartLegend(x: 8, y: 46, maxX: c.width - 8)
        // An ended target has no bar, so no colour to explain.
        for risk in ChartSpec.Risk.allCases where risk != .ended {
            legend.add(risk.legend(l), on: &c) { canvas, x0, y0 in
                canvas.rect(x0, y0 - 6, 16, 12, fill: "#" + risk.colour)
            }
        }
        for (k, t) in d.targets.enumerated() {
            let y0 = top + rowH * Double(k)
            let plan = d.evidence(of: t) == "plan"
            c.text(names[k], left - 10, y0 + rowH / 2 + 5, size: 13, anchor: "end", fill: plan ? "#666" : "#222")
            c.rect(left, y0 + 5, plotW, rowH - 10, fill: "#f0f0f0")
            if t.hasEnded {
                // An ended target is evaluated, not forecast: its status and completion, no odds.
                c.text(ChartSpec.endedText(t, language: l), left + 8, y0 + rowH / 2 + 5, size: 13, fill: "#222")
                continue
            }
            let p = t.probability.isFinite ? min(max(t.probability, 0), 1) : 0
            let colour = "#" + ChartSpec.risk(p, plan: plan).colour
            c.rect(left, y0 + 5, plotW * p, rowH - 10, fill: colour)
            let label = NumberFormat.probability(t.probability)
            // One probability format in every output: the plan path's bar says 约50%, like the table.
            c.text(
                plan ? BriefingTable.planProbability(l) : label, left + plotW + 8, y0 + rowH / 2 + 5, size: 13,
                fill: plan ? "#666" : "#222")
        }
        let bottom = top + rowH * Double(d.targets.count)
        c.line(left + plotW / 2, top, left + plotW / 2, bottom, stroke: "#222", dash: "4 3")
        for (v, label) in [(0.0, "0%"), (0.5, "50%"), (1.0, "100%")] {
            c.text(label, left + plotW * v, bottom + 18, size: 12, anchor: "middle", fill: "#444")
        }
        return c.rendered(title: title)
    }
}
