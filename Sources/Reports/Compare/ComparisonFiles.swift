public import Foundation
public import PlanData

/// The files of a comparison: Markdown and HTML (with overlaid fan charts and probability
/// bars side by side), and XLSX, DOCX or PDF when asked, in the language asked for, named `comparison.<ext>` in
/// Chinese and `comparison-en.<ext>` in English; CSV and JSON (which keeps every
/// scenario's full results, so `plansim report` can re-render the folder) in neither.
public enum ComparisonFiles {
    ///
    /// `extra` adds formats beyond those four, as `plansim run`'s `--format` does: `.xlsx` (a
    /// workbook with native charts), `.docx` (a Word document with native charts) and `.pdf`
    /// (the HTML printed to A4 by headless Chromium); others are ignored.
    ///
    /// - Throws: ``InputIssue`` when PDF is asked for and cannot be printed (nothing is written then).
    public static func files(_ docs: [ReportDocument], language l: Language, extra: [ReportFormat] = [])
        throws(InputIssue) -> [(name: String, contents: Data)]
    {
        let stem = l == .zh ? "comparison" : "comparison-en"
        let page = ComparisonHTML.page(docs, language: l)
        var files: [(name: String, contents: Data)] = [
            ("\(stem).md", Data(ComparisonReport.markdown(docs, language: l).utf8)),
            ("\(stem).html", Data(page.utf8)),
            ("comparison.csv", ComparisonReport.csv(docs)),
            ("comparison.json", Data((json(docs).rendered() + "\n").utf8)),
        ]
        if extra.contains(.xlsx) { files.append(("\(stem).xlsx", try ComparisonWorkbook.xlsx(docs, language: l))) }
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
            let root = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
        else {
            throw InputIssue(
                file: path,
                message: Phrase(
                    zh: "不是 `plansim compare` 写出的比较结果", en: "not a comparison written by `plansim compare`"),
                help: Phrase(zh: "请重新运行 `plansim compare`", en: "run `plansim compare` again"))
        }
        guard let results = root["results"] as? [[String: Any]], results.count >= 2 else {
            throw InputIssue(
                file: path, field: "results",
                message: Phrase(
                    zh: "该比较结果没有保存各情景的结果（由旧版 plansim 写出）",
                    en: "this comparison keeps no per-scenario results (written by an older plansim)"),
                help: Phrase(
                    zh: "请重新运行 `plansim compare`，写出 `plansim report` 能重新生成的文件夹",
                    en: "run `plansim compare` again to write a folder `plansim report` can re-render"))
        }
        try checkSummary(root, results: results.count, file: path)
        var docs: [ReportDocument] = []
        for (k, r) in results.enumerated() {
            docs.append(try ReportDocument(results: r, file: "\(path) results[\(k)]"))
        }
        return docs
    }
}
