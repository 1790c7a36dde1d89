import Foundation
import PlanData

/// A comparison as a Word document (DOCX), like the run briefing's: the medians and their
/// differences and the target probabilities as real Word tables, then native charts —
/// the probabilities of each scenario as bars side by side, and per indicator each
/// scenario's median as a line — carrying their numbers. A4 portrait, CJK fonts named.
enum ComparisonWord {
    static func document(_ docs: [ReportDocument], language l: Language) throws(InputIssue) -> Data {
        let zh = l == .zh, w = WordML.self
        let names = docs.map(\.scenario)
        var body: [String] = []
        body.append(w.paragraph(zh ? "情景比较（参照：\(names[0])）" : "Scenario comparison (reference: \(names[0]))", style: "Title"))
        if let p = docs.first?.provenance {
            body.append(w.paragraph(zh ? "同一组随机数（种子 \(p.seed)，\(NumberFormat.grouped(p.paths))条路径）· \(NumberFormat.beijingTime(p.created, zh: true))"
                                       : "Same random numbers (seed \(p.seed), \(NumberFormat.grouped(p.paths)) paths) · \(NumberFormat.beijingTime(p.created, zh: false))", style: "Subtitle"))
        }
        body.append(w.paragraph(zh ? "达标概率" : "Probability of meeting each target", style: "Heading1"))
        let targets = docs[0].targets
        body.append(w.table(header: [zh ? "目标" : "Target"] + names,
                            rows: targets.map { t in
                                [docs[0].indicator(t.indicator)?.name(l) ?? t.indicator]
                                    + docs.map { d in NumberFormat.probability(d.targets.first { $0.indicator == t.indicator }?.probability) }
                            }, numeric: Set(1...names.count), size: 18))
        body.append(w.paragraph(zh ? "中位数与差异" : "Medians and differences", style: "Heading1"))
        let headers = [zh ? "指标" : "Indicator", zh ? "年份" : "Year"] + names.map { zh ? "\($0) 中位数" : "\($0) median" }
            + names.dropFirst().flatMap { ["Δ \($0)", "Δ% \($0)"] }
        body.append(w.table(header: headers, rows: ComparisonReport.rows(docs).map { ComparisonReport.cells($0, docs, language: l) },
                            numeric: Set(1..<headers.count), size: 15))
        body.append(w.paragraph(zh ? "图表" : "Charts", style: "Heading1", pageBreakBefore: true))
        let charts = Self.charts(docs, language: l)
        for k in charts.indices { body.append(w.chart(k + 1, tall: k == 0)) }

        return try WordML.package(body: body, charts: charts, zh: zh)
    }

    /// Scenario colours, the reference first (Okabe–Ito).
    static let colours = ["0072B2", "D55E00", "009E73", "E69F00", "CC79A7", "56B4E9", "666666"]

    static func charts(_ docs: [ReportDocument], language l: Language) -> [String] {
        let zh = l == .zh
        var out: [String] = []
        let targets = docs[0].targets
        let labels = targets.map { docs[0].indicator($0.indicator)?.name(l) ?? $0.indicator }
        let n = targets.count
        if n > 0 {
            let bars = docs.enumerated().map { k, d in
                XLSXCharts.series(k, name: d.scenario, colour: colours[k % colours.count], categories: "Sheet1!$A$2:$A$\(n + 1)", numeric: false,
                                  values: "Sheet1!$\(XLSXWriter.column(k + 1))$2:$\(XLSXWriter.column(k + 1))$\(n + 1)", line: false,
                                  cache: (labels, targets.map { t in d.targets.first { $0.indicator == t.indicator }?.probability ?? .nan }))
            }.joined()
            out.append(XLSXCharts.chart(title: zh ? "目标达成概率" : "Probability of meeting each target", body:
                "<c:barChart><c:barDir val=\"bar\"/><c:grouping val=\"clustered\"/><c:varyColors val=\"0\"/>" + bars
                + "<c:gapWidth val=\"60\"/><c:axId val=\"1\"/><c:axId val=\"2\"/></c:barChart>"
                + XLSXCharts.axes(categoryPosition: "l", reversed: true, valueFormat: "0%", valueTitle: nil, max: 1)))
        }
        for ind in docs[0].indicators where !ind.years.isEmpty {
            let years = ind.years.map(\.year)
            let m = years.count + 1
            let lines = docs.enumerated().map { k, d in
                let own = d.indicators.first { $0.id == ind.id }
                let medians = years.map { y in own?.years.first { $0.year == y }?.p50 ?? .nan }
                return XLSXCharts.series(k, name: d.scenario, colour: colours[k % colours.count], categories: "Sheet1!$A$2:$A$\(m)", numeric: true,
                                         values: "Sheet1!$\(XLSXWriter.column(k + 1))$2:$\(XLSXWriter.column(k + 1))$\(m)", line: true,
                                         cache: (years.map(String.init), medians))
                    .replacingOccurrences(of: "<a:prstDash val=\"dash\"/>", with: "")
                    .replacingOccurrences(of: "w=\"15875\"", with: "w=\"22225\"").replacingOccurrences(of: "w=\"28575\"", with: "w=\"22225\"")
            }.joined()
            out.append(XLSXCharts.chart(title: ind.name(l) + (zh ? "（中位数）" : " (median)"), body:
                "<c:lineChart><c:grouping val=\"standard\"/><c:varyColors val=\"0\"/>" + lines
                + "<c:marker val=\"1\"/><c:axId val=\"1\"/><c:axId val=\"2\"/></c:lineChart>"
                + XLSXCharts.axes(categoryPosition: "b", reversed: false, valueFormat: "General", valueTitle: (zh ? "单位：" : "Unit: ") + ind.unit(l), max: nil)))
        }
        return out
    }
}
