public import Foundation
public import PlanData

/// The files of a comparison: Markdown, HTML (with overlaid fan charts and probability
/// bars side by side) and XLSX, and DOCX or PDF when asked, in the language asked for, named `comparison.<ext>` in
/// Chinese and `comparison-en.<ext>` in English; CSV and JSON (which keeps every
/// scenario's full results, so `plansim report` can re-render the folder) in neither.
public enum ComparisonFiles {
    ///
    /// `extra` adds formats beyond those five: `.docx` (a Word document with native charts)
    /// and `.pdf` (the HTML printed to A4 by headless Chromium); others are ignored.
    ///
    /// - Throws: ``InputIssue`` when PDF is asked for and cannot be printed (nothing is written then).
    public static func files(_ docs: [ReportDocument], language l: Language, extra: [ReportFormat] = []) throws(InputIssue) -> [(name: String, contents: Data)] {
        let stem = l == .zh ? "comparison" : "comparison-en"
        let page = html(docs, language: l)
        var files: [(name: String, contents: Data)] = [
            ("\(stem).md", Data(ComparisonReport.markdown(docs, language: l).utf8)),
            ("\(stem).html", Data(page.utf8)),
            ("\(stem).xlsx", try xlsx(docs, language: l)),
            ("comparison.csv", ComparisonReport.csv(docs)),
            ("comparison.json", Data((json(docs).rendered() + "\n").utf8))]
        if extra.contains(.docx) { files.append(("\(stem).docx", try ComparisonWord.document(docs, language: l))) }
        if extra.contains(.pdf) { files.append(("\(stem).pdf", try PDFPrinter.pdf(html: page, language: l))) }
        return files
    }

    /// comparison.json: the comparison and, under `results`, each scenario's results.json.
    public static func json(_ docs: [ReportDocument]) -> JSONValue {
        guard case .object(var fields) = ComparisonReport.json(docs) else { return ComparisonReport.json(docs) }
        fields.append(("results", .array(docs.map(RunReport.json))))
        return .object(fields)
    }

    /// Reads a comparison folder's comparison.json back into its documents.
    public static func documents(comparisonFile path: String) throws(InputIssue) -> [ReportDocument] {
        guard let data = FileManager.default.contents(atPath: path),
              let root = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            throw InputIssue(file: path, message: Phrase(zh: "不是 `plansim compare` 写出的比较结果", en: "not a comparison written by `plansim compare`"),
                             help: Phrase(zh: "请重新运行 `plansim compare`", en: "run `plansim compare` again"))
        }
        guard let results = root["results"] as? [[String: Any]], results.count >= 2 else {
            throw InputIssue(file: path, field: "results", message: Phrase(zh: "该比较结果没有保存各情景的结果（由旧版 plansim 写出）", en: "this comparison keeps no per-scenario results (written by an older plansim)"),
                             help: Phrase(zh: "请重新运行 `plansim compare`，写出 `plansim report` 能重新生成的文件夹",
                                          en: "run `plansim compare` again to write a folder `plansim report` can re-render"))
        }
        var docs: [ReportDocument] = []
        for (k, r) in results.enumerated() { docs.append(try ReportDocument(results: r, file: "\(path) results[\(k)]")) }
        return docs
    }

    static func html(_ docs: [ReportDocument], language l: Language) -> String {
        let zh = l == .zh, e = Markup.escape
        let names = docs.map(\.scenario)
        let title = zh ? "情景比较（参照：\(names[0])）" : "Scenario comparison (reference: \(names[0]))"
        var h = ["<!DOCTYPE html>", "<html lang=\"\(zh ? "zh-CN" : "en")\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
                 "<title>\(e(title))</title><style>\(HTMLStyle.css)</style></head><body>", "<header><h1>\(e(title))</h1>"]
        if let p = docs.first?.provenance {
            h.append("<p class=\"sub\">\(e(zh ? "同一组随机数（种子 \(p.seed)，\(NumberFormat.grouped(p.paths))条路径）· \(NumberFormat.beijingTime(p.created, zh: true))" : "Same random numbers (seed \(p.seed), \(NumberFormat.grouped(p.paths)) paths) · \(NumberFormat.beijingTime(p.created, zh: false))"))</p>")
        }
        h.append("</header><section><h2>\(e(zh ? "达标概率" : "Probability of meeting each target"))</h2><figure class=\"wide\">\(ComparisonCharts.probabilities(docs, language: l))</figure></section>")
        let headers = [zh ? "指标" : "Indicator", zh ? "年份" : "Year"] + names.map { zh ? "\($0) 中位数" : "\($0) median" } + names.dropFirst().flatMap { ["Δ \($0)", "Δ% \($0)"] }
        h.append("<section><h2>\(e(zh ? "中位数与差异" : "Medians and differences"))</h2><table class=\"data\"><thead><tr>" + headers.map { "<th>\(e($0))</th>" }.joined() + "</tr></thead><tbody>")
        for r in ComparisonReport.rows(docs) {
            h.append("<tr>" + ComparisonReport.cells(r, docs, language: l).enumerated().map { $0.offset == 0 ? "<td class=\"name\">\(e($0.element))</td>" : "<td class=\"num\">\(e($0.element))</td>" }.joined() + "</tr>")
        }
        h.append("</tbody></table></section><section class=\"charts\"><h2>\(e(zh ? "扇形图叠加" : "Fan charts overlaid"))</h2><div class=\"grid\">")
        for ind in docs[0].indicators { h.append("<figure>\(ComparisonCharts.fan(docs, indicator: ind.id, language: l))</figure>") }
        h.append("</div></section></body></html>")
        return h.joined(separator: "\n") + "\n"
    }

    static func xlsx(_ docs: [ReportDocument], language l: Language) throws(InputIssue) -> Data {
        let zh = l == .zh
        let names = docs.map(\.scenario)
        let medians = XLSXWriter.Sheet(
            name: zh ? "比较" : "Comparison",
            header: [zh ? "指标" : "Indicator", zh ? "年份" : "Year"] + names.map { zh ? "\($0) 中位数" : "\($0) median" } + names.dropFirst().flatMap { ["Δ \($0)", "Δ% \($0)"] },
            rows: ComparisonReport.rows(docs, allYears: true).map { r in
                let k = NumberFormat.decimals(forMagnitude: abs(r.medians.first ?? 1))
                return [.text(docs[0].indicator(r.indicator)?.name(l) ?? r.indicator), .integer(r.year)] + r.medians.map { .fixed($0, decimals: k) }
                    + zip(r.differences, r.percentDifferences).flatMap { [BriefingTable.Cell.fixed($0, decimals: k), .percent($1)] }
            })
        let probabilities = XLSXWriter.Sheet(
            name: zh ? "达标概率" : "Probabilities", header: [zh ? "目标" : "Target"] + names,
            rows: docs[0].targets.map { t in
                [.text(docs[0].indicator(t.indicator)?.name(l) ?? t.indicator)] + docs.map { d in .probability(d.targets.first { $0.indicator == t.indicator }?.probability) }
            })
        return try XLSXWriter.workbook(sheets: [medians, probabilities])
    }
}
