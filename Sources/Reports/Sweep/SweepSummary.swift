public import PlanData

/// A sweep's result for a briefing: inputs ranked by total index with their intervals,
/// as Markdown and as an SVG tornado chart. Reads only plain values.
public struct SweepSummary: Sendable {
    public struct Row: Sendable {
        public let name: String
        /// Total index (or μ* for Morris) and its 95 % half-width.
        public let main: Double, mainConf: Double
        /// First-order index (or μ) and its half-width.
        public let first: Double, firstConf: Double

        public init(name: String, main: Double, mainConf: Double, first: Double, firstConf: Double) {
            self.name = name; self.main = main; self.mainConf = mainConf; self.first = first; self.firstConf = firstConf
        }
    }
    public let sweep: String
    public let scenario: String
    public let method: String
    public let n: Int
    public let runs: Int
    public let measure: String
    public let rows: [Row]

    public init(sweep: String, scenario: String, method: String, n: Int, runs: Int, measure: String, rows: [Row]) {
        self.sweep = sweep; self.scenario = scenario; self.method = method; self.n = n; self.runs = runs; self.measure = measure
        self.rows = rows.sorted { $0.main > $1.main }
    }

    var isMorris: Bool { method == "morris" }

    public func markdown(language l: Language) -> String {
        let zh = l == .zh
        var lines = ["# " + (zh ? "敏感性分析：\(sweep)（情景 \(scenario)）" : "Sensitivity sweep \(sweep) (scenario \(scenario))"), "",
                     zh ? "方法 \(method)，N = \(n)\(runs > 0 ? "，共 \(runs) 次运行" : "")；度量：\(SweepNames.measure(measure, language: l))（`\(measure)`）。" : "Method \(method), N = \(n)\(runs > 0 ? ", \(runs) runs" : ""); measure: \(SweepNames.measure(measure, language: l)) (`\(measure)`).", ""]
        let headers = isMorris ? [zh ? "输入" : "Input", zh ? "含义" : "Meaning", "μ*", "μ"] : [zh ? "输入" : "Input", zh ? "含义" : "Meaning", zh ? "总效应 Sₜ (±95%)" : "Total Sₜ (±95 %)", zh ? "一阶 S₁ (±95%)" : "First order S₁ (±95 %)"]
        lines.append("| " + headers.joined(separator: " | ") + " |")
        lines.append("|---|---|---:|---:|")
        for r in rows {
            lines.append("| `\(r.name)` | \(Markup.markdown(SweepNames.input(r.name, language: l))) | " + (isMorris ? "\(fmt(r.main)) | \(fmt(r.first))" : "\(fmt(r.main)) ± \(fmt(r.mainConf)) | \(fmt(r.first)) ± \(fmt(r.firstConf))") + " |")
        }
        if rows.contains(where: { $0.first < 0 || $0.main < 0 }) {
            lines += ["", zh ? "注：小的负值是零附近的抽样误差（在置信区间内），表示该输入没有可测影响。"
                            : "Note: a small negative estimate is sampling noise around zero (within its interval): the input has no measurable effect."]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public func tornadoSVG(language l: Language) -> String {
        let zh = l == .zh
        let names = rows.map { SweepNames.input($0.name, language: l) }
        let rowH = 30.0, left = min(320, (names.map { SVGCanvas.textWidth($0, size: 13) }.max() ?? 120) + 20), right = 90.0, top = 56.0
        var c = SVGCanvas(width: 680, height: top + rowH * Double(rows.count) + 40)
        let plotW = c.width - left - right
        let maxValue = max(rows.map { $0.main + ($0.mainConf.isFinite ? $0.mainConf : 0) }.max() ?? 1, 1e-9)
        let scale = isMorris ? maxValue : max(1, maxValue)
        c.text(zh ? "哪些假设决定\(SweepNames.measure(measure, language: l))" : "What decides \(SweepNames.measure(measure, language: l))", 12, 22, size: 16, weight: "bold")
        c.text(isMorris ? "μ*" : (zh ? "深色：总效应 Sₜ；浅色：一阶 S₁；细线：95% 区间" : "dark: total Sₜ; light: first order S₁; whisker: 95 % interval"),
               12, 42, size: 12, fill: "#444")
        for (k, r) in rows.enumerated() {
            let y0 = top + rowH * Double(k)
            c.text(names[k], left - 10, y0 + rowH / 2 + 5, size: 13, anchor: "end")
            c.rect(left, y0 + 6, plotW * max(r.main, 0) / scale, rowH - 12, fill: SVGCanvas.blue)
            if !isMorris { c.rect(left, y0 + 11, plotW * max(r.first, 0) / scale, rowH - 22, fill: "#8fb8d9") }
            if r.mainConf.isFinite {
                let x1 = left + plotW * max(r.main - r.mainConf, 0) / scale, x2 = left + plotW * (r.main + r.mainConf) / scale
                c.line(x1, y0 + rowH / 2, x2, y0 + rowH / 2, stroke: "#222", width: 1.5)
            }
            let whiskerEnd = r.mainConf.isFinite ? r.main + r.mainConf : r.main
            c.text(fmt(r.main), left + plotW * max(r.main, whiskerEnd, 0) / scale + 8, y0 + rowH / 2 + 4, size: 11, fill: "#222")
        }
        return c.rendered(title: zh ? "敏感性龙卷风图" : "Tornado chart")
    }

    func fmt(_ x: Double) -> String { x.isFinite ? String(format: "%.3f", x) : "—" }
}

import Foundation
