import PlanData

/// The DOCX briefing's native charts: the same DrawingML as the workbook's, with every
/// number cached in the chart itself (a Word document has no sheet to point at).
enum WordCharts {
    static func charts(_ d: ReportDocument, language l: Language) -> [String] {
        let zh = l == .zh
        var out: [String] = []
        // A target that assumes the plan's own path has a probability by construction: its
        // bar says so, as the table's bracketed (51%) does.
        let names = d.targets.map { t -> String in
            let name = d.indicator(t.indicator)?.name(l) ?? t.indicator
            guard d.indicator(t.indicator)?.evidence == "plan" else { return name }
            return name + (zh ? "（规划路径，非预测）" : " (plan path, not a forecast)")
        }
        let n = d.targets.count
        if n > 0 {
            out.append(XLSXCharts.chart(title: zh ? "目标达成概率" : "Probability of meeting each target", body:
                "<c:barChart><c:barDir val=\"bar\"/><c:grouping val=\"clustered\"/><c:varyColors val=\"0\"/>"
                + XLSXCharts.series(0, name: zh ? "达标概率" : "P(meet)", colour: "0072B2", categories: "Sheet1!$A$2:$A$\(n + 1)", numeric: false,
                                    values: "Sheet1!$B$2:$B$\(n + 1)", line: false, cache: (names, d.targets.map(\.probability)))
                + "<c:gapWidth val=\"60\"/><c:axId val=\"1\"/><c:axId val=\"2\"/></c:barChart>"
                + XLSXCharts.axes(categoryPosition: "l", reversed: true, valueFormat: "0%", valueTitle: nil, max: 1)))
        }
        for ind in d.indicators where !ind.years.isEmpty {
            let years = ind.years.map { String($0.year) }
            let m = ind.years.count + 1
            let p10 = ind.years.map(\.p10), p90 = ind.years.map(\.p90)
            out.append(XLSXCharts.fan(title: d.chartTitle(ind, l), unit: ind.unit(l), language: l, years: ("Sheet1!$A$2:$A$\(m)", years),
                                      p10: ("Sheet1!$B$2:$B$\(m)", p10), width: ("Sheet1!$C$2:$C$\(m)", zip(p90, p10).map { $0 - $1 }),
                                      median: ("Sheet1!$D$2:$D$\(m)", ind.years.map(\.p50))))
        }
        return out
    }
}
