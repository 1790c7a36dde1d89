import Foundation
import PlanData

extension XLSXWriter {
    /// A workbook of plain sheets followed by a sheet of native charts (`charts`: chart
    /// XML from ``XLSXCharts``, referring to the sheets' cells by name), e.g. a sweep's.
    /// Each sheet with rows gets an autofilter and its header repeated on printed pages.
    static func workbook(sheets: [Sheet], chartSheet: String, charts: [String]) throws(InputIssue) -> Data {
        guard !charts.isEmpty else { return try workbook(sheets: sheets) }
        var parts: [(String, Data)] = []
        func add(_ path: String, _ text: String) { parts.append((path, Data(text.utf8))) }
        let n = sheets.count + 1
        add("[Content_Types].xml", XLSXParts.contentTypes(sheets: n, charts: charts.count))
        add("_rels/.rels", XLSXParts.rootRels)
        add(
            "xl/workbook.xml",
            XLSXParts.workbook(
                sheets.map(\.name) + [chartSheet],
                filters: sheets.map { s in
                    s.filter && !s.rows.isEmpty
                        ? "'\(s.name)'!$A$1:$\(column(s.header.count - 1))$\(s.rows.count + 1)" : nil
                } + [nil], titled: sheets.map { !$0.rows.isEmpty } + [false]))
        add("xl/_rels/workbook.xml.rels", XLSXParts.workbookRels(n))
        add("xl/styles.xml", XLSXParts.styles)
        for (k, sheet) in sheets.enumerated() { add("xl/worksheets/sheet\(k + 1).xml", sheetXML(sheet)) }
        add("xl/worksheets/sheet\(n).xml", XLSXParts.chartSheet(count: charts.count))
        add("xl/worksheets/_rels/sheet\(n).xml.rels", XLSXParts.rels([("rId1", "drawing", "../drawings/drawing1.xml")]))
        add("xl/drawings/drawing1.xml", XLSXCharts.drawing(count: charts.count))
        add(
            "xl/drawings/_rels/drawing1.xml.rels",
            XLSXParts.rels(charts.indices.map { ("rId\($0 + 1)", "chart", "../charts/chart\($0 + 1).xml") }))
        for (k, chart) in charts.enumerated() { add("xl/charts/chart\(k + 1).xml", chart) }
        return try OfficePackage.zip(parts)
    }
}
