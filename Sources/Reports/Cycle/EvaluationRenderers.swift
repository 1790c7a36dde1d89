public import Foundation
public import PlanData

/// The final evaluation as JSON (a stable interface: docs/json-formats.md), CSV, Markdown,
/// HTML, XLSX and a terminal table. Every output of illustrative actuals says so first.
public enum EvaluationRenderers {
    public static func json(_ d: EvaluationDocument) -> JSONValue {
        .object([
            ("illustrative", .bool(d.illustrative)),
            ("plan", .string(d.plan?.name ?? "")),
            ("summary_zh", .string(d.summary(.zh))), ("summary_en", .string(d.summary(.en))),
            ("evaluation", .array(d.rows.map { r in
                let e = r.evaluation
                return .object([
                    ("indicator", .string(r.indicator.id)), ("target_year", .integer(r.target.targetYear)),
                    ("target", .finite(r.target.target)), ("kind", .string(r.target.kind.rawValue)),
                    ("direction", .string(r.target.direction.rawValue)),
                    ("actual", e.map { .finite($0.actual) } ?? .null), ("completion", e.map { .finite($0.completion) } ?? .null),
                    ("status", e?.status.map { .string($0.rawValue) } ?? .null),
                    ("status_en", e?.status.map { .string($0.english) } ?? .null),
                    ("met_in_year", e?.metInYear.map(JSONValue.integer) ?? .null),
                    ("missing_years", .array(r.missingYears.map(JSONValue.integer))),
                    ("forecast", r.forecast.map { .object([("p10", .finite($0.p10)), ("median", .finite($0.median)), ("p90", .finite($0.p90))]) } ?? .null),
                    ("outside_interval", r.outsideInterval.map(JSONValue.bool) ?? .null),
                ])
            })),
            ("notes", .array(d.notes.map { .string($0.textEN) })),
            ("provenance", .array(d.provenance.map(JSONValue.string))),
        ])
    }

    static func headers(_ l: Language) -> [String] {
        l == .zh ? ["指标", "目标年份", "目标", "实际", "完成度", "评估结论", "缺失年份", "基期预测P10", "中位数", "P90", "超出区间"]
                 : ["Indicator", "Target year", "Target", "Actual", "Completion", "Status", "Missing years", "Base-year forecast P10", "Median", "P90", "Outside P10–P90"]
    }

    static func targetText(_ t: PlanTarget) -> String {
        (t.direction == .ceiling ? "≤ " : "≥ ") + NumberFormat.value(t.target) + (t.kind == .periodSum ? " (Σ \(t.sumYears.lowerBound)–\(t.targetYear))" : "")
    }

    static func cells(_ r: EvaluationRow, _ l: Language) -> [String] {
        let e = r.evaluation, zh = l == .zh
        return [r.indicator.name(l) + " (\(r.indicator.unit(l)))", "\(r.target.targetYear)", targetText(r.target),
                NumberFormat.value(e?.actual), NumberFormat.percent(e?.completion), e?.status.map { $0.text(l) } ?? "—",
                r.missingYears.isEmpty ? "—" : r.missingYears.map(String.init).joined(separator: " "),
                NumberFormat.value(r.forecast?.p10), NumberFormat.value(r.forecast?.median), NumberFormat.value(r.forecast?.p90),
                r.outsideInterval.map { $0 ? (zh ? "是" : "yes") : (zh ? "否" : "no") } ?? "—"]
    }

    public static func text(_ d: EvaluationDocument, language l: Language) -> String {
        var table = TextTable(headers: headers(l), alignments: [.left, .right, .right, .right, .right, .left, .left, .right, .right, .right, .left])
        for r in d.rows { table.add(cells(r, l)) }
        var out = d.illustrative ? [EvaluationDocument.illustrativeBanner(l), ""] : []
        out += [table.rendered(), "", d.summary(l)]
        return out.joined(separator: "\n")
    }

    public static func csv(_ d: EvaluationDocument, language l: Language) -> Data {
        var rows = d.rows.map { cells($0, l) }
        if d.illustrative { rows.insert([EvaluationDocument.illustrativeBanner(l)] + Array(repeating: "", count: 10), at: 0) }
        return CSVWriter.document(header: headers(l), rows: rows)
    }

