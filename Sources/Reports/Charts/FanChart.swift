public import PlanData

/// The 预测区间图 of one indicator (``ChartSpec``): the P10–P90 band around the median, the
/// measured or printed history from 2016 through the base year (years rebuilt from printed
/// sums are left off, ``ChartSpec/chartHistory(_:before:)``), the target as a diamond.
/// Layout, top to bottom, so nothing overlaps: title (and what the values are), legend,
/// unit above the axis, plot, years. Text is 12–16 px on a 640 px chart, about 9 pt
/// when printed 150 mm wide.
public enum FanChart {
    /// `baseline`: a what-if's baseline medians by year, drawn as a dashed grey line so the
    /// chart shows what the scenario changed; `baselineLabel` names that line otherwise (a
    /// proposal's target path); `targetLabel` names the diamond (a proposal's 建议目标) where
    /// it is not the plan's target.
    public static func svg(
        _ ind: ReportDocument.Indicator, target: ReportDocument.Target?, language l: Language,
        baseline: [Int: Double]? = nil,
        baselineLabel: String? = nil, targetLabel: String? = nil
    ) -> String {
        let zh = l == .zh
        var c = SVGCanvas(width: 640, height: 360)
        let left = 64.0, right = 20.0, bottom = 46.0
        let firstSimulated = ind.years.first?.year ?? 2021
        let history = ChartSpec.chartHistory(ind, before: firstSimulated)
        let firstYear = ChartSpec.chartStart(ind, before: firstSimulated)
        let lastYear = max(ind.years.last?.year ?? firstYear + 1, firstYear + 1)
        let sum = target?.kind == "period_sum"
        let levelTarget = sum ? nil : target
        let reconstructed = history.contains { $0.origin == "reconstructed" }
        var legend = ChartLegend(x: 8, y: 46, maxX: c.width - right)
        legend.add(ChartSpec.medianLabel(l), on: &c) { canvas, x0, y0 in
            canvas.line(x0, y0, x0 + 16, y0, stroke: SVGCanvas.blue, width: 2.5)
        }
        legend.add(ChartSpec.bandLabel(l), on: &c) { canvas, x0, y0 in canvas.rect(x0, y0 - 6, 16, 12, fill: "#a9c8e3")
        }
        legend.add(
            reconstructed ? (zh ? "历史（空心为重建值）" : "history (hollow: reconstructed)") : (zh ? "历史" : "history"), on: &c
        ) { canvas, x0, y0 in
            canvas.circle(x0 + 8, y0, r: 3.5, fill: reconstructed ? "#fff" : "#222", stroke: "#222")
        }
        if baseline != nil {
            legend.add(baselineLabel ?? (l == .zh ? "基准情景最可能值" : "baseline central forecast"), on: &c) {
                canvas, x0, y0 in canvas.line(x0, y0, x0 + 16, y0, stroke: "#777", width: 2, dash: "5 3")
            }
        }
        if levelTarget != nil {
            legend.add(targetLabel ?? ChartSpec.targetLabel(l), on: &c) { canvas, x0, y0 in
                canvas.diamond(x0 + 8, y0, r: 6)
            }
        }
        let top = legend.y + 38
        let plotW = c.width - left - right, plotH = c.height - top - bottom
        let values =
            ind.years.flatMap { [$0.p10, $0.p90] } + (baseline.map { Array($0.values) } ?? []) + history.map(\.value)
            + [levelTarget?.target].compactMap { $0 }
        // The one axis rule (ChartSpec.Axis): gridlines at nice steps, labelled with their own values.
        let axis = ChartSpec.Axis(low: values.min() ?? 0, high: values.max() ?? 1)
        let lo = axis.min, hi = axis.max
        func x(_ year: Int) -> Double { left + plotW * Double(year - firstYear) / Double(lastYear - firstYear) }
        func y(_ v: Double) -> Double { top + plotH * (1 - (v - lo) / (hi - lo)) }

        c.text(ind.name(l), 8, 22, size: 16, weight: "bold")
        let what =
            sum
            ? (zh
                ? "当年值（目标为\(target.map { OfficialForm.years($0.baseYear + 1, $0.targetYear, language: l) } ?? "")累计值，见概率图）"
                : "yearly amounts (the target is a \(target.map { "\($0.baseYear + 1)–\($0.targetYear)" } ?? "") sum: see the probability chart)")
            : (zh ? "当年值" : "level in each year")
        c.text(what, c.width - right, 22, size: 12, anchor: "end", fill: "#555")
        c.text((zh ? "单位：" : "Unit: ") + ind.unit(l), 8, top - 12, size: 12, fill: "#444")
        for t in axis.ticks {
            c.line(left, y(t), left + plotW, y(t), stroke: "#e5e5e5")
            c.text(axis.label(t), left - 6, y(t) + 4, size: 12, anchor: "end", fill: "#444")
        }
        let step = lastYear - firstYear > 10 ? 2 : 1
        for year in stride(from: firstYear, through: lastYear, by: step) {
            c.line(x(year), top + plotH, x(year), top + plotH + 4, stroke: "#444")
            c.text(String(year), x(year), top + plotH + 19, size: 12, anchor: "middle", fill: "#444")
        }
        c.line(left, top + plotH, left + plotW, top + plotH, stroke: "#444")
        c.line(left, top, left, top + plotH, stroke: "#444")
        c.text(zh ? "年份" : "Year", left + plotW, c.height - 6, size: 12, anchor: "end", fill: "#444")

        // Bands start from the last history point so the fan opens from the data.
        let anchor = history.last.map { [(x($0.year), y($0.value))] } ?? []
        let band =
            anchor + ind.years.map { (x($0.year), y($0.p90)) } + ind.years.reversed().map { (x($0.year), y($0.p10)) }
            + anchor
        c.polygon(band, fill: SVGCanvas.blue, opacity: 0.3)
        if let baseline {
            // The line opens at its own value in the last history year when it has one (a
            // proposal's cap is flat at 5.5% from 2025, never a ramp from the 4.2% actual: review
            // s7 P2-1), else at the last history point.
            let start = history.last.flatMap { h in baseline[h.year].map { [(x(h.year), y($0))] } } ?? anchor
            c.polyline(
                start + ind.years.compactMap { y0 in baseline[y0.year].map { (x(y0.year), y($0)) } }, stroke: "#777",
                width: 2, dash: "5 3")
        }
        c.polyline(anchor + ind.years.map { (x($0.year), y($0.p50)) }, stroke: SVGCanvas.blue, width: 2.5)

        c.polyline(
            history.map { (x($0.year), y($0.value)) }, stroke: "#222", width: 1.5, dash: reconstructed ? "5 3" : nil)
        for h in history {
            let hollow = h.origin == "reconstructed"
            c.circle(x(h.year), y(h.value), r: 3.5, fill: hollow ? "#fff" : "#222", stroke: "#222")
        }
        if let t = levelTarget, (firstYear...lastYear).contains(t.targetYear) {
            c.diamond(x(t.targetYear), y(t.target), r: 7)
        }
        return c.rendered(title: ind.name(l))
    }
}

/// A legend row: a symbol and its label per entry, wrapping to a second row at `maxX`.
struct ChartLegend {
    var x: Double, y: Double
    let startX: Double, maxX: Double

    init(x: Double, y: Double, maxX: Double) {
        self.x = x
        self.y = y
        startX = x
        self.maxX = maxX
    }

    mutating func add(_ label: String, on c: inout SVGCanvas, symbol: (inout SVGCanvas, Double, Double) -> Void) {
        let width = 22 + SVGCanvas.textWidth(label, size: 12) + 16
        if x + width > maxX && x > startX {
            x = startX
            y += 18
        }
        symbol(&c, x, y)
        c.text(label, x + 22, y + 4, size: 12, fill: "#333")
        x += width
    }
}
