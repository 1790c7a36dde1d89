import Forecasting
public import PlanData

/// The briefing on a terminal: the 专栏1 table with aligned CJK, the inversions, the data line.
public enum TextBriefing {
    public static func render(_ d: ReportDocument, language l: Language) -> String {
        let zh = l == .zh
        let table = BriefingTable(d, language: l)
        // On a terminal, P10 and P90 go beside the median, and attribute and status
        // only when a status exists.
        let hasStatus = d.targets.contains { $0.status != nil }
        var text = TextTable(
            headers: [table.headers[0], table.headers[1], table.headers[2], table.headers[3], table.headers[4],
                      table.headers[5].replacingOccurrences(of: "（中位数）", with: "中位数 (P10–P90)").replacingOccurrences(of: " (median)", with: " median (P10–P90)"), table.headers[8], table.headers[9],
                      table.headers[14], table.headers[10], table.headers[11]] + (hasStatus ? [table.headers[13]] : []),
            alignments: [.right, .left, .left, .right, .right, .right, .right, .left, .right, .right, .right] + (hasStatus ? [.left] : []))
        for row in table.rows {
            let c = row.map(BriefingTable.display)
            text.add([c[0], c[1], c[2], c[3], c[4], "\(c[5]) (\(c[6])–\(c[7]))", c[8], c[14], c[9], c[10], c[11]] + (hasStatus ? [c[13]] : []))
        }
        let legend = Evidence.allCases.map { "\($0.text(l))\(zh ? "：" : ": ")\($0.explanation(l))" }.joined(separator: zh ? "；" : "; ")
        let p = d.provenance
        var lines = [zh ? "情景 \(d.scenario)：\(p.paths)条路径，种子 \(p.seed)" : "Scenario \(d.scenario): \(p.paths) paths, seed \(p.seed)",
                     "", text.rendered(), (zh ? "依据　" : "Evidence — ") + legend + (zh ? "。括号中的概率不是预测。" : ". A probability in brackets is not a forecast."), ""]
        lines += inversionLines(d, language: l)
        lines.append(zh ? "数据：\(RunReport.chinese(p.data))。所需增速按指标口径计算；累计目标按模拟累计值计算概率。"
                        : "Data: \(p.data). Growth needed follows each target's kind; sum targets are judged on simulated sums.")
        return lines.joined(separator: "\n")
    }

    /// "Investment growth at which …" lines, or nothing when there are no inversions.
    static func inversionLines(_ d: ReportDocument, language l: Language) -> [String] {
        guard !d.inversions.isEmpty else { return [] }
        let zh = l == .zh
        var lines = [zh ? "达到目标所需的2021–2025年投资年均增速：" : "Plan-period investment growth at which a target reaches the stated probability:"]
        for v in d.inversions {
            let name = d.indicator(v.indicator)?.name(l) ?? v.indicator
            let value = v.value.map(NumberFormat.percent)
                ?? (zh ? "区间内无法达到（上限时概率 \(NumberFormat.percent(v.achieved))）" : "out of reach (at most \(NumberFormat.percent(v.achieved)) within the bracket)")
            lines.append("  \(name) P=\(Int((v.probability * 100).rounded()))%: \(value)")
        }
        return lines + [""]
    }
}
