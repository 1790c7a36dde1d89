public import PlanData

/// The fan chart of one indicator: P5–P95 and P25–P75 bands around the median, the
/// history (reconstructed points hollow, on a dashed line), the target as a diamond.
public enum FanChart {
    public static func svg(_ ind: ReportDocument.Indicator, target: ReportDocument.Target?, language l: Language) -> String {
        let zh = l == .zh
        var c = SVGCanvas(width: 640, height: 320)
        let left = 72.0, right = 24.0, top = 40.0, bottom = 56.0
        let plotW = c.width - left - right, plotH = c.height - top - bottom
        let history = ind.history.filter { $0.year <= (ind.years.first?.year ?? 2021) - 1 || ind.years.isEmpty }
        let firstYear = min(history.first?.year ?? ind.years.first?.year ?? 2021, ind.years.first?.year ?? 2021)
        let lastYear = ind.years.last?.year ?? firstYear + 1
        let levelTarget = target.flatMap { $0.kind == "period_sum" ? nil : $0 }
        let values = ind.years.flatMap { [$0.p5, $0.p95] } + history.map(\.value) + [levelTarget?.target].compactMap { $0 }
        var lo = values.min() ?? 0, hi = values.max() ?? 1
        let pad = (hi - lo) * 0.08 + 1e-9
        lo = max(0, lo - pad); hi += pad
        let ticks = SVGCanvas.ticks(lo, hi)
        lo = min(lo, ticks.first ?? lo); hi = max(hi, ticks.last ?? hi)
        func x(_ year: Int) -> Double { left + plotW * Double(year - firstYear) / Double(max(lastYear - firstYear, 1)) }
        func y(_ v: Double) -> Double { top + plotH * (1 - (v - lo) / (hi - lo)) }

        c.text(ind.name(l), left, 22, size: 15, weight: "bold")
        for t in ticks {
            c.line(left, y(t), left + plotW, y(t), stroke: "#e5e5e5")
            c.text(NumberFormat.value(t, digits: 4), left - 8, y(t) + 4, size: 11, anchor: "end", fill: "#444")
        }
        for year in stride(from: firstYear, through: lastYear, by: lastYear - firstYear > 10 ? 2 : 1) {
            c.line(x(year), top + plotH, x(year), top + plotH + 4, stroke: "#444")
            c.text(String(year), x(year), top + plotH + 18, size: 11, anchor: "middle", fill: "#444")
        }
        c.line(left, top + plotH, left + plotW, top + plotH, stroke: "#444")
        c.line(left, top, left, top + plotH, stroke: "#444")
        c.text(ind.unit(l), 14, top + plotH / 2, size: 11, anchor: "middle", fill: "#444")
        c.text(zh ? "年份" : "year", left + plotW / 2, c.height - 8, size: 11, anchor: "middle", fill: "#444")

        // Bands start from the last history point so the fan opens from the data.
        let anchor = history.last.map { [(x($0.year), y($0.value))] } ?? []
        let outer = anchor + ind.years.map { (x($0.year), y($0.p95)) } + ind.years.reversed().map { (x($0.year), y($0.p5)) } + anchor
        let inner = anchor + ind.years.map { (x($0.year), y($0.p75)) } + ind.years.reversed().map { (x($0.year), y($0.p25)) } + anchor
        c.polygon(outer, fill: SVGCanvas.blue, opacity: 0.15)
        c.polygon(inner, fill: SVGCanvas.blue, opacity: 0.35)
        c.polyline(anchor + ind.years.map { (x($0.year), y($0.p50)) }, stroke: SVGCanvas.blue, width: 2.5)

        let reconstructed = history.contains { $0.origin == "reconstructed" }
        c.polyline(history.map { (x($0.year), y($0.value)) }, stroke: "#222", width: 1.5, dash: reconstructed ? "5 3" : nil)
        for h in history {
            let hollow = h.origin == "reconstructed"
            c.circle(x(h.year), y(h.value), r: 3.5, fill: hollow ? "#fff" : "#222", stroke: "#222")
        }
        if let t = levelTarget {
            let tx = x(t.targetYear), ty = y(t.target)
            c.add("<polygon fill=\"\(SVGCanvas.orange)\" stroke=\"#7a5200\" stroke-width=\"1\" points=\"\(SVGCanvas.f(tx)),\(SVGCanvas.f(ty - 7)) \(SVGCanvas.f(tx + 7)),\(SVGCanvas.f(ty)) \(SVGCanvas.f(tx)),\(SVGCanvas.f(ty + 7)) \(SVGCanvas.f(tx - 7)),\(SVGCanvas.f(ty))\"/>")
        }
        // Legend.
        var lx = left + 4
        let ly = top - 14
        func legend(_ label: String, _ draw: (inout SVGCanvas, Double) -> Void) {
            draw(&c, lx)
            c.text(label, lx + 18, ly + 4, size: 10, fill: "#333")
            lx += 18 + Double(DisplayWidth.of(label)) * 6 + 14
        }
        legend(zh ? "中位数" : "median") { canvas, x0 in canvas.line(x0, ly, x0 + 14, ly, stroke: SVGCanvas.blue, width: 2.5) }
        legend("P25–P75") { canvas, x0 in canvas.rect(x0, ly - 5, 14, 10, fill: "#8fb8d9") }
        legend("P5–P95") { canvas, x0 in canvas.rect(x0, ly - 5, 14, 10, fill: "#d9e7f2") }
        legend(reconstructed ? (zh ? "历史（空心为重建）" : "history (hollow: reconstructed)") : (zh ? "历史" : "history")) { canvas, x0 in
            canvas.circle(x0 + 7, ly, r: 3.5, fill: reconstructed ? "#fff" : "#222", stroke: "#222")
        }
        if levelTarget != nil {
            legend(zh ? "目标" : "target") { canvas, x0 in canvas.rect(x0 + 2, ly - 5, 10, 10, fill: SVGCanvas.orange) }
        } else if target?.kind == "period_sum" {
            c.text(zh ? "目标为2021–2025年累计值，见目标概率图" : "the target is a 2021–2025 sum: see the probability chart",
                   left + plotW, top + plotH - 8, size: 10, anchor: "end", fill: "#555")
        }
        return c.rendered(title: ind.name(l))
    }
}

