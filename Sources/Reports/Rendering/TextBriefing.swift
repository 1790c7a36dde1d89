public import PlanData

/// The briefing on a terminal: the summary in words, the 专栏1 table with aligned CJK,
/// the what-if's differences, the inversions as sentences, the data line.
public enum TextBriefing {
    /// The columns a terminal shows (P10 and P90 go beside the median; status only when one exists).
    static func columns(_ d: ReportDocument) -> [Int] {
        typealias C = BriefingTable.Column
        return [
            C.number, C.name, C.unit, C.base, C.target, C.median, C.probability, C.evidence, C.growthNeeded,
            C.growthForecast, C.horizon,
        ]
            + (d.targets.contains { $0.status != nil } ? [C.status] : [])
    }

    public static func render(_ d: ReportDocument, language l: Language) -> String {
        let zh = l == .zh
        let table = BriefingTable(d, language: l)
        let columns = columns(d)
        let headers = columns.map { j in
            j == BriefingTable.Column.median
                ? table.headers[j].replacingOccurrences(of: "（中位数）", with: "中位数（八成把握区间）").replacingOccurrences(
                    of: " (median)", with: " median (80% range)")
                : table.headers[j]
        }
        var text = TextTable(
            headers: headers, alignments: columns.map { [1, 2, 10, 15].contains($0) ? .left : .right })
        for k in table.rows.indices {
            text.add(
                columns.map { j in
                    j == BriefingTable.Column.median
                        ? "\(table.display(row: k, column: j)) (\(table.display(row: k, column: 7))–\(table.display(row: k, column: 8)))"
                        : j == BriefingTable.Column.probability && table.grades[k] != "plan" && !d.targets[k].hasEnded
                            ? PriorSetRange.cell(d.targets[k]) : table.display(row: k, column: j)
                })
        }
        let p = d.provenance
        var lines = [
            zh
                ? "情景 \(d.scenario)：\(p.paths)条路径，种子 \(p.seed)"
                : "Scenario \(d.scenario): \(p.paths) paths, seed \(p.seed)", "",
        ]
        lines += BriefingSummary.paragraphs(d, language: l).map { $0.trimmingCharacters(in: .whitespaces) }
        lines += ["", text.rendered(), ""]
        lines.append(BriefingTable.evidenceLegend(zh: zh))
        lines += PriorSetRange.notes(d, language: l)
        if let note = BriefingTable.periodSumNote(d, language: l) { lines.append(note) }
        lines.append("")
        lines += WhatIfSection.lines(d, language: l)
        lines += inversionLines(d, language: l)
        lines += trackingLines(d, language: l)
        lines.append(
            zh
                ? "数据：\(RunReport.chinese(p.data))。所需增速按指标口径计算；累计目标按模拟累计值计算概率。"
                : "Data: \(p.data). Growth needed follows each target's kind; sum targets are judged on simulated sums."
        )
        return lines.joined(separator: "\n")
    }

    /// The base-year forecast against each actual loaded, misses flagged; nothing without actuals.
    static func trackingLines(_ d: ReportDocument, language l: Language) -> [String] {
        guard let t = TrackingSection.table(d, language: l) else { return [] }
        var table = TextTable(headers: t.headers, alignments: [.left, .right, .right, .right, .right, .right, .left])
        for row in t.rows { table.add(row) }
        return [t.title + (l == .zh ? "：" : ":"), table.rendered(), t.note, ""]
    }

    /// The inversions as sentences under a heading, or nothing when there are none.
    static func inversionLines(_ d: ReportDocument, language l: Language) -> [String] {
        guard !d.inversions.isEmpty else { return [] }
        return [l == .zh ? "目标反推（投资需要多少）：" : "Target inversion (how much investment it takes):"]
            + InversionSentences.sentences(d, language: l).map { "  " + $0 } + [""]
    }
}
