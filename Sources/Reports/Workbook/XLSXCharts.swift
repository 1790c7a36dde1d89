import PlanData

/// Native Excel charts (DrawingML) drawn from the workbook's own cells, to ``ChartSpec``:
/// the probability of each target as bars, and per indicator its 预测区间图 (history, the
/// P10–P90 band, the median, the target). Laid out one under another, two to a printed page.
enum XLSXCharts {
    static let ns =
        "xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""

    /// The run workbook's charts, drawn from its 图表数据 sheet (``XLSXWriter/chartData(_:language:decimals:)``):
    /// the probability bars, then per indicator its 预测区间图 (``band(_:in:language:sheet:firstRow:firstColumn:)``).
    static func charts(_ d: ReportDocument, language l: Language, dataSheet: String) -> [String] {
        let sheet = "'\(dataSheet.replacingOccurrences(of: "'", with: "''"))'"
        var out: [String] = []
        let n = d.targets.count
        // The bars sit two columns right of the band's figures.
        let label = XLSXWriter.column(3 + BandFigures.headers(l, baseline: d.baseline != nil).count)
        let value = XLSXWriter.column(4 + BandFigures.headers(l, baseline: d.baseline != nil).count)
        if n > 0 {
            out.append(
                probabilityBars(
                    d, language: l, categories: "\(sheet)!$\(label)$2:$\(label)$\(n + 1)",
                    values: "\(sheet)!$\(value)$2:$\(value)$\(n + 1)"))
        }
        var row = 2
        for ind in d.indicators where !ind.years.isEmpty {
            out.append(band(ind, in: d, language: l, sheet: sheet, firstRow: row, firstColumn: 1))
            row += BandFigures(ind, in: d).years.count
        }
        return out
    }

    /// An area series: filled with `fill`, or unfilled and unoutlined (the band's base).
    static func areaSeries(
        _ k: Int, name: String, fill: String?, categories: String, values: String,
        cache: (labels: [String], values: [Double])?
    ) -> String {
        let shape =
            fill.map {
                "<c:spPr><a:solidFill><a:srgbClr val=\"\($0)\"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>"
            }
            ?? "<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>"
        // Reuse the line series' references and caches, then give it the area's shape.
        var s = series(
            k, name: name, colour: "000000", categories: categories, numeric: cache == nil, values: values, line: true,
            cache: cache)
        if let start = s.range(of: "<c:spPr>"), let end = s.range(of: "</c:marker>") {
            s.replaceSubrange(start.lowerBound..<end.upperBound, with: shape)
        }
        return s.replacingOccurrences(of: "<c:smooth val=\"0\"/>", with: "")
    }

    /// One series; `cache` (category labels and values) is written beside the references
    /// so a reader without the sheet (Word, LibreOffice) still draws the chart.
    /// A target series: no line, a diamond in the at-risk colour at each value (a target
    /// has one, in its year), as every 预测区间图 marks the plan's target.
    static func diamondSeries(
        _ k: Int, name: String, categories: String, numeric: Bool, values: String,
        cache: (labels: [String], values: [Double])?
    ) -> String {
        series(
            k, name: name, colour: "000000", categories: categories, numeric: numeric, values: values, line: true,
            cache: cache
        )
        .replacingOccurrences(
            of:
                "<a:ln w=\"15875\"><a:solidFill><a:srgbClr val=\"000000\"/></a:solidFill><a:prstDash val=\"dash\"/></a:ln>",
            with: "<a:ln><a:noFill/></a:ln>"
        )
        .replacingOccurrences(
            of: "<c:marker><c:symbol val=\"none\"/></c:marker>",
            with:
                "<c:marker><c:symbol val=\"diamond\"/><c:size val=\"9\"/><c:spPr><a:solidFill><a:srgbClr val=\"\(ChartSpec.Risk.difficult.colour)\"/></a:solidFill></c:spPr></c:marker>"
        )
    }

