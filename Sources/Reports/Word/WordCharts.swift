import PlanData

/// The DOCX briefing's native charts: the same DrawingML as the workbook's, with every
/// number cached in the chart itself (a Word document has no sheet to point at).
enum WordCharts {
    static func charts(_ d: ReportDocument, language l: Language) -> [String] {
        let zh = l == .zh
        var out: [String] = []
        let names = d.targets.map { d.indicator($0.indicator)?.name(l) ?? $0.indicator }
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
            let lines = [("P5", "9DC3E6", ind.years.map(\.p5)), (zh ? "中位数" : "median", "0072B2", ind.years.map(\.p50)), ("P95", "9DC3E6", ind.years.map(\.p95))]
                .enumerated().map { k, s in
                    XLSXCharts.series(k, name: s.0, colour: s.1, categories: "Sheet1!$A$2:$A$\(m)", numeric: true,
                                      values: "Sheet1!$\(["B", "C", "D"][k])$2:$\(["B", "C", "D"][k])$\(m)", line: true, cache: (years, s.2))
                }.joined()
            out.append(XLSXCharts.chart(title: ind.name(l), body:
                "<c:lineChart><c:grouping val=\"standard\"/><c:varyColors val=\"0\"/>" + lines
                + "<c:marker val=\"1\"/><c:axId val=\"1\"/><c:axId val=\"2\"/></c:lineChart>"
                + XLSXCharts.axes(categoryPosition: "b", reversed: false, valueFormat: "General", valueTitle: (zh ? "单位：" : "Unit: ") + ind.unit(l), max: nil)))
        }
        return out
    }
}
