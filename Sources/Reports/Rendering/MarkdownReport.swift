public import PlanData

/// The briefing as Markdown: provenance, the 专栏1 table, inversions, history, notes.
public enum MarkdownReport {
    public static func render(_ d: ReportDocument, language l: Language) -> String {
        let zh = l == .zh
        let table = BriefingTable(d, language: l)
        var lines = ["# " + (zh ? "海滨街道“十四五”规划指标预测（情景：\(d.scenario)）" : "Haibin Sub-district 14th Five-Year Plan: forecast (scenario: \(d.scenario))"), ""]
        lines += provenanceLines(d, language: l) + [""]
        lines.append("## " + (zh ? "主要指标（专栏1）" : "Main indicators (专栏1)"))
        lines.append("")
        lines.append("| " + table.headers.map(cell).joined(separator: " | ") + " |")
        lines.append("|" + table.rows.first!.map { c -> String in if case .text = c { return "---" } else { return "---:" } }.joined(separator: "|") + "|")
        for row in table.rows { lines.append("| " + row.map { cell(BriefingTable.display($0)) }.joined(separator: " | ") + " |") }
        lines.append("")
        let inversions = TextBriefing.inversionLines(d, language: l)
        if !inversions.isEmpty {
            lines.append("## " + (zh ? "目标反推" : "Target inversion"))
            lines.append("")
            lines += inversions.dropFirst().filter { !$0.isEmpty }.map { "- " + $0.trimmingCharacters(in: .whitespaces) }
            lines.append("")
        }
        lines.append("## " + (zh ? "历史数据" : "History"))
        lines.append("")
        let years = Array(Set(d.indicators.flatMap { $0.history.map(\.year) })).sorted()
        lines.append("| " + ([zh ? "指标" : "Indicator"] + years.map(String.init)).joined(separator: " | ") + " |")
        lines.append("|---|" + years.map { _ in "---:" }.joined(separator: "|") + "|")
        for ind in d.indicators {
            let cells = years.map { year -> String in
                guard let h = ind.history.first(where: { $0.year == year }) else { return "" }
                return NumberFormat.value(h.value, digits: 5) + (h.origin == "reconstructed" ? "*" : h.origin == "user" ? "†" : "")
            }
            lines.append("| " + ([cell(ind.name(l))] + cells).joined(separator: " | ") + " |")
        }
        lines.append("")
        lines.append(zh ? "\\* 重建值（由规划所列合计推算，非实测）；† 用户数据；无标记：规划原文。" : "\\* reconstructed from printed sums (not measured); † user data; unmarked: printed in the plan.")
        lines.append("")
        lines.append("## " + (zh ? "数据说明" : "Data notes"))
        lines.append("")
        lines += d.notes(l).map { "- " + $0 }
        return lines.joined(separator: "\n") + "\n"
    }

    static func provenanceLines(_ d: ReportDocument, language l: Language) -> [String] {
        let p = d.provenance, zh = l == .zh
        return [
            zh ? "- 工具：plansim \(p.version)" : "- Tool: plansim \(p.version)",
            zh ? "- 情景文件 SHA-256：`\(p.scenarioSHA256)`" : "- Scenario SHA-256: `\(p.scenarioSHA256)`",
            zh ? "- 随机种子：\(p.seed)；路径数：\(p.paths)" : "- Seed: \(p.seed); paths: \(p.paths)",
            zh ? "- 数据：\(RunReport.chinese(p.data))" : "- Data: \(p.data)",
            zh ? "- 生成时间：\(p.created)" : "- Created: \(p.created)",
        ]
    }

    /// A table cell: pipes escaped, line breaks removed.
    static func cell(_ s: String) -> String {
        s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
