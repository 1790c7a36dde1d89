public import Foundation
public import PlanData

/// An Office Open XML workbook (XLSX) an analyst keeps: numbers stored as numbers with a
/// fixed number of decimals per indicator, percentages formatted, a frozen bold header,
/// autofilter, wrapped notes, A4 print setup fitted to the page width, and native charts
/// (probability bars, a P10–P90 band with the median line per indicator) drawn from the sheets' own
/// cells, so editing a number redraws the chart.
public enum XLSXWriter {
    /// A sheet: a name (≤ 31 characters), header, rows of cells, and optional column widths.
    /// A name Excel and LibreOffice accept for a sheet: none of `: \\ / ? * [ ]` (each becomes
    /// a space, runs of spaces one). `Annex 2: technical notes` as a name made LibreOffice
    /// refuse the whole workbook.
    static func sheetName(_ name: String) -> String {
        guard name.contains(where: { ":\\/?*[]".contains($0) }) else { return name }
        return String(name.map { ":\\/?*[]".contains($0) ? " " : $0 }).split(separator: " ").joined(separator: " ")
    }

    struct Sheet {
        let name: String
        let header: [String]
        let rows: [[BriefingTable.Cell]]
        var wrap: Set<Int> = []
        var filter = true
        /// Columns computed by a formula (`{r}` stands for the row), written with the value
        /// cached beside it so a reader that does not calculate still shows it.
        var formulas: [Int: String] = [:]
        /// Column widths (characters) set by the caller, overriding the measured ones, so a
        /// wide table can be made to print on A4 at a readable size.
        var widths: [Int: Double] = [:]
        /// Printed on one page (简报), not only fitted to the page width.
        var onePage = false
    }

    public static func workbook(_ d: ReportDocument, language l: Language) throws(InputIssue) -> Data {
        let sheets = sheets(d, language: l)
        let charts = XLSXCharts.charts(d, language: l, dataSheet: sheets[sheets.count - 1].name)
        return try workbook(sheets: sheets, chartSheet: l == .zh ? "图表" : "Charts", charts: charts)
    }

