public import PlanData

extension SweepSummary {
    /// The tornado chart: one bar per input, longest (most important) on top. With
    /// directions known, bars grow from a centre line — right (blue) when raising the
    /// input raises the measure, left (vermillion) when it lowers it, grey on the right
    /// when the direction is unclear — with a legend; each bar's length is the total
    /// index Sₜ (μ* for Morris), the lighter inner bar the first-order S₁, the whisker its
    /// 95 % interval. Names in the report's language.
    public func tornadoSVG(language l: Language) -> String {
        let zh = l == .zh
        let names = rows.map { SweepNames.input($0.name, language: l) }
        let diverging = hasDirections
        let rowH = 30.0, right = 130.0, top = diverging ? 84.0 : 56.0
        let left = min(320, (names.map { SVGCanvas.textWidth($0, size: 13) }.max() ?? 120) + 20)
        var c = SVGCanvas(width: 740, height: top + rowH * Double(rows.count) + (diverging ? 56 : 40))
        let plotW = c.width - left - right
        let maxValue = max(rows.map { $0.main + ($0.mainConf.isFinite ? $0.mainConf : 0) }.max() ?? 1, 1e-9)
        let scale = isMorris ? maxValue : max(1, maxValue)
        let centre = diverging ? left + plotW / 2 : left, half = diverging ? plotW / 2 : plotW
        c.text(zh ? "哪些假设决定\(measureName(l))" : "What decides \(measureName(l))", 12, 22, size: 16, weight: "bold")
        c.text(
            isMorris
                ? (zh ? "条长：μ*（平均绝对基本效应）" : "bar length: μ* (mean absolute elementary effect)")
                : (zh
                    ? "条长：总效应；内侧浅色：单独作用；细线：95%区间"
                    : "bar length: total effect; inner light bar: effect alone; whisker: 95% interval"),
            12, 42, size: 12, fill: "#444")
        let up = SVGCanvas.blue, down = SVGCanvas.vermillion, unclear = "#9a9a9a"
        if diverging {
            var x = 12.0
            for (colour, label) in [
                (up, zh ? "提高该因素，结果上升" : "raising it raises the outcome"),
                (down, zh ? "提高该因素，结果下降" : "raising it lowers the outcome"),
                (unclear, zh ? "方向不明" : "direction unclear"),
            ] {
                c.rect(x, 54, 14, 12, fill: colour)
                c.text(label, x + 20, 65, size: 12)
                x += 20 + SVGCanvas.textWidth(label, size: 12) + 24
            }
        }
        for (k, r) in rows.enumerated() {
            let y0 = top + rowH * Double(k)
            let clear = EffectDirection.isClear(r.direction, n: sampleCount)
            let sign = diverging && clear && r.direction < 0 ? -1.0 : 1.0
            let colour = !diverging ? SVGCanvas.blue : !clear ? unclear : sign > 0 ? up : down
            func x(_ v: Double) -> Double { centre + sign * half * max(v, 0) / scale }
            c.text(names[k], left - 10, y0 + rowH / 2 + 5, size: 13, anchor: "end")
            c.rect(min(centre, x(r.main)), y0 + 6, abs(x(r.main) - centre), rowH - 12, fill: colour)
            if !isMorris {
                c.rect(
                    min(centre, x(r.first)), y0 + 11, abs(x(r.first) - centre), rowH - 22,
                    fill: colour == down ? "#f2b38f" : colour == unclear ? "#d4d4d4" : "#8fb8d9")
            }
            if r.mainConf.isFinite {
                c.line(
                    x(r.main - r.mainConf), y0 + rowH / 2, x(r.main + r.mainConf), y0 + rowH / 2, stroke: "#222",
                    width: 1.5)
            }
            let label = fmt(r.main) + (diverging ? "  " + directionText(r, l) : "")
            c.text(label, left + plotW + 8, y0 + rowH / 2 + 4, size: 11, fill: "#222")
        }
        if diverging {
            let bottom = top + rowH * Double(rows.count)
            c.line(centre, top - 4, centre, bottom + 4, stroke: "#444", width: 1)
            c.text(
                zh ? "← 使结果下降" : "← lowers the outcome", centre - 6, bottom + 20, size: 11, anchor: "end", fill: "#444")
            c.text(zh ? "使结果上升 →" : "raises the outcome →", centre + 6, bottom + 20, size: 11, fill: "#444")
            c.text(
                zh ? "方向按结果与该因素的排序相关程度（右栏）判断" : "direction from how the outcome follows the factor (right column)",
                12, bottom + 40, size: 11, fill: "#444")
        }
        return c.rendered(title: zh ? "各因素影响大小图" : "How much each factor matters")
    }

    /// The tornado for a terminal in `l`: the sweep in one line, then per input its name
    /// for people, Sₜ ± interval and S₁ (μ* and μ for Morris), the direction, and a bar.
    public func terminalText(language l: Language) -> String {
        let zh = l == .zh
        let measureName = measureName(l)
        var lines = [
            zh
                ? "敏感性分析 \(sweep)（情景 \(scenario)）：方法 \(SweepNames.method(method, language: l))，N = \(n)，共 \(runs) 次运行；度量：\(measureName)"
                : "sweep \(sweep) of \(scenario): \(method), N = \(n), \(runs) runs; measure: \(measureName)"
        ]
        let names = rows.map { SweepNames.input($0.name, language: l) }
        let width = names.map(DisplayWidth.of).max() ?? 0
        let directed = hasDirections  // once, not per row: it scans the rows
        for (k, r) in rows.enumerated() {
            let shown = r.main.isFinite ? min(max(r.main, 0), 1) : 0
            let bar = String(repeating: "█", count: Int((shown * 30).rounded()))
            let figures =
                isMorris
                ? "μ* \(fmt(r.main))  μ \(fmt(r.first))"
                : "Sₜ \(fmt(r.main)) ± \(fmt(r.mainConf))  S₁ \(fmt(r.first)) ± \(fmt(r.firstConf))"
            let direction = directed ? "  " + DisplayWidth.pad(directionText(r, l), to: zh ? 14 : 13, left: true) : ""
            lines.append(
                "  " + DisplayWidth.pad(names[k], to: width, left: true) + "  " + figures + direction + "  " + bar)
        }
        if rows.contains(where: { $0.first < 0 || $0.main < 0 }) {
            lines.append(
                zh
                    ? "  注：小的负值是零附近的抽样误差（在置信区间内），表示该输入没有可测影响"
                    : "  note: a small negative index is sampling noise around zero (within its interval): the input has no measurable effect"
            )
        }
        if hasDirections {
            lines.append(
                zh
                    ? "  方向：↑ 提高该输入使度量上升，↓ 使之下降（度量与输入的秩相关）"
                    : "  direction: ↑ raising the input raises the measure, ↓ lowers it (rank correlation of measure and input)"
            )
        }
        return lines.joined(separator: "\n")
    }

    /// One line for the English terminal tornado: each input's direction of effect, in
    /// the order of importance (empty when directions are unknown).
    public func directionLine(language l: Language) -> String {
        guard hasDirections else { return "" }
        return (l == .zh ? "  方向（度量与输入的秩相关）：" : "  direction (rank correlation of the measure with the input): ")
            + rows.map { "\($0.name) \(directionText($0, l))" }.joined(separator: l == .zh ? "；" : "; ")
    }
}
