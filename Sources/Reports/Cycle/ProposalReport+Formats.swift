public import Artifacts
public import Foundation
public import PlanData

extension ProposalReport {
    /// The formats `propose --format` writes.
    public static let formats: [ReportFormat] = [.md, .html, .pdf, .docx, .xlsx, .json]

    /// The files of `formats` for `s` in `l`: `proposal.<ext>` in Chinese, `proposal-en.<ext>`
    /// in English; `proposals.json` (the ``ProposalSet``) whatever the language.
    ///
    /// - Throws: ``InputIssue`` when a format is not one of ``formats``, or PDF cannot be printed.
    public static func files(_ s: ProposalSet, formats: [ReportFormat], language l: Language, date: Date = Date())
        throws(InputIssue) -> [(name: String, contents: Data)]
    {
        let report = ProposalReport(s, language: l, date: date)
        let stem = l == .zh ? "proposal" : "proposal-en"
        var files: [(String, Data)] = []
        for format in formats {
            switch format {
            case .md: files.append(("\(stem).md", Data(report.markdown().utf8)))
            case .html: files.append(("\(stem).html", Data(report.html().utf8)))
            case .pdf: files.append(("\(stem).pdf", try PDFPrinter.pdf(html: report.html(), language: l)))
            case .docx: files.append(("\(stem).docx", try report.docx()))
            case .xlsx: files.append(("\(stem).xlsx", try report.xlsx()))
            case .json: files.append(("proposals.json", (try? s.encoded()) ?? Data()))
            case .csv, .ipynb:
                throw InputIssue(
                    file: "--format", field: format.rawValue,
                    message: Phrase(
                        zh: "`propose` 不写 \(format.rawValue) 格式", en: "`propose` does not write \(format.rawValue)"),
                    help: Phrase(zh: "可选：", en: "choose from: ") + .codes(Self.formats.map(\.rawValue)))
            }
        }
        return files
    }

    /// Page one's headings, in order.
    var headings: [String] {
        language == .zh
            ? ["一、总体考虑", "二、主要指标建议", "三、需要关注的问题"]
            : ["1. Overall approach", "2. Proposed targets", "3. Points to watch"]
    }

    public func markdown() -> String {
        var out = ["# " + title, ""] + subtitle.map { $0 + "  " } + ["", "## " + headings[0], ""]
        out += overview.flatMap { [$0, ""] }
        out += [
            "## " + headings[1], "", Self.markdownTable(tableHeaders, tableRows), "", tableNote, "",
            "## " + headings[2], "",
        ]
        out += issues.flatMap { [$0, ""] }
        out +=
            ["## " + annexTitle, ""] + annexParagraphs.flatMap { [$0, ""] } + [
                Self.markdownTable(annexHeaders, annexRows), "",
            ]
        return out.joined(separator: "\n")
    }

    static func markdownTable(_ headers: [String], _ rows: [[String]]) -> String {
        let cell = { (s: String) in s.replacingOccurrences(of: "|", with: "\\|") }
        return ([headers, headers.map { _ in "---" }] + rows).map {
            "| " + $0.map(cell).joined(separator: " | ") + " |"
        }.joined(separator: "\n")
    }