    /// The run workbook's sheets in order: 简报 (page one), 专栏1, forecast, targets,
    /// history, notes, and the charts' figures (图表数据).
    static func sheets(_ d: ReportDocument, language l: Language) -> [Sheet] {
        let zh = l == .zh
        let briefing = BriefingTable(d, language: l)
        // The table's decimals in every sheet: counts whole (25.55 个 → 26 个).
        let decimals = Dictionary(
            d.indicators.map { ($0.id, BriefingTable.decimals(of: $0, in: d)) }, uniquingKeysWith: { a, _ in a })
        let forecast = Sheet(
            name: zh ? "预测" : "Forecast",
            header: zh
                ? ["指标", "单位", "年份", "截尾均值（P1–P99）", "P5", "P10", "P25", "P50", "P75", "P90", "P95", "P10–P90 区间宽度"]
                : [
                    "Indicator", "Unit", "Year", "Mean of P1–P99", "P5", "P10", "P25", "P50", "P75", "P90", "P95",
                    "P10–P90 width",
                ],
            rows: d.indicators.flatMap { ind in
                ind.years.map { y in
                    let k = decimals[ind.id] ?? 2
                    return [.text(ind.name(l)), .text(ind.unit(l)), .integer(y.year)]
                        + [y.truncatedMean, y.p5, y.p10, y.p25, y.p50, y.p75, y.p90, y.p95, y.p90 - y.p10].map {
                            .fixed($0, decimals: k)
                        }
                }
            }, formulas: [11: "J{r}-F{r}"])
        let targets = Sheet(
            name: zh ? "目标" : "Targets",
            header: zh
                ? ["指标", "目标年份", "目标值", "口径", "达标概率", "依据", "未达标路径的中位缺口", "所需年均增速", "预测年均增速"]
                : [
                    "Indicator", "Target year", "Target", "Basis", "P(meet)", "Evidence", "Median shortfall",
                    "Growth needed", "Growth forecast",
                ],
            rows: d.targets.enumerated().map { k, t in
                let digits = decimals[t.indicator] ?? 2
                return [
                    .text(d.indicator(t.indicator)?.name(l) ?? t.indicator), .integer(t.targetYear),
                    .fixed(t.target, decimals: digits),
                    briefing.rows[k][BriefingTable.Column.basis],
                    t.hasEnded
                        ? .text(BriefingTable.statusText(t, language: l))
                        : briefing.grades[k] == "plan"
                            ? .text(BriefingTable.planProbability(l)) : .probability(t.probability),
                    .text(BriefingTable.gradeWord(briefing.grades[k], zh: zh)),
                    .fixed(t.medianShortfall, decimals: digits), .percent(t.requiredGrowth),
                    .percent(t.simulatedGrowth),
                ]
            })
        let history = Sheet(
            name: zh ? "历史" : "History",
            header: zh ? ["指标", "年份", "数值", "来源"] : ["Indicator", "Year", "Value", "Origin"],
            rows: d.indicators.flatMap { ind in
                ind.history.map {
                    [
                        .text(ind.name(l)), .integer($0.year),
                        .fixed($0.value, decimals: decimals[ind.id] ?? NumberFormat.decimals(forMagnitude: $0.value)),
                        .text(originWord($0.origin, zh: zh)),
                    ]
                }
            })
        let notesText =
            [BriefingTable.evidenceLegend(zh: zh)]
            + [BriefingTable.periodSumNote(d, language: l), UnitCaution.tableNote(d, language: l)].compactMap { $0 }
            + d.notes(l)
            + HTMLReport.annex(d, language: l).lines()
        let notes = Sheet(
            name: zh ? "说明" : "Notes", header: [zh ? "说明与技术附录" : "Notes and technical annex"],
            rows: notesText.map { [.text($0)] }, wrap: [0], filter: false)
        // The workbook opens on page one (简报); the 专栏1 table follows, without the status
        // column where no target has a status.
        let summary = summarySheet(LeaderPage(run: d, language: l))
        let keep = briefing.headers.indices.filter {
            $0 != BriefingTable.Column.status || d.targets.contains { $0.status != nil }
        }
        // English names, units and evidence words are long: they wrap in narrower columns so
        // the table prints across A4 at a readable size (Chinese names stay on one line).
        let narrow: [Int: Double] =
            zh
            ? [:]
            : [
                BriefingTable.Column.name: 22, BriefingTable.Column.unit: 10, BriefingTable.Column.evidence: 12,
                BriefingTable.Column.basis: 10,
            ]
        let widths = Dictionary(
            uniqueKeysWithValues: keep.enumerated().compactMap { k, j in narrow[j].map { (k, $0) } })
        let main = Sheet(
            name: zh ? "专栏1" : "Box 1", header: keep.map { briefing.headers[$0] },
            rows: briefing.rows.map { r in keep.map { r[$0] } },
            wrap: Set(widths.keys), widths: widths)
        return [summary, main, forecast, targets, history, notes, chartData(d, language: l, decimals: decimals)]
    }

    /// Page one as the workbook's first sheet (简报), the sheet it opens on: the title as its
    /// header row (repeated on printed pages), one wrapped line a row.
    /// Its one column is as wide as A4 portrait's printable width (about 78 characters at the
    /// default font), so page one prints across the page, not in a narrow strip (review s4 P3-5).
    static func summarySheet(_ page: LeaderPage) -> Sheet {
        var sheet = Sheet(
            name: page.language == .zh ? "简报" : "Summary", header: [page.title],
            rows: page.lines().dropFirst().map { [.text($0)] }, wrap: [0], filter: false, onePage: true)
        sheet.widths = [0: summaryWidth]
        return sheet
    }

    /// The 简报 sheet's column width in characters: A4 portrait between 0.5-inch margins.
    static let summaryWidth = 78.0

