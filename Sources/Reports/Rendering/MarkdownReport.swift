public import PlanData

/// The briefing as Markdown: the summary in words, the 专栏1 table, what the scenario
/// assumed and changed, inversions, history, notes and provenance. Every text that comes
/// from input (scenario names, file names, statements) goes through ``Markup/markdown(_:)``.
public enum MarkdownReport {
    public static func render(_ d: ReportDocument, language l: Language) -> String {
        let zh = l == .zh
        let md = Markup.markdown
        let table = BriefingTable(d, language: l)
        // Page one for a leader, then the summary in detail.
        var lines = LeaderPage(run: d, language: l).lines(markdown: true).map(heading) + [""]
        lines += ["## " + (zh ? "详细说明" : "In detail"), ""]
        for paragraph in BriefingSummary.paragraphs(d, language: l) { lines += [md(paragraph), ""] }
        lines.append("## " + (zh ? "主要指标（专栏1）" : "Main indicators (Box 1 of the plan)"))
        lines.append("")
        let columns = TextBriefing.columns(d)
        lines.append("| " + columns.map { md(table.headers[$0]) }.joined(separator: " | ") + " |")
        lines.append("|" + columns.map { [1, 2, 10, 15].contains($0) ? "---" : "---:" }.joined(separator: "|") + "|")
        for k in table.rows.indices {
            lines.append(
                "| "
                    + columns.map { j in
                        j == BriefingTable.Column.median
                            ? md(
                                "\(table.display(row: k, column: j)) (\(table.display(row: k, column: 7))–\(table.display(row: k, column: 8)))"
                            )
                            : md(table.display(row: k, column: j))
                    }.joined(separator: " | ") + " |")
        }
        lines += ["", md(BriefingTable.evidenceLegend(zh: zh))]
        if let note = BriefingTable.periodSumNote(d, language: l) { lines += ["", md(note)] }
        lines.append("")
        lines += whatIf(d, language: l)
        if let t = TrackingSection.table(d, language: l) {
            lines += [
                "## " + Markup.markdown(t.title), "",
                "| " + t.headers.map(Markup.markdown).joined(separator: " | ") + " |",
                "|---|" + t.headers.dropFirst().map { _ in "---:" }.joined(separator: "|") + "|",
            ]
            lines +=
                t.rows.map { "| " + $0.map(Markup.markdown).joined(separator: " | ") + " |" } + [
                    "", Markup.markdown(t.note), "",
                ]
        }
        let sentences = InversionSentences.sentences(d, language: l)
        if !sentences.isEmpty {
            lines += ["## " + (zh ? "目标反推" : "Target inversion"), ""]
            lines += sentences.map { "- " + md($0) }
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
                return NumberFormat.value(h.value, digits: 5)
                    + (h.origin == "reconstructed" ? "\\*" : h.origin == "user" ? "†" : "")
            }
            lines.append("| " + ([md(ind.name(l))] + cells).joined(separator: " | ") + " |")
        }
        lines.append("")
        lines.append(
            zh
                ? "\\* 重建值（由规划所列合计推算，非实测）；† 用户数据；无标记：规划原文。"
                : "\\* reconstructed from printed sums (not measured); † user data; unmarked: printed in the plan.")
        lines.append("")
        lines.append("## " + (zh ? "数据说明" : "Data notes"))
        lines.append("")
        lines += d.notes(l).map { "- " + md($0) }
        let annex = HTMLReport.annex(d, language: l)
        lines += ["", "## " + annex.heading(), ""]
        lines += annex.key.map { "- " + md("\($0.term)\(zh ? "：" : ": ")\($0.meaning)") } + [""]
        lines += annex.reproduction.map { "- " + md($0) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A line of the leader's page in Markdown: a heading's `#`s kept and its text (which
    /// may hold the scenario's title) escaped like any other line.
    static func heading(_ line: String) -> String {
        let marks = line.prefix { $0 == "#" }
        guard !marks.isEmpty, line.dropFirst(marks.count).first == " " else { return Markup.markdown(line) }
        return marks + " " + Markup.markdown(String(line.dropFirst(marks.count + 1)))
    }

    /// Assumptions, differences from the baseline and checks, as Markdown sections.
    static func whatIf(_ d: ReportDocument, language l: Language) -> [String] {
        let zh = l == .zh
        var lines: [String] = []
        let assumptions = WhatIfSection.assumptionItems(d, language: l)
        if !assumptions.isEmpty {
            lines +=
                ["## " + (zh ? "本情景的假设" : "What this scenario assumes"), ""]
                + assumptions.map { "- " + Markup.markdown(WhatIfSection.plain($0, l)) } + [""]
        }
        if let (headers, rows) = WhatIfSection.differences(d, language: l) {
            lines += [
                "## " + (zh ? "与基准情景的差异" : "Differences from the baseline"), "",
                zh
                    ? "同一组随机数（共同随机数）下，本情景与基准情景“\(Markup.markdown(d.baseline?.scenario ?? ""))”的中位数与达标概率之差。"
                    : "Medians and probabilities of this scenario against the baseline “\(Markup.markdown(d.baseline?.scenario ?? ""))” on the same random numbers.",
                "",
                "| " + headers.map(Markup.markdown).joined(separator: " | ") + " |",
                "|---|" + headers.dropFirst().map { _ in "---:" }.joined(separator: "|") + "|",
            ]
            lines += rows.map { "| " + $0.map(Markup.markdown).joined(separator: " | ") + " |" } + [""]
            lines += ShockEffect.notes(d, language: l).flatMap { [Markup.markdown($0), ""] }
        }
        if let sentence = WhatIfSection.checkSummary(d, language: l) { lines += [Markup.markdown(sentence), ""] }
        return lines
    }

    /// Provenance as plain lines (renderers escape them).
    static func provenanceLines(_ d: ReportDocument, language l: Language) -> [String] {
        let p = d.provenance, zh = l == .zh
        return [
            zh ? "工具：plansim \(p.version)" : "Tool: plansim \(p.version)",
            zh ? "情景文件 SHA-256：\(p.scenarioSHA256)" : "Scenario SHA-256: \(p.scenarioSHA256)",
            zh ? "随机种子：\(p.seed)；路径数：\(p.paths)" : "Seed: \(p.seed); paths: \(p.paths)",
            zh ? "数据：\(RunReport.chinese(p.data))" : "Data: \(p.data)",
            zh
                ? "生成时间：\(NumberFormat.beijingTime(p.created, zh: true))"
                : "Created: \(NumberFormat.beijingTime(p.created, zh: false))",
        ]
    }
}
