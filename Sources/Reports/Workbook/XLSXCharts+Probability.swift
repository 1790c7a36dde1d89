import PlanData

extension XLSXCharts {
    /// The probability bars of ``ChartSpec``, the one DrawingML both the workbook and the
    /// Word document draw: each bar in its risk colour (grey on the plan's own path, named
    /// as not a forecast), its value as a label, a gridline at 50 %, no legend (the colours
    /// are explained beside the chart). A target whose year has passed has no bar: its label
    /// says its status and completion (``ChartSpec/barLabel(_:in:language:)``). The labels
    /// and values are cached beside the references (`categories`, `values`), so a reader
    /// that does not calculate still draws them.
    /// The data label of bar `k` on the plan's own path: 约50%, as the table says it, never a
    /// figure that reads as a forecast (the run's and the comparison's bars alike).
    static func planLabel(_ k: Int, _ l: Language) -> String {
        "<c:dLbl><c:idx val=\"\(k)\"/><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>\(Markup.escape(BriefingTable.planProbability(l)))</a:t></a:r></a:p></c:rich></c:tx><c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/><c:showCatName val=\"0\"/><c:showSerName val=\"0\"/><c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/></c:dLbl>"
    }

    static func probabilityBars(_ d: ReportDocument, language l: Language, categories: String, values: String) -> String
    {
        let cache = (
            d.targets.map { ChartSpec.barLabel($0, in: d, language: l) },
            d.targets.map { ChartSpec.barValue($0, in: d) }
        )
        let zh = l == .zh
        let points = d.targets.enumerated().map { k, t in
            let colour = ChartSpec.risk(t.probability, plan: d.evidence(of: t) == "plan").colour
            return
                "<c:dPt><c:idx val=\"\(k)\"/><c:invertIfNegative val=\"0\"/><c:bubble3D val=\"0\"/><c:spPr><a:solidFill><a:srgbClr val=\"\(colour)\"/></a:solidFill></c:spPr></c:dPt>"
        }.joined()
        // The plan path's bar is labelled 约50% as the table says it, not a figure that reads as a forecast.
        let planLabels = d.targets.enumerated().filter { !$0.element.hasEnded && d.evidence(of: $0.element) == "plan" }
            .map { k, _ in planLabel(k, l) }.joined()
        let labels =
            "<c:dLbls>\(planLabels)<c:numFmt formatCode=\"0%\" sourceLinked=\"0\"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/><c:showCatName val=\"0\"/><c:showSerName val=\"0\"/><c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/></c:dLbls>"
        let ended = d.targets.allSatisfy(\.hasEnded)
        let bars = series(
            0, name: ended ? (zh ? "完成情况" : "status") : zh ? "达标概率" : "P(meet)", colour: ChartSpec.Risk.likely.colour,
            categories: categories, numeric: false,
            values: values, line: false, cache: cache
        )
        .replacingOccurrences(
            of: "<c:invertIfNegative val=\"0\"/>", with: "<c:invertIfNegative val=\"0\"/>" + points + labels)
        let title = ChartSpec.probabilityTitle(d, language: l) + (ended ? "" : fiftyPercentNote(l))
        return chart(
            title: title,
            body:
                "<c:barChart><c:barDir val=\"bar\"/><c:grouping val=\"clustered\"/><c:varyColors val=\"0\"/>" + bars
                + "<c:gapWidth val=\"60\"/><c:axId val=\"1\"/><c:axId val=\"2\"/></c:barChart>"
                + probabilityAxes()
        )
        .replacingOccurrences(of: "<c:legend><c:legendPos val=\"b\"/><c:overlay val=\"0\"/></c:legend>", with: "")
    }
}
