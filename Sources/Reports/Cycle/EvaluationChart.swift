import Foundation
import PlanData

/// A chart per indicator for the evaluation report: the period's actuals (black line and
/// dots, base year included) against the plan's target path (dashed vermillion, ending at
/// the target's marker) and the base-year forecast's P10–P90 band (blue, median dotted).
/// Sums are drawn as yearly amounts (当年值), their path the yearly amounts the total implies.
enum EvaluationChart {
    static let width = 620.0, height = 250.0

    /// `图1　` / `Figure 1. `, or nothing without a number.
    static func figure(_ number: Int?, _ l: Language) -> String {
        number.map { l == .zh ? "图\($0)　" : "Figure \($0). " } ?? ""
    }

    /// The value axis of `r`'s chart in every format (PDF and Word alike): the one axis rule
    /// (``ChartSpec/Axis``) over the actuals, the target path and the band — nice steps, each
    /// gridline labelled with its own value, and no axis pinned at 0 for data far from it
    /// (森林覆盖率 24–32, not 0–40). Nil when there is nothing finite to draw.
    static func axis(_ r: EvaluationRow) -> ChartSpec.Axis? {
        let years = Array(r.target.baseYear...r.target.targetYear)
        var values = r.actuals.map(\.value) + years.map(r.chartTarget(at:))
        values += years.compactMap(r.chartBand(at:)).flatMap { [$0.p10, $0.p90] }
        let finite = values.filter(\.isFinite)
        guard let lo = finite.min(), let hi = finite.max() else { return nil }
        return ChartSpec.Axis(low: lo, high: hi)
    }

    /// The chart of `r`, its title headed by `number` when the charts are numbered.
    static func svg(_ r: EvaluationRow, language l: Language, number: Int? = nil) -> String {
        let zh = l == .zh, sum = r.target.kind == .periodSum
        var c = SVGCanvas(width: width, height: height)
        let left = 64.0, right = 150.0, top = 30.0, bottom = 34.0
        guard r.goal == nil, r.target.base.isFinite else { return "" }
        let years = Array(r.target.baseYear...r.target.targetYear)
        let path = years.map { ($0, r.chartTarget(at: $0)) }
        let bands = years.compactMap { y in r.chartBand(at: y).map { (year: y, band: $0) } }
        guard let axis = axis(r) else { return "" }
        let lo = axis.min, hi = axis.max
        let plotW = width - left - right, plotH = height - top - bottom
        func x(_ year: Int) -> Double { left + plotW * Double(year - years[0]) / Double(max(1, years.count - 1)) }
        func y(_ v: Double) -> Double { top + plotH * (1 - (v - lo) / (hi - lo)) }

        let title =
            figure(number, l) + r.indicator.name(l)
            + (zh
                ? "（\(r.indicator.unit(l))" + (sum ? "，当年值）" : "）")
                : " (\(r.indicator.unit(l))" + (sum ? ", yearly amounts)" : ")"))
        c.text(title, left, 18, size: 13, weight: "bold")
        for t in axis.ticks {
            c.line(left, y(t), left + plotW, y(t), stroke: "#e5e5e5")
            c.text(axis.label(t), left - 6, y(t) + 4, size: 10, anchor: "end", fill: "#444")
        }
        for year in years { c.text("\(year)", x(year), height - bottom + 16, size: 10, anchor: "middle", fill: "#444") }
        c.line(left, top + plotH, left + plotW, top + plotH, stroke: "#999")

        if !bands.isEmpty {
            let upper = bands.map { (x($0.year), y($0.band.p90)) }, lower = bands.map { (x($0.year), y($0.band.p10)) }
            c.polygon(upper + lower.reversed(), fill: SVGCanvas.blue, opacity: 0.18)
            c.polyline(bands.map { (x($0.year), y($0.band.median)) }, stroke: SVGCanvas.blue, width: 1.5, dash: "2 3")
        }
        c.polyline(path.map { (x($0.0), y($0.1)) }, stroke: SVGCanvas.vermillion, width: 1.8, dash: "6 4")
        if !sum { c.diamond(x(r.target.targetYear), y(r.target.target), r: 6) }
        c.polyline(r.actuals.map { (x($0.year), y($0.value)) }, stroke: "#111", width: 2.2)
        for a in r.actuals { c.circle(x(a.year), y(a.value), r: 3, fill: "#111", stroke: "#111") }

        // The key, right of the plot.
        let kx = left + plotW + 14
        var ky = top + 8
        func key(_ label: String, draw: (inout SVGCanvas, Double) -> Void) {
            draw(&c, ky)
            c.text(label, kx + 26, ky + 4, size: 10.5)
            ky += 20
        }
        key(zh ? "实际值" : "Actual") { c, yy in c.line(kx, yy, kx + 20, yy, stroke: "#111", width: 2.2) }
        let targetLabel =
            r.flatTarget
            ? (r.target.direction == .ceiling ? (zh ? "目标上限" : "Target ceiling") : (zh ? "目标下限" : "Target floor"))
            : (zh ? "规划目标路径" : "Target path")
        key(targetLabel) { c, yy in c.line(kx, yy, kx + 20, yy, stroke: SVGCanvas.vermillion, width: 1.8, dash: "6 4") }
        if !r.path.isEmpty {
            key(zh ? "基期预测中位数" : "Base-year median") { c, yy in
                c.line(kx, yy, kx + 20, yy, stroke: SVGCanvas.blue, width: 1.5, dash: "2 3")
            }
            key(zh ? "基期预测八成区间" : "Base-year 80 % band") { c, yy in c.rect(kx, yy - 5, 20, 10, fill: "#cfe3f0") }
        }
        if !sum { key(zh ? "目标值" : "Target") { c, yy in c.diamond(kx + 10, yy, r: 5) } }
        return c.rendered(title: title)
    }
}
