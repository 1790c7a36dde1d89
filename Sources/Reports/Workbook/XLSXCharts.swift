import PlanData

/// Native Excel charts (DrawingML) drawn from the workbook's own cells: the probability
/// of each target as bars (from the targets sheet), and per indicator its P10–P90 band
/// shaded with the median as a line over the years (from the forecast sheet). Laid out two to a row on one sheet.
enum XLSXCharts {
    static let ns = "xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""

    static func charts(_ d: ReportDocument, language l: Language, forecastSheet: String, targetsSheet: String) -> [String] {
        let q = { (sheet: String) in "'\(sheet.replacingOccurrences(of: "'", with: "''"))'" }
        var out: [String] = []
        let n = d.targets.count
        if n > 0 {
            out.append(probabilityBars(d, language: l, categories: "\(q(targetsSheet))!$A$2:$A$\(n + 1)", values: "\(q(targetsSheet))!$E$2:$E$\(n + 1)", cache: nil))
        }
        var row = 2
        for ind in d.indicators {
            let first = row, last = row + ind.years.count - 1
            row = last + 1
            guard !ind.years.isEmpty else { continue }
            let ref = { (col: String) in "\(q(forecastSheet))!$\(col)$\(first):$\(col)$\(last)" }
            out.append(fan(title: d.chartTitle(ind, l), unit: ind.unit(l), language: l, years: (ref("C"), nil),
                           p10: (ref("F"), nil), width: (ref("L"), nil), median: (ref("H"), nil)))
        }
        return out
    }

    /// A fan chart as a band: a stacked area whose first, unfilled series is P10 and whose
    /// second, shaded one is P90 − P10 (so the shading spans P10 to P90), with the median as
    /// a line on the same axes; the legend shows the band and the median only. Each series
    /// is a reference and, for a document without sheets, the cached numbers.
    static func fan(title: String, unit: String, language l: Language, years: (String, [String]?),
                    p10: (String, [Double]?), width: (String, [Double]?), median: (String, [Double]?)) -> String {
        let zh = l == .zh
        func cache(_ values: [Double]?) -> (labels: [String], values: [Double])? { values.map { (years.1 ?? [], $0) } }
        let base = areaSeries(0, name: "P10", fill: nil, categories: years.0, values: p10.0, cache: cache(p10.1))
        let band = areaSeries(1, name: ChartSpec.bandLabel(l), fill: "A9C8E3", categories: years.0, values: width.0, cache: cache(width.1))
        let line = series(2, name: ChartSpec.medianLabel(l), colour: ChartSpec.Risk.likely.colour, categories: years.0, numeric: years.1 == nil, values: median.0, line: true, cache: cache(median.1))
            .replacingOccurrences(of: "<a:prstDash val=\"dash\"/>", with: "")
        return chart(title: title, body:
            "<c:areaChart><c:grouping val=\"stacked\"/><c:varyColors val=\"0\"/>" + base + band
            + "<c:axId val=\"1\"/><c:axId val=\"2\"/></c:areaChart>"
            + "<c:lineChart><c:grouping val=\"standard\"/><c:varyColors val=\"0\"/>" + line
            + "<c:marker val=\"1\"/><c:axId val=\"1\"/><c:axId val=\"2\"/></c:lineChart>"
            + axes(categoryPosition: "b", reversed: false, valueFormat: "General", valueTitle: (zh ? "单位：" : "Unit: ") + unit, max: nil),
            hiddenLegendEntries: [0])
    }

    /// An area series: filled with `fill`, or unfilled and unoutlined (the band's base).
    static func areaSeries(_ k: Int, name: String, fill: String?, categories: String, values: String,
                           cache: (labels: [String], values: [Double])?) -> String {
        let shape = fill.map { "<c:spPr><a:solidFill><a:srgbClr val=\"\($0)\"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>" }
            ?? "<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>"
        // Reuse the line series' references and caches, then give it the area's shape.
        var s = series(k, name: name, colour: "000000", categories: categories, numeric: cache == nil, values: values, line: true, cache: cache)
        if let start = s.range(of: "<c:spPr>"), let end = s.range(of: "</c:marker>") { s.replaceSubrange(start.lowerBound..<end.upperBound, with: shape) }
        return s.replacingOccurrences(of: "<c:smooth val=\"0\"/>", with: "")
    }

    /// One series; `cache` (category labels and values) is written beside the references
    /// so a reader without the sheet (Word, LibreOffice) still draws the chart.
    static func series(_ k: Int, name: String, colour: String, categories: String, numeric: Bool, values: String, line: Bool,
                       cache: (labels: [String], values: [Double])? = nil) -> String {
        let shape = line
            ? "<c:spPr><a:ln w=\"\(k == 1 ? 28575 : 15875)\"><a:solidFill><a:srgbClr val=\"\(colour)\"/></a:solidFill>\(k == 1 ? "" : "<a:prstDash val=\"dash\"/>")</a:ln></c:spPr><c:marker><c:symbol val=\"none\"/></c:marker>"
            : "<c:spPr><a:solidFill><a:srgbClr val=\"\(colour)\"/></a:solidFill></c:spPr><c:invertIfNegative val=\"0\"/>"
        let labelCache = cache.map { c in "<c:strCache><c:ptCount val=\"\(c.labels.count)\"/>" + c.labels.enumerated().map { "<c:pt idx=\"\($0.offset)\"><c:v>\(Markup.escape($0.element))</c:v></c:pt>" }.joined() + "</c:strCache>" } ?? ""
        let valueCache = cache.map { c in "<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val=\"\(c.values.count)\"/>" + c.values.enumerated().filter { $0.element.isFinite }.map { "<c:pt idx=\"\($0.offset)\"><c:v>\($0.element)</c:v></c:pt>" }.joined() + "</c:numCache>" } ?? ""
        let cat = numeric && cache == nil ? "<c:cat><c:numRef><c:f>\(Markup.escape(categories))</c:f></c:numRef></c:cat>" : "<c:cat><c:strRef><c:f>\(Markup.escape(categories))</c:f>\(labelCache)</c:strRef></c:cat>"
        return "<c:ser><c:idx val=\"\(k)\"/><c:order val=\"\(k)\"/><c:tx><c:v>\(Markup.escape(name))</c:v></c:tx>\(shape)\(cat)<c:val><c:numRef><c:f>\(Markup.escape(values))</c:f>\(valueCache)</c:numRef></c:val>\(line ? "<c:smooth val=\"0\"/>" : "")</c:ser>"
    }

    static func axes(categoryPosition: String, reversed: Bool, valueFormat: String, valueTitle: String?, max: Double?) -> String {
        let title = valueTitle.map { "<c:title><c:tx><c:rich><a:bodyPr rot=\"-5400000\" vert=\"horz\"/><a:p><a:r><a:t>\(Markup.escape($0))</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title>" } ?? ""
        return "<c:catAx><c:axId val=\"1\"/><c:scaling><c:orientation val=\"\(reversed ? "maxMin" : "minMax")\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"\(categoryPosition)\"/><c:numFmt formatCode=\"General\" sourceLinked=\"1\"/><c:tickLblPos val=\"low\"/><c:crossAx val=\"2\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/></c:catAx>"
            + "<c:valAx><c:axId val=\"2\"/><c:scaling><c:orientation val=\"minMax\"/>\(max.map { "<c:max val=\"\($0)\"/><c:min val=\"0\"/>" } ?? "")</c:scaling><c:delete val=\"0\"/><c:axPos val=\"\(categoryPosition == "l" ? "b" : "l")\"/><c:majorGridlines/>\(title)<c:numFmt formatCode=\"\(valueFormat)\" sourceLinked=\"0\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"1\"/><c:crosses val=\"\(reversed ? "max" : "autoZero")\"/><c:crossBetween val=\"between\"/></c:valAx>"
    }

    static func chart(title: String, body: String, hiddenLegendEntries: [Int] = []) -> String {
        let hidden = hiddenLegendEntries.map { "<c:legendEntry><c:idx val=\"\($0)\"/><c:delete val=\"1\"/></c:legendEntry>" }.joined()
        return XLSXParts.header + "<c:chartSpace \(ns)><c:roundedCorners val=\"0\"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>\(Markup.escape(title))</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title><c:autoTitleDeleted val=\"0\"/><c:plotArea><c:layout/>"
            + body + "</c:plotArea><c:legend><c:legendPos val=\"b\"/>\(hidden)<c:overlay val=\"0\"/></c:legend><c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart></c:chartSpace>"
    }

    /// The drawing that places `count` charts one under another, each 10 columns × 20 rows
    /// in a band of 22, so a printed A4 page holds two (``XLSXParts/chartSheet(count:)``).
    static func drawing(count: Int) -> String {
        XLSXParts.header + "<xdr:wsDr xmlns:xdr=\"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\">"
            + (0..<count).map { k in
                let col = 0, row = k * 22
                return "<xdr:twoCellAnchor><xdr:from><xdr:col>\(col)</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>\(row)</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>\(col + 10)</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>\(row + 20)</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>"
                    + "<xdr:graphicFrame macro=\"\"><xdr:nvGraphicFramePr><xdr:cNvPr id=\"\(k + 2)\" name=\"Chart \(k + 1)\"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/></xdr:xfrm><a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"><c:chart r:id=\"rId\(k + 1)\"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>"
            }.joined() + "</xdr:wsDr>"
    }
}
