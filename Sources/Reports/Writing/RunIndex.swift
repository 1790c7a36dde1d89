public import Foundation
public import PlanData

/// `notebooks-out/index.html`: every result folder beside it (scenario, time, seed,
/// paths, headline probabilities) with links to its briefings, newest first. Rewritten
/// by each `run` and `compare` that writes under notebooks-out/.
public enum RunIndex {
    /// Rewrites `folder`/index.html from the result folders in `folder`; folders that do
    /// not read as results are listed as such, never fatal.
    public static func update(_ folder: URL, language l: Language) throws(InputIssue) {
        try AtomicWriter.write([("index.html", Data(html(folder, language: l).utf8))], into: folder)
    }

    static func html(_ folder: URL, language l: Language) -> String {
        let zh = l == .zh, e = Markup.escape
        let fm = FileManager.default
        var rows: [(created: String, html: String)] = []
        for name in ((try? fm.contentsOfDirectory(atPath: folder.path)) ?? []).sorted() where !name.hasPrefix(".") {
            let dir = folder.appendingPathComponent(name)
            let links = ((try? fm.contentsOfDirectory(atPath: dir.path)) ?? []).sorted()
                .filter { file in
                    (file.hasPrefix("briefing") || file.hasPrefix("comparison"))
                        && [".html", ".pdf", ".docx", ".xlsx", ".md", ".ipynb"].contains { file.hasSuffix($0) }
                }
                .map { "<a href=\"\(e(name))/\(e($0))\">\(e($0))</a>" }.joined(separator: " ")
            if let d = try? ReportDocument(resultsFile: dir.appendingPathComponent("results.json").path) {
                let headline = d.targets.map { t in
                    let label = NumberFormat.probability(t.probability)
                    return
                        "\(e(d.indicator(t.indicator)?.name(l) ?? t.indicator)) \(t.evidence == "plan" ? "(\(label))" : label)"
                }.joined(separator: " · ")
                rows.append(
                    (
                        d.provenance.created,
                        "<tr><td class=\"name\"><a href=\"\(e(name))/\">\(e(name))</a></td><td>\(e(d.scenario))</td><td>\(e(NumberFormat.beijingTime(d.provenance.created, zh: zh)))</td><td class=\"num\">\(d.provenance.seed)</td><td class=\"num\">\(NumberFormat.grouped(d.provenance.paths))</td><td class=\"wrap\">\(headline)</td><td class=\"wrap\">\(links)</td></tr>"
                    ))
            } else if let docs = try? ComparisonFiles.documents(
                comparisonFile: dir.appendingPathComponent("comparison.json").path)
            {
                let created = docs.first?.provenance.created ?? ""
                rows.append(
                    (
                        created,
                        "<tr><td class=\"name\"><a href=\"\(e(name))/\">\(e(name))</a></td><td>\(e((zh ? "比较：" : "compare: ") + docs.map(\.scenario).joined(separator: ", ")))</td><td>\(e(NumberFormat.beijingTime(created, zh: zh)))</td><td class=\"num\">\(docs.first?.provenance.seed ?? 0)</td><td class=\"num\">\(NumberFormat.grouped(docs.first?.provenance.paths ?? 0))</td><td></td><td class=\"wrap\">\(links)</td></tr>"
                    ))
            }
        }
        rows.sort { $0.created > $1.created }
        let title = zh ? "plansim 结果目录" : "plansim results"
        let headers =
            zh
            ? ["文件夹", "情景", "时间", "种子", "路径数", "达标概率（括号：非预测）", "文件"]
            : ["Folder", "Scenario", "Time", "Seed", "Paths", "P(meet target) (brackets: not a forecast)", "Files"]
        return
            "<!DOCTYPE html>\n<html lang=\"\(zh ? "zh-CN" : "en")\"><head><meta charset=\"utf-8\"><title>\(e(title))</title><style>\(HTMLStyle.css) table.data td.wrap{white-space:normal;font-size:12px;min-width:18em}</style></head><body>"
            + "<h1>\(e(title))</h1><p class=\"sub\">\(e(zh ? "每次 run 与 compare 更新；最新在前。" : "Updated by every run and compare; newest first."))</p>"
            + "<table class=\"data\"><thead><tr>" + headers.map { "<th>\(e($0))</th>" }.joined()
            + "</tr></thead><tbody>"
            + rows.map(\.html).joined(separator: "\n") + "</tbody></table></body></html>\n"
    }
}