    /// A workbook of plain sheets (no charts), e.g. a comparison's.
    static func workbook(sheets: [Sheet]) throws(InputIssue) -> Data {
        var parts: [(String, Data)] = []
        func add(_ path: String, _ text: String) { parts.append((path, Data(text.utf8))) }
        add(
            "[Content_Types].xml",
            XLSXParts.contentTypes(sheets: sheets.count, charts: 0).replacingOccurrences(
                of:
                    "<Override PartName=\"/xl/drawings/drawing1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.drawing+xml\"/>",
                with: ""))
        add("_rels/.rels", XLSXParts.rootRels)
        add(
            "xl/workbook.xml",
            XLSXParts.workbook(
                sheets.map { sheetName($0.name) },
                filters: sheets.map { s in
                    s.rows.isEmpty
                        ? nil : "'\(sheetName(s.name))'!$A$1:$\(column(s.header.count - 1))$\(s.rows.count + 1)"
                }, titled: sheets.map { !$0.rows.isEmpty }))
        add("xl/_rels/workbook.xml.rels", XLSXParts.workbookRels(sheets.count))
        add("xl/styles.xml", XLSXParts.styles)
        for (k, sheet) in sheets.enumerated() { add("xl/worksheets/sheet\(k + 1).xml", sheetXML(sheet)) }
        return try OfficePackage.zip(parts)
    }

    static func originWord(_ origin: String, zh: Bool) -> String {
        switch origin {
        case "printed": return zh ? "规划原文" : "printed in the plan"
        case "reconstructed": return zh ? "重建值" : "reconstructed"
        case "user": return zh ? "用户数据" : "user data"
        default: return origin
        }
    }

    static func column(_ index: Int) -> String {
        var n = index + 1, s = ""
        while n > 0 {
            let r = (n - 1) % 26
            s = String(UnicodeScalar(UInt8(65 + r))) + s
            n = (n - 1) / 26
        }
        return s
    }

    /// A text cell as people read it: a negative number's hyphen is the one minus sign (−),
    /// as in the PDF and Word. Text with Latin letters (a scenario statement, a file name in
    /// the technical annex) stays exactly as written, so it can be copied back.
    static func textCell(_ s: String) -> String {
        s.contains { $0.isASCII && $0.isLetter } ? s : OfficialForm.minusSigns(s)
    }

    /// A cell's style: see ``XLSXParts/styles``.
    static func style(_ cell: BriefingTable.Cell) -> Int {
        switch cell {
        case .text: return 0
        case .number: return 3
        case .fixed(_, let k): return 5 + min(max(k, 0), 3)
        case .integer: return 5
        case .percent: return 2
        case .probability: return 9
        case .signed(_, let k): return 10 + min(max(k, 0), 3)
        case .signedPercent: return 14
        }
    }

    /// The value a cell stores: the figure as displayed, at the plan's precision — a count
    /// whole (27.68 个 → 28), 亿元 at two decimals, a rate at one decimal of a per cent
    /// (0.0559 → 0.056, shown 5.6%), a probability whole per cent — so the cell, its formula
    /// bar, a sum over it and the PDF agree. Full precision is in indicators.csv and
    /// results.json. Nil for a cell that is not a number.
    static func stored(_ cell: BriefingTable.Cell) -> Double? {
        func round(_ v: Double, _ k: Int) -> Double {
            let f = pow(10, Double(k))
            return (v * f).rounded() / f
        }
        switch cell {
        case .fixed(let v?, let k) where v.isFinite: return round(v, max(k, 0))
        case .percent(let v?) where v.isFinite: return round(v, 3)
        case .probability(let v?) where v.isFinite: return round(v, 2)
        // + 0.0 turns −0 into 0, so a zero difference shows 0, never −0.
        case .signed(let v?, let k) where v.isFinite: return round(v, max(k, 0)) + 0.0
        case .signedPercent(let v?) where v.isFinite: return round(v, 4) + 0.0
        case .number(let v?) where v.isFinite: return v
        default: return nil
        }
    }

    /// Whether a sheet prints on A4 landscape: more than eight columns, or columns wider in
    /// sum than portrait prints at 9 pt or more (about 100 characters of the 11-point font).
    static func landscape(_ sheet: Sheet, widths: [Double]) -> Bool {
        sheet.header.count > 8 || widths.reduce(0, +) > 100
    }

