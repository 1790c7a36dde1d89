public import Foundation
public import PlanData

/// The evaluation report in every human format — PDF (through ``PDFPrinter``), DOCX,
/// XLSX, HTML, Markdown, CSV — and the terminal table. Every output of illustrative
/// actuals says so first. The JSON file is the ``EvaluationArtifact`` (PlansimKit writes it).
public enum EvaluationRenderers {
    /// The formats `evaluate --format` accepts.
    public static let formats = ["pdf", "docx", "xlsx", "html", "md", "csv"]

    public static func text(_ d: EvaluationDocument, language l: Language) -> String {
        let headers = EvaluationTable.headers(l)
        var table = TextTable(
            headers: headers, alignments: [.right, .left, .left, .left, .left, .right, .right, .right, .right, .left])
        for (k, r) in d.rows.enumerated() { table.add(EvaluationTable.cells(r, number: k + 1, l)) }
        var out = d.illustrative ? [EvaluationDocument.illustrativeBanner(l), ""] : []
        out += [EvaluationWords(d, l).title, "", table.rendered(), ""] + EvaluationWords(d, l).overall
        return out.joined(separator: "\n")
    }

    public static func csv(_ d: EvaluationDocument, language l: Language) -> Data {
        var rows = d.rows.enumerated().map { EvaluationTable.cells($0.element, number: $0.offset + 1, l) }
        if d.illustrative {
            rows.insert([EvaluationDocument.illustrativeBanner(l)] + Array(repeating: "", count: 9), at: 0)
        }
        return CSVWriter.document(header: EvaluationTable.headers(l), rows: rows)
    }