    /// A4 portrait in the briefing's print styling, headings black (公文), the annex on a page of its own.
    public func html() -> String {
        let e = Markup.escape
        func table(_ headers: [String], _ rows: [[String]], numeric: Set<Int>) -> String {
            "<table class=\"data\"><thead><tr>" + headers.map { "<th>\(e($0))</th>" }.joined() + "</tr></thead><tbody>"
                + rows.map { r in
                    "<tr>"
                        + r.enumerated().map { j, c in
                            "<td class=\"\(numeric.contains(j) ? "num" : j == 1 ? "name" : "")\">\(e(c))</td>"
                        }.joined() + "</tr>"
                }.joined()
                + "</tbody></table>"
        }
        let css =
            HTMLStyle.css + """
                h1{text-align:center;font-size:22px}.sub{text-align:center}
                h2{color:#000;border-bottom:none}
                table.data td:nth-child(7),table.data td:last-child{white-space:normal}
                section.annex{break-before:page}
                section.charts{break-before:page}h3{font-size:15px;color:#000}
                figure.chart{margin:0 auto 6px auto;break-inside:avoid;width:76%}figure.chart svg{width:100%;height:auto}
                """ + columnCSS + """
                @media print{h1{font-size:17pt}table.data{font-size:8.6pt}table.data td:last-child{font-size:7.8pt}
                  section.main{break-inside:auto}thead{display:table-header-group}}
                """
        var body = "<h1>\(e(title))</h1>" + subtitle.map { "<p class=\"sub\">\(e($0))</p>" }.joined()
        body += "<section><h2>\(e(headings[0]))</h2>" + overview.map { "<p>\(e($0))</p>" }.joined() + "</section>"
        body +=
            "<section class=\"main\"><h2>\(e(headings[1]))</h2>"
            + table(tableHeaders, tableRows, numeric: numericColumns)
            + "<p class=\"note\">\(e(tableNote))</p></section>"
        body += "<section><h2>\(e(headings[2]))</h2>" + issues.map { "<p>\(e($0))</p>" }.joined() + "</section>"
        // The charts after the analysis, in an annex of their own, numbered (图1 …).
        if !charted.isEmpty {
            body +=
                "<section class=\"charts\"><h2>\(e(chartsHeading))</h2><p class=\"note\">\(e(chartsNote))</p>"
                + charted.enumerated().map {
                    "<figure class=\"chart\">"
                        + ProposalChart.svg($0.element, language: language, number: $0.offset + 1) + "</figure>"
                }.joined()
                + "</section>"
        }
        body +=
            "<section class=\"annex\"><h2>\(e(annexTitle))</h2>"
            + annexParagraphs.map { "<p class=\"note\">\(e($0))</p>" }.joined()
            + table(annexHeaders, annexRows, numeric: Set(2..<annexHeaders.count)) + "</section>"
        return
            "<!DOCTYPE html><html lang=\"\(language == .zh ? "zh-CN" : "en")\"><head><meta charset=\"utf-8\"><title>\(e(title))</title><style>\(css)</style></head><body>"
            + body + "</body></html>\n"
    }

    /// The proposals table's column widths (per cent of the page), so that a proposal
    /// (`年均增长6%左右`) stays on one line and the note wraps in its own column; English units
    /// and types (`10k persons`, `indicative`) get the width to break between words only.
    var columnCSS: String {
        let ten = tableHeaders.count == 10
        let shares =
            language == .zh
            ? (ten ? [4, 18, 5, 6, 8, 9, 16, 6, 8, 20] : [4, 20, 5, 6, 8, 9, 18, 6, 24])
            : (ten ? [4, 16, 8, 9, 7, 8, 15, 6, 8, 19] : [4, 17, 8, 9, 7, 8, 17, 6, 24])
        return
            "section.main table.data{table-layout:fixed;width:100%}section.main table.data td,section.main table.data td.name{white-space:normal;word-break:normal}"
            + shares.enumerated().map { "section.main table.data th:nth-child(\($0.offset + 1)){width:\($0.element)%}" }
            .joined()
    }

