public import PlanData

/// One self-contained page: inline CSS and SVG, no network access. Opens with the summary
/// in words; prints on A4 portrait with the main table on one page (HTMLStyle).
public enum HTMLReport {
    public static func render(_ d: ReportDocument, language l: Language) -> String {
        let zh = l == .zh
        let e = Markup.escape
        let title = d.title(l)
        var h: [String] = []
        h.append("<!DOCTYPE html>")
        h.append("<html lang=\"\(zh ? "zh-CN" : "en")\"><head><meta charset=\"utf-8\">")
        h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        h.append("<title>\(e(title)) · \(e(d.scenarioName(l)))</title>")
        h.append("<style>\(HTMLStyle.css)</style></head><body>")
        // Page one: what a leader reads in one minute; everything else follows from page two,
        // its headings numbered on from page one's (五、主要指标…).
        let page = LeaderPage(run: d, language: l)
        h.append(page.html())
        var headings = BodyHeadings(after: page, language: l)
        h.append(
            mainTable(d, language: l, heading: headings.next(zh ? "主要指标（专栏1）" : "Main indicators (Box 1 of the plan)")))
        h += whatIf(d, language: l, headings: &headings)
        if let t = TrackingSection.table(d, language: l) {
            h.append(
                "<section class=\"tracking\"><h2>\(e(headings.next(t.title)))</h2><table class=\"data\"><thead><tr>"
                    + t.headers.map { "<th>\(e($0))</th>" }.joined() + "</tr></thead><tbody>")
            h += t.rows.map { r in
                "<tr>"
                    + r.enumerated().map {
                        $0.offset == 0 || $0.offset == 6
                            ? "<td class=\"name\">\(e($0.element))</td>" : "<td class=\"num\">\(e($0.element))</td>"
                    }.joined() + "</tr>"
            }
            h.append("</tbody></table><p class=\"note\">\(e(t.note))</p></section>")
        }
        let sentences = InversionSentences.sentences(d, language: l)
        if !sentences.isEmpty {
            h.append(
                "<section class=\"inversion\"><h2>\(e(headings.next(InversionSentences.heading(d, language: l))))</h2><ol>"
            )
            h += sentences.map { "<li>\(e($0))</li>" }
            h.append("</ol></section>")
        }
        // The heading, its note and the first chart are kept together: never a heading alone at a page's foot.
        h.append(
            "<section class=\"charts\"><div class=\"keep\"><h2>\(e(headings.next(zh ? "达标概率与预测区间图" : "Charts: odds and forecast ranges")))</h2><p class=\"note\">\(e(ChartSpec.bandSentence(l)))</p><figure class=\"wide\">\(ProbabilityChart.svg(d, language: l))</figure></div><div class=\"grid\">"
        )
        for ind in d.indicators {
            h.append(
                "<figure>\(FanChart.svg(ind, target: d.targets.first { $0.indicator == ind.id }, language: l, baseline: d.baseline?.medians[ind.id]))</figure>"
            )
        }
        h.append("</div></section>")
        let years = Array(Set(d.indicators.flatMap { $0.history.map(\.year) })).sorted()
        h.append(
            "<section class=\"history\"><h2>\(e(headings.next(zh ? "历史数据" : "History")))</h2><table class=\"data\"><thead><tr><th>\(e(zh ? "指标" : "Indicator"))</th>"
                + years.map { "<th>\($0)</th>" }.joined() + "</tr></thead><tbody>")
        for ind in d.indicators {
            // Rounded like the plan's own figures (a rebuilt 43.50*, never 43.495*).
            let digits = BriefingTable.decimals(of: ind, in: d)
            h.append(
                "<tr><td class=\"name\">\(e(ind.name(l)))</td>"
                    + years.map { year -> String in
                        guard let p = ind.history.first(where: { $0.year == year }) else { return "<td></td>" }
                        let mark = p.origin == "reconstructed" ? "*" : p.origin == "user" ? "†" : ""
                        return "<td class=\"num\">\(e(NumberFormat.fixed(p.value, decimals: digits) + mark))</td>"
                    }.joined() + "</tr>")
        }
        h.append("</tbody></table><p class=\"note\">\(e(historyNote(l)))</p></section>")
        h.append("<section><h2>\(e(headings.next(zh ? "数据说明" : "Data notes")))</h2><ol class=\"notes\">")
        h += d.notes(l).map { "<li>\(e($0))</li>" }
        h.append("</ol></section>")
        var annex = annex(d, language: l)
        annex.number = headings.next("")
        h.append(annex.html())
        h.append("</body></html>")
        return h.joined(separator: "\n") + "\n"
    }