/// Horizontal bars: the probability of meeting each target, with the 50 % line.
public enum ProbabilityChart {
    public static func svg(_ d: ReportDocument, language l: Language) -> String {
        let zh = l == .zh
        let rowH = 28.0, left = 190.0, right = 70.0, top = 44.0
        var c = SVGCanvas(width: 640, height: top + rowH * Double(d.targets.count) + 36)
        let plotW = c.width - left - right
        c.text(zh ? "2025年目标达成概率" : "Probability of meeting each 2025 target", 12, 22, size: 15, weight: "bold")
        for (k, t) in d.targets.enumerated() {
            let y0 = top + rowH * Double(k)
            let name = d.indicator(t.indicator)?.name(l) ?? t.indicator
            c.text(name, left - 10, y0 + rowH / 2 + 4, size: 12, anchor: "end")
            c.rect(left, y0 + 5, plotW, rowH - 10, fill: "#f0f0f0")
            let colour = t.probability >= 0.5 ? SVGCanvas.blue : SVGCanvas.vermillion
            c.rect(left, y0 + 5, plotW * t.probability, rowH - 10, fill: colour)
            c.text(NumberFormat.percent(t.probability), left + plotW + 8, y0 + rowH / 2 + 4, size: 12)
        }
        let bottom = top + rowH * Double(d.targets.count)
        c.line(left + plotW / 2, top, left + plotW / 2, bottom, stroke: "#222", dash: "4 3")
        for (v, label) in [(0.0, "0%"), (0.5, "50%"), (1.0, "100%")] {
            c.text(label, left + plotW * v, bottom + 16, size: 11, anchor: "middle", fill: "#444")
        }
        return c.rendered(title: zh ? "目标达成概率" : "Target probabilities")
    }
}
