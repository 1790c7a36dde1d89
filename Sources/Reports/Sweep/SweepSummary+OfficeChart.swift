import PlanData

extension SweepSummary {
    /// The tornado of the Word document and the workbook, drawn as the PDF draws it: one
    /// row per input, most important on top; with directions known the bars grow from a
    /// centre line — right (blue) where raising the input raises the measure, left
    /// (vermillion) where it lowers it, grey on the right where the direction is unclear —
    /// and each input's label carries its direction in words. Bar length Sₜ (μ* for
    /// Morris), the lighter bar S₁. The series refer to `sheet` (quoted as a formula needs
    /// it) columns A (labels), B (signed Sₜ), C (signed S₁) from row 2 (``chartRows(language:)``)
    /// and carry those numbers, so Word, WPS and LibreOffice draw it without calculating.
    func barChart(language l: Language, sheet: String) -> String {
        let zh = l == .zh
        let data = chartRows(language: l)
        let last = rows.count + 1
        let categories = "\(sheet)!$A$2:$A$\(last)"
        let directed = hasDirections
        let up = "0072B2", down = "D55E00", unclear = "9A9A9A"
        func colours(_ light: Bool) -> String {
            rows.enumerated().map { k, r in
                let c =
                    !directed
                    ? up : !EffectDirection.isClear(r.direction, n: sampleCount) ? unclear : r.direction > 0 ? up : down
                let shade = light ? ["0072B2": "8FB8D9", "D55E00": "F2B38F", "9A9A9A": "D4D4D4"][c]! : c
                return
                    "<c:dPt><c:idx val=\"\(k)\"/><c:invertIfNegative val=\"0\"/><c:bubble3D val=\"0\"/><c:spPr><a:solidFill><a:srgbClr val=\"\(shade)\"/></a:solidFill></c:spPr></c:dPt>"
            }.joined()
        }
        func bars(_ k: Int, _ name: String, _ column: String, _ values: [Double], light: Bool) -> String {
            XLSXCharts.series(
                k, name: name, colour: light ? "8FB8D9" : up, categories: categories, numeric: false,
                values: "\(sheet)!$\(column)$2:$\(column)$\(last)", line: false, cache: (data.map(\.label), values)
            )
            .replacingOccurrences(
                of: "<c:invertIfNegative val=\"0\"/>", with: "<c:invertIfNegative val=\"0\"/>" + colours(light))
        }
        var series = bars(0, isMorris ? "μ*" : (zh ? "总效应" : "total effect"), "B", data.map(\.main), light: false)
        if !isMorris { series += bars(1, zh ? "单独作用" : "effect alone", "C", data.map(\.first), light: true) }
        let top = max(
            rows.map { $0.main + ($0.mainConf.isFinite ? $0.mainConf : 0) }.filter(\.isFinite).max() ?? 1, 1e-9)
        let scale = isMorris ? top : max(1, top)
        // Lengths, never signs, on the axis and labels: `0.00;0.00` shows −0.62 as 0.62.
        let axisTitle = directed ? (zh ? "← 使结果下降　　使结果上升 →" : "← lowers the outcome    raises the outcome →") : nil
        let axes = XLSXCharts.axes(
            categoryPosition: "l", reversed: true, valueFormat: "0.00;0.00", valueTitle: axisTitle, max: nil
        )
        .replacingOccurrences(
            of: "<c:orientation val=\"minMax\"/></c:scaling>",
            with:
                "<c:orientation val=\"minMax\"/><c:max val=\"\(scale)\"/><c:min val=\"\(directed ? -scale : 0)\"/></c:scaling>"
        )
        .replacingOccurrences(of: "rot=\"-5400000\"", with: "rot=\"0\"")
        let title = (zh ? "哪些假设决定\(measureName(l))" : "What decides \(measureName(l))")
        return XLSXCharts.chart(
            title: title,
            body:
                "<c:barChart><c:barDir val=\"bar\"/><c:grouping val=\"clustered\"/><c:varyColors val=\"0\"/>" + series
                + "<c:gapWidth val=\"60\"/><c:overlap val=\"0\"/><c:axId val=\"1\"/><c:axId val=\"2\"/></c:barChart>"
                + axes)
    }

    /// The chart's figures, one row per input in the table's order: the name with its
    /// direction in words (`投资效率（提高则上升 ↑ +0.62）`), and Sₜ and S₁ signed by the
    /// direction (negative where raising the input lowers the measure).
    func chartRows(language l: Language) -> [(label: String, main: Double, first: Double)] {
        let zh = l == .zh
        let directed = hasDirections
        return rows.map { r in
            let clear = EffectDirection.isClear(r.direction, n: sampleCount)
            let sign = directed && clear && r.direction < 0 ? -1.0 : 1.0
            let words =
                !directed
                ? ""
                : !clear
                    ? (zh ? "（方向不明）" : " (direction unclear)")
                    : r.direction > 0
                        ? (zh ? "（提高则上升 ↑）" : " (raising it raises ↑)") : (zh ? "（提高则下降 ↓）" : " (raising it lowers ↓)")
            return (SweepNames.input(r.name, language: l) + words, sign * max(r.main, 0), sign * max(r.first, 0))
        }
    }
}