    /// What the history table's marks mean (PDF and Word alike).
    static func historyNote(_ l: Language) -> String {
        l == .zh
            ? "* 重建值（由规划所列合计推算，非实测，图中不画）；† 用户数据；无标记：规划原文。"
            : "* reconstructed from printed sums (not measured; not drawn on the charts); † user data; unmarked: printed in the plan."
    }

    /// The technical annex: the plain key of terms, then the code names, files and
    /// settings that reproduce the run.
    static func annex(_ d: ReportDocument, language l: Language) -> TechnicalAnnex {
        let zh = l == .zh
        let scenario =
            zh
            ? "情景代码名：\(d.scenario)（\(d.scenarioName(l))）" : "Scenario code name: \(d.scenario) (\(d.scenarioName(l)))"
        // The checks in words with their worst values, and the statement as written.
        let checks = zip(d.checks, WhatIfSection.checkItems(d, language: l)).map { c, words in
            (zh ? "检查：" : "Check: ") + WhatIfSection.plain(words, l) + (zh ? "（\(c.text)）" : " (\(c.text))")
        }
        // Page one's notice that the period has ended, with the commands it means.
        let actuals =
            LeaderPage.periodNotice(d, language: l) == nil
            ? []
            : [
                zh
                    ? "按实际数据评估已结束的规划期：plansim evaluate --data 实际数据.csv（总结评估报告），或 plansim run --data 实际数据.csv（本简报按实际值评估）。"
                    : "To judge the ended period on actual data: plansim evaluate --data ACTUALS.csv (the end-of-period evaluation), or plansim run --data ACTUALS.csv (this briefing, judged on actuals)."
            ]
        return TechnicalAnnex(
            language: l, key: TechnicalAnnex.standardKey(l),
            reproduction: [scenario] + actuals
                + d.assumptions.map { a in
                    // In English the statement's unit in English (`-400 persons`), no Han text.
                    zh ? "\(a.text)（\(a.origin)）" : "\(englishUnits(a.text, d)) (\(a.origin))"
                } + checks
                + MarkdownReport.provenanceLines(d, language: l))
    }

    /// A statement with each indicator's Chinese unit word in English (`人` → `persons`).
    static func englishUnits(_ statement: String, _ d: ReportDocument) -> String {
        statement.split(separator: " ", omittingEmptySubsequences: false).map { word in
            d.indicators.first { $0.unitZH == word && !$0.unitZH.isEmpty }?.unitEN ?? String(word)
        }.joined(separator: " ")
    }

