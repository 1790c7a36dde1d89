import PlanData

/// A comparison's native charts (DrawingML), for the workbook (drawn from its sheets' cells)
/// and for the Word document (the same charts carrying their numbers): each target's
/// probability as bars, one per scenario side by side; and per indicator the reference's
/// P10–P90 band (a stacked area whose unfilled base is P10) with every scenario's median
/// as a line over it, the reference solid and the others dashed.
enum ComparisonOfficeCharts {
    /// Scenario colours, the reference first (Okabe–Ito).
    static let colours = ["0072B2", "D55E00", "009E73", "E69F00", "CC79A7", "56B4E9", "666666"]

    /// Where a chart's numbers live: a cell range and, for a document without sheets, the numbers.
    typealias Source = (range: String, cache: [Double]?)

    static func probabilities(
        _ docs: [ReportDocument], language l: Language, labels: (String, [String]?), values: [Source]
    ) -> String {
        // As ChartSpec asks of every probability chart: value labels (8 pt, three bars a
        // target) and a gridline at 50 %; every target named.
        let valueLabels =
            "<c:dLbls><c:numFmt formatCode=\"0%\" sourceLinked=\"0\"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"800\"/></a:pPr><a:endParaRPr lang=\"zh-CN\"/></a:p></c:txPr><c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/><c:showCatName val=\"0\"/><c:showSerName val=\"0\"/><c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/></c:dLbls>"
        // A target on the plan's own path (in either scenario) reads 约50% on its bars, as the
        // table and page one give it: its odds are by construction, never a change.
        let ref = docs[0]
        let plan = ref.targets.indices.filter { ComparisonReport.onPlanPath(ref.targets[$0].indicator, docs) }
        let planLabels = plan.map { XLSXCharts.planLabel($0, l) }.joined()
        let bars = docs.indices.map { k in
            XLSXCharts.series(
                k, name: docs[k].scenarioName(l), colour: colours[k % colours.count], categories: labels.0,
                numeric: false,
                values: values[k].range, line: false, cache: values[k].cache.map { (labels.1 ?? [], $0) }
            )
            .replacingOccurrences(
                of: "<c:invertIfNegative val=\"0\"/>",
                with: "<c:invertIfNegative val=\"0\"/>"
                    + valueLabels.replacingOccurrences(of: "<c:dLbls>", with: "<c:dLbls>" + planLabels))
        }.joined()
        return XLSXCharts.chart(
            title: (l == .zh ? "目标达成概率" : "Probability of meeting each target") + XLSXCharts.fiftyPercentNote(l),
            body:
                "<c:barChart><c:barDir val=\"bar\"/><c:grouping val=\"clustered\"/><c:varyColors val=\"0\"/>" + bars
                + "<c:gapWidth val=\"60\"/><c:axId val=\"1\"/><c:axId val=\"2\"/></c:barChart>"
                + XLSXCharts.probabilityAxes())
    }