    static func series(
        _ k: Int, name: String, colour: String, categories: String, numeric: Bool, values: String, line: Bool,
        cache: (labels: [String], values: [Double])? = nil
    ) -> String {
        let shape =
            line
            ? "<c:spPr><a:ln w=\"\(k == 1 ? 28575 : 15875)\"><a:solidFill><a:srgbClr val=\"\(colour)\"/></a:solidFill>\(k == 1 ? "" : "<a:prstDash val=\"dash\"/>")</a:ln></c:spPr><c:marker><c:symbol val=\"none\"/></c:marker>"
            : "<c:spPr><a:solidFill><a:srgbClr val=\"\(colour)\"/></a:solidFill></c:spPr><c:invertIfNegative val=\"0\"/>"
        let labelCache =
            cache.map { c in
                "<c:strCache><c:ptCount val=\"\(c.labels.count)\"/>"
                    + c.labels.enumerated().map {
                        "<c:pt idx=\"\($0.offset)\"><c:v>\(Markup.escape($0.element))</c:v></c:pt>"
                    }.joined() + "</c:strCache>"
            } ?? ""
        let valueCache =
            cache.map { c in
                "<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val=\"\(c.values.count)\"/>"
                    + c.values.enumerated().filter { $0.element.isFinite }.map {
                        "<c:pt idx=\"\($0.offset)\"><c:v>\($0.element)</c:v></c:pt>"
                    }.joined() + "</c:numCache>"
            } ?? ""
        let cat =
            numeric && cache == nil
            ? "<c:cat><c:numRef><c:f>\(Markup.escape(categories))</c:f></c:numRef></c:cat>"
            : "<c:cat><c:strRef><c:f>\(Markup.escape(categories))</c:f>\(labelCache)</c:strRef></c:cat>"
        return
            "<c:ser><c:idx val=\"\(k)\"/><c:order val=\"\(k)\"/><c:tx><c:v>\(Markup.escape(name))</c:v></c:tx>\(shape)\(cat)<c:val><c:numRef><c:f>\(Markup.escape(values))</c:f>\(valueCache)</c:numRef></c:val>\(line ? "<c:smooth val=\"0\"/>" : "")</c:ser>"
    }

    /// The category and value axes.
    static func axes(categoryPosition: String, reversed: Bool, valueFormat: String, valueTitle: String?, max: Double?)
        -> String
    {
        axesXML(
            categoryPosition: categoryPosition, reversed: reversed, valueFormat: valueFormat, valueTitle: valueTitle,
            max: max, axis: nil)
    }

    /// A chart's axes over the years (categories at the bottom, every fifth year labelled)
    /// and a value axis with the one specification's bounds, step and label decimals
    /// (``ChartSpec/Axis``), so Word, Excel and the PDF agree and an axis for data far from
    /// 0 does not start at 0.
    static func yearAxes(valueTitle: String?, axis: ChartSpec.Axis) -> String {
        axesXML(
            categoryPosition: "b", reversed: false, valueFormat: axis.numberFormat, valueTitle: valueTitle, max: nil,
            axis: axis
        )
        .replacingOccurrences(
            of: "<c:lblOffset val=\"100\"/>",
            with: "<c:lblOffset val=\"100\"/><c:tickLblSkip val=\"5\"/><c:tickMarkSkip val=\"1\"/>"
        )
        // Labels turned 45°: a reader that ignores the skip (LibreOffice) still never runs
        // the years together (20202021…).
        .replacingOccurrences(
            of: "<c:tickLblPos val=\"low\"/><c:crossAx val=\"2\"/>",
            with: "<c:tickLblPos val=\"low\"/>" + rotatedLabels + "<c:crossAx val=\"2\"/>")
    }

    /// A category axis's labels turned 45° at 8 pt.
    static let rotatedLabels =
        "<c:txPr><a:bodyPr rot=\"-2700000\" vert=\"horz\"/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"800\"/></a:pPr><a:endParaRPr lang=\"zh-CN\"/></a:p></c:txPr>"

    private static func axesXML(
        categoryPosition: String, reversed: Bool, valueFormat: String, valueTitle: String?, max: Double?,
        axis: ChartSpec.Axis?
    ) -> String {
        let bounds =
            axis.map { "<c:max val=\"\($0.max)\"/><c:min val=\"\($0.min)\"/>" } ?? max.map {
                "<c:max val=\"\($0)\"/><c:min val=\"0\"/>"
            } ?? ""
        let format = axis?.numberFormat ?? valueFormat
        let unit = axis.map { "<c:majorUnit val=\"\($0.step)\"/>" } ?? ""
        let title =
            valueTitle.map {
                "<c:title><c:tx><c:rich><a:bodyPr rot=\"-5400000\" vert=\"horz\"/><a:p><a:r><a:t>\(Markup.escape($0))</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title>"
            } ?? ""
        return
            "<c:catAx><c:axId val=\"1\"/><c:scaling><c:orientation val=\"\(reversed ? "maxMin" : "minMax")\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"\(categoryPosition)\"/><c:numFmt formatCode=\"General\" sourceLinked=\"1\"/><c:tickLblPos val=\"low\"/><c:crossAx val=\"2\"/><c:crosses val=\"\(axis == nil ? "autoZero" : "min")\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/></c:catAx>"
            + "<c:valAx><c:axId val=\"2\"/><c:scaling><c:orientation val=\"minMax\"/>\(bounds)</c:scaling><c:delete val=\"0\"/><c:axPos val=\"\(categoryPosition == "l" ? "b" : "l")\"/><c:majorGridlines/>\(title)<c:numFmt formatCode=\"\(format)\" sourceLinked=\"0\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"1\"/><c:crosses val=\"\(reversed ? "max" : "autoZero")\"/><c:crossBetween val=\"between\"/>\(unit)</c:valAx>"
    }

    /// A probability chart's value axis, 0 to 100 %: gridlines at 0, 50 % and 100 % drawn
    /// dark and dashed, so the 50 % line the title names is seen between the bars; every
    /// target named (a reader left to skip labels drops every other one).
    static func probabilityAxes() -> String {
        axes(categoryPosition: "l", reversed: true, valueFormat: "0%", valueTitle: nil, max: 1)
            .replacingOccurrences(
                of: "<c:majorGridlines/>",
                with:
                    "<c:majorGridlines><c:spPr><a:ln w=\"15875\"><a:solidFill><a:srgbClr val=\"333333\"/></a:solidFill><a:prstDash val=\"dash\"/></a:ln></c:spPr></c:majorGridlines>"
            )
            .replacingOccurrences(
                of: "<c:crossBetween val=\"between\"/>",
                with: "<c:crossBetween val=\"between\"/><c:majorUnit val=\"0.5\"/>"
            )
            .replacingOccurrences(
                of: "<c:lblOffset val=\"100\"/>", with: "<c:lblOffset val=\"100\"/><c:tickLblSkip val=\"1\"/>")
    }

    /// What a probability chart's title says of its 50 % line.
    static func fiftyPercentNote(_ l: Language) -> String {
        l == .zh ? "（中间虚线为50%）" : " (dashed line in the middle: 50%)"
    }

    static func chart(title: String, body: String, hiddenLegendEntries: [Int] = []) -> String {
        let hidden = hiddenLegendEntries.map {
            "<c:legendEntry><c:idx val=\"\($0)\"/><c:delete val=\"1\"/></c:legendEntry>"
        }.joined()
        return XLSXParts.header
            + "<c:chartSpace \(ns)><c:roundedCorners val=\"0\"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>\(Markup.escape(title))</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title><c:autoTitleDeleted val=\"0\"/><c:plotArea><c:layout/>"
            + body
            + "</c:plotArea><c:legend><c:legendPos val=\"b\"/>\(hidden)<c:overlay val=\"0\"/></c:legend><c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart></c:chartSpace>"
    }

    /// The drawing that places `count` charts one under another, each 10 columns × 20 rows
    /// in a band of 22, so a printed A4 page holds two (``XLSXParts/chartSheet(count:)``).
    static func drawing(count: Int) -> String {
        XLSXParts.header
            + "<xdr:wsDr xmlns:xdr=\"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\">"
            + (0..<count).map { k in
                let col = 0, row = k * 22
                return
                    "<xdr:twoCellAnchor><xdr:from><xdr:col>\(col)</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>\(row)</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>\(col + 10)</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>\(row + 20)</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>"
                    + "<xdr:graphicFrame macro=\"\"><xdr:nvGraphicFramePr><xdr:cNvPr id=\"\(k + 2)\" name=\"Chart \(k + 1)\"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/></xdr:xfrm><a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"><c:chart r:id=\"rId\(k + 1)\"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>"
            }.joined() + "</xdr:wsDr>"
    }
}