    /// The 专栏1 table as it fits A4 portrait: P10–P90 in one column, attribute left to
    /// the spreadsheet, names that never break.
    static func mainTable(_ d: ReportDocument, language l: Language, heading: String) -> String {
        let zh = l == .zh, e = Markup.escape
        typealias C = BriefingTable.Column
        let table = BriefingTable(d, language: l)
        let hasStatus = d.targets.contains { $0.status != nil }
        let columns =
            [
                C.number, C.name, C.unit, C.base, C.target, C.median, C.p10, C.probability, C.evidence, C.growthNeeded,
                C.growthForecast, C.horizon,
            ]
            + (hasStatus ? [C.status] : [])
        var h = [
            "<section class=\"main\"><h2>\(e(heading))</h2>",
            "<table class=\"briefing\"><thead><tr>"
                + columns.map { j in
                    "<th class=\"c\(j)\">\(e(j == C.p10 ? (zh ? "八成把握区间" : "80% range") : table.headers[j]))</th>"
                }.joined() + "</tr></thead><tbody>",
        ]
        for k in table.rows.indices {
            h.append(
                "<tr>"
                    + columns.map { j -> String in
                        var text = table.display(row: k, column: j)
                        if j == C.p10 { text = "\(text)–\(table.display(row: k, column: C.p90))" }
                        var classes = ["c\(j)"]
                        if case .text = table.rows[k][j] {} else { classes.append("num") }
                        if j == C.name { classes.append("name") }
                        if j == C.probability, table.grades[k] == "plan" { classes += ["num", "plan"] }
                        if j == C.probability, case .probability(let p?) = table.rows[k][j] {
                            classes.append(
                                p >= BriefingSummary.likely ? "good" : p < BriefingSummary.atRisk ? "poor" : "mid")
                        }
                        return "<td class=\"\(classes.joined(separator: " "))\">\(e(text))</td>"
                    }.joined() + "</tr>")
        }
        h.append("</tbody></table>")
        h.append(
            "<p class=\"note\">\(e(BriefingTable.probabilityKey(zh: zh)))<br>\(e(BriefingTable.evidenceLegend(zh: zh)))"
                + (BriefingTable.periodSumNote(d, language: l).map { "<br>\(e($0))" } ?? "")
                + (UnitCaution.tableNote(d, language: l).map { "<br>\(e($0))" } ?? "") + "</p>"
                + (WhatIfSection.checkSummary(d, language: l).map { "<p>\(e($0))</p>" } ?? "") + "</section>")
        return h.joined(separator: "\n")
    }

    /// What the scenario assumed and its differences from the baseline (its checks are one
    /// sentence under the main table and in full in the annex).
    static func whatIf(_ d: ReportDocument, language l: Language, headings: inout BodyHeadings) -> [String] {
        let zh = l == .zh, e = Markup.escape
        var h: [String] = []
        let assumptions = WhatIfSection.assumptionItems(d, language: l)
        let differences = WhatIfSection.differences(d, language: l)
        guard !assumptions.isEmpty || differences != nil else { return [] }
        h.append(
            "<section class=\"whatif\"><h2>\(e(headings.next(zh ? "本情景的假设与影响" : "What this scenario assumes and changes")))</h2>"
        )
        // Sub-headings numbered （一）（二）… as a 公文 numbers its second level.
        var sub = 0
        func subheading(_ text: String) -> String {
            sub += 1
            return "<h3>\(e(OfficialForm.heading(text, level: 2, sub, language: l)))</h3>"
        }
        if !assumptions.isEmpty {
            h.append(subheading(zh ? "假设" : "Assumptions") + "<ol>")
            h += assumptions.map { "<li>\(codeSpans(e($0)))</li>" }
            h.append("</ol>")
        }
        if let (headers, rows) = differences {
            h.append(subheading(zh ? "与基准情景的差异（同一组随机数）" : "Differences from the baseline (same random numbers)"))
            h.append(
                "<table class=\"data\"><thead><tr>" + headers.map { "<th>\(e($0))</th>" }.joined()
                    + "</tr></thead><tbody>")
            h += rows.map { r in
                "<tr>"
                    + r.enumerated().map {
                        $0.offset == 0
                            ? "<td class=\"name\">\(e($0.element))</td>" : "<td class=\"num\">\(e($0.element))</td>"
                    }.joined() + "</tr>"
            }
            h.append("</tbody></table>")
            // A shocked indicator whose difference is not the shock alone says why.
            h += ShockEffect.notes(d, language: l).map { "<p class=\"note\">\(e($0))</p>" }
        }
        h.append("</section>")
        return h
    }

    /// `a` → <code>a</code> in already-escaped text.
    static func codeSpans(_ escaped: String) -> String {
        let parts = escaped.split(separator: "`", omittingEmptySubsequences: false)
        return parts.enumerated().map { $0.offset % 2 == 1 ? "<code>\($0.element)</code>" : String($0.element) }
            .joined()
    }
}
