public import PlanData

/// Charts of several scenarios: per indicator the medians overlaid (the reference's
/// P10–P90 band behind them, as in the Word and Excel charts) with the plan's target as a
/// diamond, and the probability of each target as bars side by side.
public enum ComparisonCharts {
    static let colours = [
        SVGCanvas.blue, SVGCanvas.vermillion, SVGCanvas.green, SVGCanvas.orange, "#CC79A7", "#56B4E9", SVGCanvas.grey,
    ]

    public static func fan(_ docs: [ReportDocument], indicator id: String, language l: Language) -> String {
        let zh = l == .zh
        var c = SVGCanvas(width: 640, height: 340)
        guard let ref = docs.first?.indicator(id) else { return c.rendered(title: id) }
        let series = docs.compactMap { $0.indicator(id) }
        let left = 64.0, right = 20.0, bottom = 40.0
        c.text(ref.name(l), 8, 22, size: 16, weight: "bold")
        let sum = docs.first?.targets.first { $0.indicator == id }?.kind == "period_sum"
        c.text(
            sum
                ? (zh ? "当年值（目标为期间累计）" : "yearly amounts (the target is a period sum)")
                : (zh ? "当年值" : "level in each year"),
            c.width - right, 22, size: 12, anchor: "end", fill: "#555")
        var legend = ChartLegend(x: 8, y: 46, maxX: c.width - right)
        legend.add((zh ? "\(docs[0].scenarioName(l))：有八成把握区间" : "\(docs[0].scenarioName(l)): 80% range"), on: &c) {
            canvas, x0, y0 in canvas.rect(x0, y0 - 6, 16, 12, fill: "#d9e7f2")
        }
        for (k, d) in docs.enumerated() {
            legend.add(d.scenarioName(l) + (zh ? "：最可能值" : ": central forecast"), on: &c) { canvas, x0, y0 in
                canvas.line(
                    x0, y0, x0 + 16, y0, stroke: colours[k % colours.count], width: 2.5, dash: k == 0 ? nil : "6 3")
            }
        }
        // The plan's target as a diamond, as every 预测区间图 has it (a period sum's is no
        // yearly level: its odds are on the probability chart).
        let target = docs.first?.targets.first { $0.indicator == id && $0.kind != "period_sum" && !$0.hasEnded }
        if target != nil {
            legend.add(ChartSpec.targetLabel(l), on: &c) { canvas, x0, y0 in canvas.diamond(x0 + 8, y0, r: 6) }
        }
        let top = legend.y + 36
        let plotW = c.width - left - right, plotH = c.height - top - bottom
        let values =
            ref.years.flatMap { [$0.p10, $0.p90] } + series.flatMap { $0.years.map(\.p50) }
            + [target?.target].compactMap { $0 }
        let axis = ChartSpec.Axis(low: values.min() ?? 0, high: values.max() ?? 1)
        let lo = axis.min, hi = axis.max
        let first = ref.years.first?.year ?? 2021, last = max(ref.years.last?.year ?? 2022, first + 1)
        func x(_ year: Int) -> Double { left + plotW * Double(year - first) / Double(last - first) }
        func y(_ v: Double) -> Double { top + plotH * (1 - (v - lo) / (hi - lo)) }
        c.text((zh ? "单位：" : "Unit: ") + ref.unit(l), 8, top - 12, size: 12, fill: "#444")
        for t in axis.ticks {
            c.line(left, y(t), left + plotW, y(t), stroke: "#e5e5e5")
            c.text(axis.label(t), left - 6, y(t) + 4, size: 12, anchor: "end", fill: "#444")
        }
        for year in stride(from: first, through: last, by: last - first > 10 ? 2 : 1) {
            c.text(String(year), x(year), top + plotH + 19, size: 12, anchor: "middle", fill: "#444")
        }
        c.line(left, top + plotH, left + plotW, top + plotH, stroke: "#444")
        c.polygon(
            ref.years.map { (x($0.year), y($0.p90)) } + ref.years.reversed().map { (x($0.year), y($0.p10)) },
            fill: SVGCanvas.blue, opacity: 0.15)
        for (k, ind) in series.enumerated() {
            c.polyline(
                ind.years.map { (x($0.year), y($0.p50)) }, stroke: colours[k % colours.count], width: 2.5,
                dash: k == 0 ? nil : "6 3")
        }
        if let t = target, (first...last).contains(t.targetYear) { c.diamond(x(t.targetYear), y(t.target), r: 7) }
        return c.rendered(title: ref.name(l))
    }

    /// Each target's probability, one bar per scenario, grouped by target.
    public static func probabilities(_ docs: [ReportDocument], language l: Language) -> String {
        let zh = l == .zh
        guard let ref = docs.first else { return SVGCanvas(width: 10, height: 10).rendered(title: "") }
        let barH = 12.0, gap = 12.0, groupH = barH * Double(docs.count) + gap
        let names = ref.targets.map { ChartSpec.comparisonLabel($0, in: ref, language: l) }
        let left = min(300, (names.map { SVGCanvas.textWidth($0, size: 13) }.max() ?? 100) + 18)
        var c = SVGCanvas(width: 680, height: 0)
        var legend = ChartLegend(x: 8, y: 46, maxX: 672)
        var probe = SVGCanvas(width: 680, height: 0)
        for d in docs { legend.add(d.scenarioName(l), on: &probe) { _, _, _ in } }
        let top = legend.y + 28
        c = SVGCanvas(width: 680, height: top + groupH * Double(ref.targets.count) + 30)
        c.text(zh ? "目标达成概率：各情景比较" : "Probability of meeting each target, by scenario", 8, 22, size: 16, weight: "bold")
        legend = ChartLegend(x: 8, y: 46, maxX: 672)
        for (k, d) in docs.enumerated() {
            legend.add(d.scenarioName(l), on: &c) { canvas, x0, y0 in
                canvas.rect(x0, y0 - 6, 16, 12, fill: colours[k % colours.count])
            }
        }
        let plotW = c.width - left - 60
        for (g, t) in ref.targets.enumerated() {
            let y0 = top + groupH * Double(g)
            c.text(names[g], left - 10, y0 + barH * Double(docs.count) / 2 + 5, size: 13, anchor: "end")
            for (k, d) in docs.enumerated() {
                // On the plan's own path (in any scenario) the odds are 约50% by construction, as
                // the table says: bar 0.5, grey, label 约50% in every scenario (ComparisonReport.onPlanPath).
                let plan = ComparisonReport.onPlanPath(t.indicator, docs)
                let p = plan ? 0.5 : d.targets.first { $0.indicator == t.indicator }?.probability ?? .nan
                let yy = y0 + barH * Double(k)
                c.rect(
                    left, yy, plotW * (p.isFinite ? min(max(p, 0), 1) : 0), barH - 2,
                    fill: plan ? "#B8B8B8" : colours[k % colours.count])
                c.text(
                    plan ? BriefingTable.planProbability(l) : NumberFormat.probability(p),
                    left + plotW * (p.isFinite ? min(max(p, 0), 1) : 0) + 4, yy + barH - 3, size: 10, fill: "#333")
            }
        }
        let bottom = top + groupH * Double(ref.targets.count)
        c.line(left + plotW / 2, top - 4, left + plotW / 2, bottom, stroke: "#222", dash: "4 3")
        for (v, label) in [(0.0, "0%"), (0.5, "50%"), (1.0, "100%")] {
            c.text(label, left + plotW * v, bottom + 16, size: 12, anchor: "middle", fill: "#444")
        }
        return c.rendered(title: zh ? "目标达成概率" : "Target probabilities")
    }
}