    /// The overlaid fan chart of one indicator: `p10` and `width` (P90 − P10) of the reference, `medians` per scenario.
    static func fan(
        _ docs: [ReportDocument], indicator ind: ReportDocument.Indicator, language l: Language,
        years: (String, [String]?), p10: Source, width: Source, medians: [Source], target: Source? = nil
    ) -> String {
        let zh = l == .zh
        func cache(_ s: Source) -> (labels: [String], values: [Double])? { s.cache.map { (years.1 ?? [], $0) } }
        let base = XLSXCharts.areaSeries(
            0, name: zh ? "区间下限" : "range low", fill: nil, categories: years.0, values: p10.range, cache: cache(p10))
        let band = XLSXCharts.areaSeries(
            1, name: docs[0].scenarioName(l) + " " + ChartSpec.bandLabel(l), fill: "C6DBEF", categories: years.0,
            values: width.range, cache: cache(width))
        let lines = docs.indices.map { k in
            var s = XLSXCharts.series(
                k + 2, name: docs[k].scenarioName(l) + " " + ChartSpec.medianLabel(l),
                colour: colours[k % colours.count],
                categories: years.0, numeric: years.1 == nil, values: medians[k].range, line: true,
                cache: cache(medians[k]))
            if let start = s.range(of: "<c:spPr>"), let end = s.range(of: "</c:spPr>") {
                s.replaceSubrange(
                    start.lowerBound..<end.upperBound,
                    with:
                        "<c:spPr><a:ln w=\"22225\"><a:solidFill><a:srgbClr val=\"\(colours[k % colours.count])\"/></a:solidFill>"
                        + (k == 0 ? "" : "<a:prstDash val=\"dash\"/>") + "</a:ln></c:spPr>")
            }
            return s
        }.joined()
        // The plan's target as a diamond with no line, as the run's 预测区间图 draws it.
        let level = docs[0].targets.first { $0.indicator == ind.id && $0.kind != "period_sum" && !$0.hasEnded }
        let diamond = target.map { t in
            XLSXCharts.diamondSeries(
                docs.count + 2, name: ChartSpec.targetLabel(l), categories: years.0, numeric: years.1 == nil,
                values: t.range, cache: cache(t))
        }
        let sum = docs[0].targets.first { $0.indicator == ind.id }?.kind == "period_sum"
        var drawn: [Double] = docs[0].indicator(ind.id)?.years.flatMap { [$0.p10, $0.p90] } ?? []
        drawn += docs.flatMap { $0.indicator(ind.id)?.years.map(\.p50) ?? [] }
        if diamond != nil, let t = level?.target { drawn.append(t) }
        let axis = ChartSpec.Axis(low: drawn.filter(\.isFinite).min() ?? 0, high: drawn.filter(\.isFinite).max() ?? 1)
        return XLSXCharts.chart(
            title: ind.name(l) + (sum ? (zh ? "（当年值）" : " (yearly)") : ""),
            body:
                "<c:areaChart><c:grouping val=\"stacked\"/><c:varyColors val=\"0\"/>" + base + band
                + "<c:axId val=\"1\"/><c:axId val=\"2\"/></c:areaChart>"
                + "<c:lineChart><c:grouping val=\"standard\"/><c:varyColors val=\"0\"/>" + lines + (diamond ?? "")
                + "<c:marker val=\"1\"/><c:axId val=\"1\"/><c:axId val=\"2\"/></c:lineChart>"
                // The one axis rule over the reference's band and every median; every fifth year labelled.
                + XLSXCharts.yearAxes(valueTitle: (zh ? "单位：" : "Unit: ") + ind.unit(l), axis: axis),
            hiddenLegendEntries: [0])
    }

    /// The plan's level target of `ind` by year (NaN but in its year); nil for a period sum,
    /// an ended target or no target: the chart's diamond.
    static func targetColumn(_ ref: ReportDocument, _ ind: ReportDocument.Indicator, years: [Int]) -> [Double]? {
        guard let t = ref.targets.first(where: { $0.indicator == ind.id && $0.kind != "period_sum" && !$0.hasEnded }),
            years.contains(t.targetYear)
        else { return nil }
        return years.map { $0 == t.targetYear ? t.target : .nan }
    }

    /// The Word document's charts, every number cached in the chart.
    static func word(_ docs: [ReportDocument], language l: Language) -> [String] {
        var out: [String] = []
        let targets = docs[0].targets, n = targets.count
        let col = { (k: Int, rows: Int) in "Sheet1!$\(XLSXWriter.column(k))$2:$\(XLSXWriter.column(k))$\(rows + 1)" }
        if n > 0 {
            out.append(
                probabilities(
                    docs, language: l,
                    labels: (col(0, n), targets.map { ChartSpec.comparisonLabel($0, in: docs[0], language: l) }),
                    values: docs.indices.map { k in
                        (
                            col(k + 1, n),
                            targets.map { t in
                                // On the plan's path the bar is 0.5, as its label 约50% says.
                                ComparisonReport.onPlanPath(t.indicator, docs)
                                    ? 0.5 : docs[k].targets.first { $0.indicator == t.indicator }?.probability ?? .nan
                            }
                        )
                    }))
        }
        for ind in docs[0].indicators where !ind.years.isEmpty {
            let years = ind.years.map(\.year), m = years.count
            out.append(
                fan(
                    docs, indicator: ind, language: l, years: (col(0, m), years.map(String.init)),
                    p10: (col(1, m), ind.years.map(\.p10)), width: (col(2, m), ind.years.map { $0.p90 - $0.p10 }),
                    medians: docs.indices.map { k in
                        let own = docs[k].indicator(ind.id)
                        return (col(k + 3, m), years.map { y in own?.years.first { $0.year == y }?.p50 ?? .nan })
                    }, target: targetColumn(docs[0], ind, years: years).map { (col(docs.count + 3, m), $0) }))
        }
        return out
    }
}