    static func sheetXML(_ sheet: Sheet) -> String {
        let widths = sheet.header.indices.map { j -> Double in
            if let w = sheet.widths[j] { return w }
            if sheet.wrap.contains(j) { return wrappedWidth }
            // The header row wraps (style 1), so a long header takes half its length over two lines;
            // the columns stay as narrow as their figures and 专栏1 prints at a readable size.
            let cells = sheet.rows.map { DisplayWidth.of(BriefingTable.display($0[j])) }.max() ?? 0
            let w = DisplayWidth.of(sheet.header[j]), header = w <= 10 ? w : (w + 1) / 2
            return min(40, max(6, Double(max(cells, header)) * 1.1 + 2))
        }
        let last = "\(column(sheet.header.count - 1))\(sheet.rows.count + 1)"
        var x = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        x +=
            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        x += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr><dimension ref=\"A1:\(last)\"/>"
        x +=
            "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
        x +=
            "<cols>"
            + widths.enumerated().map {
                "<col min=\"\($0.offset + 1)\" max=\"\($0.offset + 1)\" width=\"\(String(format: "%.1f", $0.element))\" customWidth=\"1\"/>"
            }.joined() + "</cols>"
        x += "<sheetData>"
        // The header row as tall as its most wrapped header (a reader that does not fit rows still shows it whole).
        let headerLines =
            sheet.header.indices.map { j in
                Int((Double(DisplayWidth.of(sheet.header[j])) * 1.1 / max(widths[j] - 1, 1)).rounded(.up))
            }.max() ?? 1
        x +=
            "<row r=\"1\"\(headerLines > 1 ? " ht=\"\(15 * min(headerLines, 4))\" customHeight=\"1\"" : "")>"
            + sheet.header.enumerated().map {
                "<c r=\"\(column($0.offset))1\" t=\"inlineStr\" s=\"1\"><is><t>\(Markup.escape($0.element))</t></is></c>"
            }.joined() + "</row>"
        for (i, row) in sheet.rows.enumerated() {
            let r = i + 2
            let height =
                rowHeight(row, wrap: sheet.wrap, widths: widths).map { " ht=\"\($0)\" customHeight=\"1\"" } ?? ""
            x += "<row r=\"\(r)\"\(height)>"
            for (j, cell) in row.enumerated() {
                let ref = "\(column(j))\(r)"
                switch cell {
                case .text(let s):
                    x +=
                        "<c r=\"\(ref)\" t=\"inlineStr\" s=\"\(sheet.wrap.contains(j) ? 4 : 0)\"><is><t xml:space=\"preserve\">\(Markup.escape(textCell(s)))</t></is></c>"
                case .integer(let n): x += "<c r=\"\(ref)\" s=\"5\"><v>\(n)</v></c>"
                case .number(let v?) where v.isFinite, .fixed(let v?, _) where v.isFinite,
                    .percent(let v?) where v.isFinite, .probability(let v?) where v.isFinite,
                    .signed(let v?, _) where v.isFinite, .signedPercent(let v?) where v.isFinite:
                    let formula =
                        sheet.formulas[j].map { "<f>" + $0.replacingOccurrences(of: "{r}", with: String(r)) + "</f>" }
                        ?? ""
                    x += "<c r=\"\(ref)\" s=\"\(style(cell))\">\(formula)<v>\(stored(cell) ?? v)</v></c>"
                default: x += "<c r=\"\(ref)\"/>"
                }
            }
            x += "</row>"
        }
        x += "</sheetData>"
        if sheet.filter && !sheet.rows.isEmpty { x += "<autoFilter ref=\"A1:\(last)\"/>" }
        x += "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>"
        x +=
            "<pageSetup paperSize=\"9\" orientation=\"\(landscape(sheet, widths: widths) ? "landscape" : "portrait")\" fitToWidth=\"1\" fitToHeight=\"\(sheet.onePage ? 1 : 0)\"/>"
            + XLSXParts.pageFooter
        return x + "</worksheet>"
    }
}
