public import Foundation
public import PlanData

/// An Office Open XML workbook (XLSX) with one sheet per table: numbers stored as numbers,
/// percentages formatted as percentages, a bold coloured header row that stays frozen,
/// column widths that fit the text.
public enum XLSXWriter {
    /// A sheet: a name (≤ 31 characters), header, and rows of cells.
    struct Sheet {
        let name: String
        let header: [String]
        let rows: [[BriefingTable.Cell]]
    }

    public static func workbook(_ d: ReportDocument, language l: Language) -> Data {
        let zh = l == .zh
        let briefing = BriefingTable(d, language: l)
        let forecast = Sheet(
            name: zh ? "预测" : "Forecast",
            header: zh ? ["指标", "单位", "年份", "均值", "P5", "P10", "P25", "P50", "P75", "P90", "P95"]
                       : ["Indicator", "Unit", "Year", "Mean", "P5", "P10", "P25", "P50", "P75", "P90", "P95"],
            rows: d.indicators.flatMap { ind in ind.years.map { y in
                [.text(ind.name(l)), .text(ind.unit(l)), .number(Double(y.year))] + [y.mean, y.p5, y.p10, y.p25, y.p50, y.p75, y.p90, y.p95].map { .number($0) }
            } })
        let targets = Sheet(
            name: zh ? "目标" : "Targets",
            header: zh ? ["指标", "目标年份", "目标值", "口径", "达标概率", "未达标路径的中位缺口", "所需年均增速", "预测年均增速"]
                       : ["Indicator", "Target year", "Target", "Kind", "P(meet)", "Median shortfall", "Growth needed", "Growth forecast"],
            rows: d.targets.map { t in
                [.text(d.indicator(t.indicator)?.name(l) ?? t.indicator), .number(Double(t.targetYear)), .number(t.target), .text(t.kind),
                 .percent(t.probability), .number(t.medianShortfall), .percent(t.requiredGrowth), .percent(t.simulatedGrowth)]
            })
        let history = Sheet(
            name: zh ? "历史" : "History",
            header: zh ? ["指标", "年份", "数值", "来源"] : ["Indicator", "Year", "Value", "Origin"],
            rows: d.indicators.flatMap { ind in ind.history.map { [.text(ind.name(l)), .number(Double($0.year)), .number($0.value), .text($0.origin)] } })
        let notes = Sheet(
            name: zh ? "说明" : "Notes", header: [zh ? "说明与来源" : "Notes and provenance"],
            rows: (d.notes(l) + MarkdownReport.provenanceLines(d, language: l))
                .map { [.text($0)] })
        let sheets = [Sheet(name: zh ? "简报" : "Briefing", header: briefing.headers, rows: briefing.rows), forecast, targets, history, notes]

        var zip = ZipWriter()
        zip.add("[Content_Types].xml", Data(contentTypes(sheets.count).utf8))
        zip.add("_rels/.rels", Data(rootRels.utf8))
        zip.add("xl/workbook.xml", Data(workbookXML(sheets).utf8))
        zip.add("xl/_rels/workbook.xml.rels", Data(workbookRels(sheets.count).utf8))
        zip.add("xl/styles.xml", Data(styles.utf8))
        for (k, sheet) in sheets.enumerated() { zip.add("xl/worksheets/sheet\(k + 1).xml", Data(sheetXML(sheet).utf8)) }
        return zip.finished()
    }

    static func column(_ index: Int) -> String {
        var n = index + 1, s = ""
        while n > 0 { let r = (n - 1) % 26; s = String(UnicodeScalar(UInt8(65 + r))) + s; n = (n - 1) / 26 }
        return s
    }

    static func sheetXML(_ sheet: Sheet) -> String {
        let widths = sheet.header.indices.map { j -> Double in
            let texts = [sheet.header[j]] + sheet.rows.map { BriefingTable.display($0[j]) }
            return min(60, max(8, Double(texts.map(DisplayWidth.of).max() ?? 8) * 1.1 + 2))
        }
        var x = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        x += "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        x += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
        x += "<cols>" + widths.enumerated().map { "<col min=\"\($0.offset + 1)\" max=\"\($0.offset + 1)\" width=\"\(String(format: "%.1f", $0.element))\" customWidth=\"1\"/>" }.joined() + "</cols>"
        x += "<sheetData>"
        x += "<row r=\"1\">" + sheet.header.enumerated().map { "<c r=\"\(column($0.offset))1\" t=\"inlineStr\" s=\"1\"><is><t>\(Markup.escape($0.element))</t></is></c>" }.joined() + "</row>"
        for (i, row) in sheet.rows.enumerated() {
            let r = i + 2
            x += "<row r=\"\(r)\">"
            for (j, cell) in row.enumerated() {
                let ref = "\(column(j))\(r)"
                switch cell {
                case .text(let s): x += "<c r=\"\(ref)\" t=\"inlineStr\"><is><t>\(Markup.escape(s))</t></is></c>"
                case .number(let v?) where v.isFinite: x += "<c r=\"\(ref)\" s=\"3\"><v>\(v)</v></c>"
                case .fixed(let v?, _) where v.isFinite: x += "<c r=\"\(ref)\" s=\"3\"><v>\(v)</v></c>"
                case .integer(let n): x += "<c r=\"\(ref)\" s=\"3\"><v>\(n)</v></c>"
                case .percent(let v?) where v.isFinite, .probability(let v?) where v.isFinite: x += "<c r=\"\(ref)\" s=\"2\"><v>\(v)</v></c>"
                default: x += "<c r=\"\(ref)\"/>"
                }
            }
            x += "</row>"
        }
        return x + "</sheetData></worksheet>"
    }

    static func workbookXML(_ sheets: [Sheet]) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
            + sheets.enumerated().map { "<sheet name=\"\(Markup.escape(String($0.element.name.prefix(31))))\" sheetId=\"\($0.offset + 1)\" r:id=\"rId\($0.offset + 1)\"/>" }.joined()
            + "</sheets></workbook>"
    }

    static func workbookRels(_ n: Int) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + (1...n).map { "<Relationship Id=\"rId\($0)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\($0).xml\"/>" }.joined()
            + "<Relationship Id=\"rId\(n + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>"
    }

    static func contentTypes(_ n: Int) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + (1...n).map { "<Override PartName=\"/xl/worksheets/sheet\($0).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" }.joined()
            + "</Types>"
    }

    static let rootRels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"

    /// Styles: 0 default; 1 header (bold white on blue); 2 percentage 0.00%; 3 number.
    static let styles = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"0.00%\"/></numFmts><fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><color rgb=\"FFFFFFFF\"/><name val=\"Calibri\"/></font></fonts><fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill><fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF0072B2\"/><bgColor indexed=\"64\"/></patternFill></fill></fills><borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs><cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/><xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\"/><xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/></cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>"
}