    public static func markdown(_ d: EvaluationDocument, language l: Language) -> String {
        let zh = l == .zh
        var lines = ["# " + (zh ? "规划总结评估" : "Final evaluation of the plan") + (d.plan.map { " — " + (zh ? $0.titleZH : $0.titleEN) } ?? ""), ""]
        if d.illustrative { lines += ["> **" + EvaluationDocument.illustrativeBanner(l) + "**", ""] }
        lines += [d.summary(l), "", "| " + headers(l).joined(separator: " | ") + " |", "|" + String(repeating: "---|", count: headers(l).count)]
        lines += d.rows.map { "| " + cells($0, l).map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |" }
        if !d.notes.isEmpty { lines += ["", zh ? "## 数据说明" : "## Data notes", ""] + d.notes.map { "- " + $0.text(l) } }
        lines += ["", zh ? "## 来源" : "## Provenance", ""] + d.provenance.map { "- " + $0 }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func html(_ d: EvaluationDocument, language l: Language) -> String {
        let zh = l == .zh
        let e = Markup.escape
        var body = "<h1>\(e(zh ? "规划总结评估" : "Final evaluation of the plan"))</h1>\n"
        if d.illustrative { body += "<p class=\"illustrative\"><strong>\(e(EvaluationDocument.illustrativeBanner(l)))</strong></p>\n" }
        body += "<p>\(e(d.summary(l)))</p>\n<table>\n<tr>" + headers(l).map { "<th>\(e($0))</th>" }.joined() + "</tr>\n"
        for r in d.rows {
            let flag = r.outsideInterval == true ? " class=\"outside\"" : ""
            body += "<tr\(flag)>" + cells(r, l).map { "<td>\(e($0))</td>" }.joined() + "</tr>\n"
        }
        body += "</table>\n"
        if !d.notes.isEmpty { body += "<ul>" + d.notes.map { "<li>\(e($0.text(l)))</li>" }.joined() + "</ul>\n" }
        body += "<p class=\"provenance\">" + d.provenance.map(e).joined(separator: "<br>") + "</p>\n"
        return """
        <!DOCTYPE html>
        <html lang="\(zh ? "zh" : "en")"><head><meta charset="utf-8"><title>\(e(zh ? "规划总结评估" : "Plan evaluation"))</title>
        <style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px}\
        .outside{background:#fff3cd}.illustrative{color:#b00;border:2px solid #b00;padding:8px}.provenance{color:#666;font-size:small}</style>
        </head><body>
        \(body)</body></html>

        """
    }

    public static func workbook(_ d: EvaluationDocument, language l: Language) throws(InputIssue) -> Data {
        var rows: [[BriefingTable.Cell]] = d.rows.map { r in
            let ev = r.evaluation
            return [.text(r.indicator.name(l)), .number(Double(r.target.targetYear)), .number(r.target.target), .number(ev?.actual),
                    .percent(ev?.completion), .text(ev?.status.map { $0.text(l) } ?? "—"), .text(r.missingYears.map(String.init).joined(separator: " ")),
                    .number(r.forecast?.p10), .number(r.forecast?.median), .number(r.forecast?.p90),
                    .text(r.outsideInterval.map { $0 ? "yes" : "no" } ?? "—")]
        }
        if d.illustrative {
            rows.insert([.text(EvaluationDocument.illustrativeBanner(l))] + Array(repeating: BriefingTable.Cell.text(""), count: headers(l).count - 1), at: 0)
        }
        var notes = d.notes.map { $0.text(l) } + d.provenance
        notes.insert(d.summary(l), at: 0)
        return try XLSXWriter.workbook(sheets: [
            XLSXWriter.Sheet(name: l == .zh ? "总结评估" : "Evaluation", header: headers(l), rows: rows),
            XLSXWriter.Sheet(name: l == .zh ? "说明" : "Notes", header: [l == .zh ? "说明与来源" : "Notes and provenance"], rows: notes.map { [.text($0)] }),
        ])
    }

    /// Every report file for `--out`: evaluation.{json,csv,md,html,xlsx}.
    public static func files(_ d: EvaluationDocument, language l: Language) throws(InputIssue) -> [(name: String, contents: Data)] {
        [("evaluation.json", Data((json(d).rendered() + "\n").utf8)), ("evaluation.csv", csv(d, language: l)),
         ("evaluation.md", Data(markdown(d, language: l).utf8)), ("evaluation.html", Data(html(d, language: l).utf8)),
         ("evaluation.xlsx", try workbook(d, language: l))]
    }
}