    public static func markdown(_ d: EvaluationDocument, language l: Language) -> String {
        let zh = l == .zh, words = EvaluationWords(d, l), heads = EvaluationReportHeadings(words, l)
        func cell(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }
        var lines: [String] = []
        if d.illustrative { lines += ["> **" + EvaluationDocument.illustrativeBanner(l) + "**", ""] }
        lines += ["# " + words.title, "", d.dateText(l), ""]
        func section(_ heading: String, _ paragraphs: [String], numbered: Bool = false) {
            lines += ["## " + heading, ""]
            for (k, p) in paragraphs.enumerated() {
                lines += [(numbered ? (zh ? "（\(ChineseNumber.ordinal(k + 1))）" : "(\(k + 1)) ") : "") + p, ""]
            }
        }
        section(heads.overall, words.overall)
        let headers = EvaluationTable.headers(l)
        lines += [
            "## " + heads.table, "", "| " + headers.joined(separator: " | ") + " |",
            "|" + String(repeating: "---|", count: headers.count),
        ]
        lines += d.rows.enumerated().map {
            "| " + EvaluationTable.cells($0.element, number: $0.offset + 1, l).map(cell).joined(separator: " | ") + " |"
        }
        lines += ["", heads.tableNote(d), ""]
        section(heads.reasons, words.reasons)
        section(heads.problems, words.problems)
        section(heads.suggestions(words), words.suggestions)
        let annex = EvaluationTable.annexHeaders(l)
        lines += [
            "## " + heads.annex(charts: false), "", "| " + annex.joined(separator: " | ") + " |",
            "|" + String(repeating: "---|", count: annex.count),
        ]
        lines += d.rows.map { "| " + EvaluationTable.annexCells($0, l).map(cell).joined(separator: " | ") + " |" }
        lines += [""] + heads.annexLines(d).map { "- " + $0 }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func html(_ d: EvaluationDocument, language l: Language) -> String {
        EvaluationHTML.page(d, language: l)
    }

    public static func docx(_ d: EvaluationDocument, language l: Language) throws(InputIssue) -> Data {
        try EvaluationWord.document(d, language: l)
    }

    public static func pdf(_ d: EvaluationDocument, language l: Language) throws(InputIssue) -> Data {
        try PDFPrinter.pdf(html: EvaluationHTML.page(d, language: l), language: l)
    }

    /// The workbook: the summary sheet (总体评价: title, date, overall judgement) first, then
    /// the table (units, 是/否, years as integers, numbers as numbers at the plan's
    /// precision), the annex and the analysis.
    public static func workbook(_ d: EvaluationDocument, language l: Language) throws(InputIssue) -> Data {
        let zh = l == .zh, words = EvaluationWords(d, l), heads = EvaluationReportHeadings(words, l)
        let rows: [[BriefingTable.Cell]] = d.rows.enumerated().map { k, r in
            let e = r.evaluation, digits = r.decimals
            // A marked base (48.6*) keeps its mark.
            let base: BriefingTable.Cell =
                r.goal == nil && r.target.baseNote == nil
                ? .fixed(r.target.base, decimals: digits) : .text(EvaluationTable.baseText(r, l))
            let actual: BriefingTable.Cell =
                r.isDecline ? .text(EvaluationTable.actualText(r, l)) : .fixed(e?.actual, decimals: r.actualDecimals)
            return [
                .integer(k + 1), .text(r.category.map { PlanGlossary.category($0, l) } ?? "—"),
                .text(r.indicator.name(l)), .text(r.unitText(l)),
                .text(zh ? r.indicator.attribute.rawValue : r.indicator.attribute.english),
                base, .text(EvaluationTable.targetText(r, l)), actual,
                EvaluationTable.withinCap(r, l).map { .text($0) }
                    ?? .percent(e.flatMap { $0.completion.isFinite ? $0.completion : nil }),
                .text(EvaluationTable.assessment(r, l)),
            ]
        }
        var summary: [[BriefingTable.Cell]] = [[.text(d.dateText(l))]] + words.overall.map { [.text($0)] }
        if d.illustrative {
            summary.insert([.text(EvaluationDocument.illustrativeBanner(l))], at: 0)
        }
        let annex: [[BriefingTable.Cell]] = d.rows.map { r in
            [
                .text(r.indicator.name(l)), .text(r.indicator.unit(l)),
                r.evaluation == nil
                    ? .text("—")
                    : r.target.kind == .periodSum || r.goal != nil
                        ? .text(EvaluationTable.yearText(r)) : .integer(r.evaluation!.latestYear),
                r.isDecline
                    ? .text(EvaluationTable.actualText(r, l))
                    : .fixed(r.evaluation?.actual, decimals: r.actualDecimals),
                .fixed(r.forecast?.p10, decimals: r.decimals),
                .fixed(r.forecast?.median, decimals: r.decimals), .fixed(r.forecast?.p90, decimals: r.decimals),
                .text(r.outsideInterval.map { $0 ? (zh ? "是" : "yes") : (zh ? "否" : "no") } ?? "—"),
            ]
        }
        let annexHeader =
            zh
            ? ["指标", "单位", "评估年份", "实际", "基期预测P10", "中位数", "P90", "实际超出区间"]
            : ["Indicator", "Unit", "Year", "Actual", "Base-year P10", "Median", "P90", "Outside P10–P90"]
        // Every section with its heading and numbering, as the report prints them.
        var notes =
            [heads.tableNote(d), heads.reasons] + words.reasons + [heads.problems] + words.problems
            + [heads.suggestions(words)] + words.suggestions + [heads.annex(charts: false)] + heads.annexLines(d)
        if d.illustrative { notes.insert(EvaluationDocument.illustrativeBanner(l), at: 0) }
        // Widths that print on A4 landscape at ≥ 9 pt in Excel and in LibreOffice (which fits
        // about 110 characters at 100 %): names, targets and conclusions wrap in their columns.
        var table = XLSXWriter.Sheet(
            name: zh ? "主要指标" : "Indicators", header: EvaluationTable.headers(l), rows: rows, wrap: [1, 2, 3, 6, 8, 9])
        table.widths = Dictionary(uniqueKeysWithValues: zip(0..., workbookWidths(l)))
        return try XLSXWriter.workbook(sheets: [
            XLSXWriter.Sheet(
                name: zh ? "总体评价" : "Summary", header: [words.title], rows: summary, wrap: [0], filter: false),
            table,
            XLSXWriter.Sheet(name: zh ? "技术附录" : "Annex", header: annexHeader, rows: annex),
            XLSXWriter.Sheet(
                name: zh ? "说明" : "Notes", header: [zh ? "分析与说明" : "Analysis and notes"],
                rows: notes.map { [.text($0)] }, wrap: [0], filter: false),
        ])
    }

    /// The 主要指标 sheet's column widths in characters: 123, so that A4 landscape prints it at
    /// about 10 pt in LibreOffice (which fits about 110 characters at 100 %) and in Excel.
    /// English words (`indicative`, `100m yuan`, `within the cap`) need wider columns than the
    /// Chinese (`预期性`, `亿元`); units, targets and completion wrap between words when longer
    /// (seen cut in LibreOffice: `indicativ`, `控制在目标内` running into the next column).
    public static func workbookWidths(_ l: Language) -> [Double] {
        l == .zh ? [5, 11, 22, 7, 7, 10, 18, 10, 12, 21] : [5, 14, 22, 11, 11, 9, 16, 9, 12, 20]
    }

    /// The bytes of `format` (one of ``formats``).
    public static func file(_ d: EvaluationDocument, format: String, language l: Language) throws(InputIssue) -> Data {
        switch format {
        case "pdf": try pdf(d, language: l)
        case "docx": try docx(d, language: l)
        case "xlsx": try workbook(d, language: l)
        case "html": Data(html(d, language: l).utf8)
        case "md": Data(markdown(d, language: l).utf8)
        default: csv(d, language: l)
        }
    }
}
