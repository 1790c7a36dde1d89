import Foundation
import PlanData
import Simulation

/// The DOCX briefing's native charts, drawn to ``ChartSpec``: probability bars in their
/// risk colours with value labels and a gridline at 50 %; per indicator a 预测区间图 with
/// history from 2016, the P10–P90 band, the median and the target as a diamond. Every
/// number is cached in the chart and refers to `Sheet1` cells, which ``WordML/package``
/// embeds as the chart's workbook (``EmbeddedWorkbook``), so 编辑数据 opens the figures.
enum WordCharts {
    static func charts(_ d: ReportDocument, language l: Language) -> [String] {
        var out: [String] = []
        if !d.targets.isEmpty { out.append(probabilities(d, language: l)) }
        for ind in d.indicators where !ind.years.isEmpty { out.append(band(ind, in: d, language: l)) }
        return out
    }

    /// Bars coloured by risk, the plan-path bar grey and named as not a forecast.
    static func probabilities(_ d: ReportDocument, language l: Language) -> String {
        let zh = l == .zh
        let names = d.targets.map { t -> String in
            let name = d.indicator(t.indicator)?.name(l) ?? t.indicator
            return d.evidence(of: t) == "plan" ? name + (zh ? "（规划路径，非预测）" : " (plan path, not a forecast)") : name
        }
        let n = d.targets.count
        return XLSXCharts.probabilityBars(d, language: l, categories: "Sheet1!$A$2:$A$\(n + 1)", values: "Sheet1!$B$2:$B$\(n + 1)",
                                          cache: (names, d.targets.map(\.probability)))
    }

    /// History from 2016, the P10–P90 band, the median and the target.
    static func band(_ ind: ReportDocument.Indicator, in d: ReportDocument, language l: Language) -> String {
        let zh = l == .zh
        let first = ind.years.first?.year ?? 2021
        let history = ind.history.filter { $0.year >= ChartSpec.historyStart && $0.year < first }
        let start = history.first?.year ?? first
        let years = Array(start...(ind.years.last?.year ?? first))
        let target = d.targets.first { $0.indicator == ind.id && $0.kind != "period_sum" }
        func forecast(_ f: (YearSummary) -> Double) -> [Double] {
            years.map { y in
                guard let s = ind.years.first(where: { $0.year == y }) else { return .nan }
                return f(s)
            }
        }
        let p10 = forecast { $0.p10 }, width = forecast { $0.p90 - $0.p10 }, median = forecast { $0.p50 }
        // History runs into the first forecast year's median, so the line joins the band.
        let past = years.map { y in history.first { $0.year == y }?.value ?? .nan }
        let goal = years.map { y in target.map { $0.targetYear == y ? $0.target : .nan } ?? .nan }
        let m = years.count + 1
        func ref(_ col: String) -> String { "Sheet1!$\(col)$2:$\(col)$\(m)" }
        let labels = years.map(String.init)
        let base = XLSXCharts.areaSeries(0, name: "P10", fill: nil, categories: ref("A"), values: ref("B"), cache: (labels, p10))
        let shade = XLSXCharts.areaSeries(1, name: ChartSpec.bandLabel(l), fill: "A9C8E3", categories: ref("A"), values: ref("C"), cache: (labels, width))
        let mid = XLSXCharts.series(2, name: ChartSpec.medianLabel(l), colour: ChartSpec.Risk.likely.colour, categories: ref("A"), numeric: false,
                                    values: ref("D"), line: true, cache: (labels, median)).replacingOccurrences(of: "<a:prstDash val=\"dash\"/>", with: "")
        let hist = XLSXCharts.series(3, name: zh ? "历史" : "history", colour: "222222", categories: ref("A"), numeric: false, values: ref("E"), line: true,
                                     cache: (labels, past)).replacingOccurrences(of: "<a:prstDash val=\"dash\"/>", with: "")
            .replacingOccurrences(of: "<c:marker><c:symbol val=\"none\"/></c:marker>", with: "<c:marker><c:symbol val=\"circle\"/><c:size val=\"5\"/><c:spPr><a:solidFill><a:srgbClr val=\"222222\"/></a:solidFill></c:spPr></c:marker>")
        var mark = ""
        if target != nil {
            mark = XLSXCharts.series(4, name: ChartSpec.targetLabel(l), colour: "000000", categories: ref("A"), numeric: false, values: ref("F"), line: true,
                                     cache: (labels, goal))
                .replacingOccurrences(of: "<a:ln w=\"15875\"><a:solidFill><a:srgbClr val=\"000000\"/></a:solidFill><a:prstDash val=\"dash\"/></a:ln>", with: "<a:ln><a:noFill/></a:ln>")
                .replacingOccurrences(of: "<c:marker><c:symbol val=\"none\"/></c:marker>", with: "<c:marker><c:symbol val=\"diamond\"/><c:size val=\"9\"/><c:spPr><a:solidFill><a:srgbClr val=\"\(ChartSpec.Risk.difficult.colour)\"/></a:solidFill></c:spPr></c:marker>")
        }
        let title = d.chartTitle(ind, l) + (zh ? "：" : ": ") + ChartSpec.chartKind(l)
        return XLSXCharts.chart(title: title, body:
            "<c:areaChart><c:grouping val=\"stacked\"/><c:varyColors val=\"0\"/>" + base + shade
            + "<c:axId val=\"1\"/><c:axId val=\"2\"/></c:areaChart>"
            + "<c:lineChart><c:grouping val=\"standard\"/><c:varyColors val=\"0\"/>" + mid + hist + mark
            + "<c:marker val=\"1\"/><c:axId val=\"1\"/><c:axId val=\"2\"/></c:lineChart>"
            // Every fifth year labelled (2016, 2021, …) so the years never run together.
            + XLSXCharts.axes(categoryPosition: "b", reversed: false, valueFormat: "General", valueTitle: (zh ? "单位：" : "Unit: ") + ind.unit(l), max: nil)
                .replacingOccurrences(of: "<c:lblOffset val=\"100\"/>", with: "<c:lblOffset val=\"100\"/><c:tickLblSkip val=\"5\"/><c:tickMarkSkip val=\"1\"/>"),
            hiddenLegendEntries: [0])
    }
}