    /// Word (A4 portrait): the same sections, real tables with repeated headers, the annex on a new page.
    public func docx() throws(InputIssue) -> Data {
        let w = WordML.self, width = ComparisonWord.textWidth
        var body = [w.paragraph(title, style: "Title")] + subtitle.map { w.paragraph($0, style: "Subtitle") }
        body.append(w.paragraph(headings[0], style: "Heading1"))
        body += overview.map { w.paragraph($0) }
        body.append(w.paragraph(headings[1], style: "Heading1"))
        // Names and proposals whole on one line at 9 pt (English at 8 pt with wider unit, type and
        // odds columns: seen broken mid-word at 9 pt); the 远景目标 column only when present.
        // 序号 and a total's 〔74.2〕 whole (seen broken in LibreOffice at the old widths).
        let ten = tableHeaders.count == 10
        let shares =
            language == .zh
            ? (ten
                ? [0.05, 0.14, 0.05, 0.065, 0.095, 0.09, 0.15, 0.055, 0.08, 0.205]
                : [0.05, 0.15, 0.05, 0.065, 0.095, 0.10, 0.165, 0.055, 0.25])
            : (ten
                ? [0.05, 0.16, 0.08, 0.10, 0.08, 0.08, 0.15, 0.07, 0.08, 0.15]
                : [0.05, 0.17, 0.08, 0.10, 0.08, 0.08, 0.17, 0.07, 0.20])
        body.append(
            w.table(
                header: tableHeaders, rows: tableRows, numeric: numericColumns, size: language == .zh ? 18 : 16,
                widths: shares.map { Int(Double(width) * $0) }, notesFollow: true))
        body += w.notes([tableNote])
        body.append(w.paragraph(headings[2], style: "Heading1"))
        body += issues.map { w.paragraph($0) }
        var charts: [String] = []
        if !charted.isEmpty {
            body.append(w.paragraph(chartsHeading, style: "Heading1", pageBreakBefore: true))
            body.append(w.paragraph(chartsNote, style: "Note"))
            for p in charted {
                charts.append(ProposalChart.word(p, language: language, number: charts.count + 1))
                body.append(w.chart(charts.count, tall: false))
            }
        }
        body.append(w.paragraph(annexTitle, style: "Heading1", pageBreakBefore: true))
        body += annexParagraphs.map { w.paragraph($0, style: "Note") }
        // Codes whole, numbers never split (ProposalAnnexLayout); the table kept on one page
        // (its last rows stood alone on a page of their own).
        let textPoints = Double(width) / 20
        let annexShares = ProposalAnnexLayout.wordShares(header: annexHeaders, rows: annexRows, textPoints: textPoints)
        body.append(
            w.table(
                header: annexHeaders,
                rows: ProposalAnnexLayout.wordRows(annexRows, shares: annexShares, textPoints: textPoints),
                numeric: Set(2..<annexHeaders.count), size: 18, widths: annexShares.map { Int(Double(width) * $0) },
                keepTogether: true))
        return try WordML.package(body: body, charts: charts, zh: language == .zh)
    }

    /// The proposals sheet's column widths in characters (9 or 10 columns): 127 at most, so
    /// that A4 landscape prints it at ≥ 9 pt in LibreOffice too (about 110 characters at 100 %).
    /// English units and types (`100m yuan`, `indicative`) get wider columns (seen cut at 7).
    public static func workbookWidths(columns n: Int, language l: Language = .zh) -> [Double] {
        l == .zh
            ? (n == 10 ? [5, 20, 7, 7, 10, 12, 20, 8, 10, 28] : [5, 20, 7, 7, 10, 12, 20, 8, 30])
            : (n == 10 ? [5, 18, 11, 11, 9, 11, 20, 7, 9, 26] : [5, 18, 11, 11, 9, 11, 22, 7, 33])
    }

    /// Excel: the proposals first (the sheet it opens on), then the notes and the annex.
    public func xlsx() throws(InputIssue) -> Data {
        let zh = language == .zh
        // Widths that print on A4 landscape at ≥ 9 pt in Excel and in LibreOffice (which fits
        // about 110 characters at 100 %):
        // names, proposals and notes wrap in their own columns.
        let n = tableHeaders.count
        var main = XLSXWriter.Sheet(
            name: zh ? "主要指标建议" : "Proposals", header: tableHeaders,
            rows: tableCells, wrap: [1, 2, 3, 6, n - 1])
        main.widths = Dictionary(uniqueKeysWithValues: zip(0..<n, Self.workbookWidths(columns: n, language: language)))
        let notes = XLSXWriter.Sheet(
            name: zh ? "说明" : "Notes", header: [title],
            rows: (subtitle + [headings[0]] + overview + [
                headings[1] + (zh ? "（见“主要指标建议”表）" : " (see the Proposals sheet)"), tableNote, headings[2],
            ] + issues
                + [annexTitle] + annexParagraphs).map { [.text($0)] }, wrap: [0], filter: false)
        // A sheet name holds no ':' (nor \\ / ? * [ ]): Excel and LibreOffice refuse the file
        // (`Annex 2: technical notes` made the English workbook unreadable).
        var annex = XLSXWriter.Sheet(
            name: zh ? "技术附录" : "Annex", header: annexHeaders, rows: (annexRows.map { $0.map { .text($0) } }),
            wrap: Set(1..<annexHeaders.count))
        annex.widths = ProposalAnnexLayout.workbookWidths(header: annexHeaders, rows: annexRows)
        return try XLSXWriter.workbook(sheets: [main, notes, annex])
    }
}
