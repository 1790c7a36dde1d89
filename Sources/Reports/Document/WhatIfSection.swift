public import PlanData

/// What a what-if assumed and what it changed: its assumptions in words (with the
/// statement and where it was written), its differences from the baseline on the same
/// random numbers, and its check results. Empty parts are left out.
public enum WhatIfSection {
    /// Each assumption in words; the statement and where it was written are in the
    /// technical annex (``HTMLReport/annex(_:language:)``).
    public static func assumptionItems(_ d: ReportDocument, language l: Language) -> [String] {
        d.assumptions.map { AssumptionWords.describe($0.text, in: d, language: l) }
    }

    /// A `check` line in words: `check new_employment min >= 0` → 新增就业人数各年最小值不低于0.
    /// Unknown forms stay as written, in code marks.
    static func checkWords(_ text: String, in d: ReportDocument, language l: Language) -> String {
        let zh = l == .zh
        let w = text.split(separator: " ").map(String.init)
        guard w.count >= 5, let ind = d.indicator(w[1]) else { return "`\(text)`" }
        let stats = [
            "min": ("各年最小值", "minimum"), "max": ("各年最大值", "maximum"), "p50": ("中位数", "median"),
            "mean": ("截尾均值（P1–P99）", "mean of P1–P99"),
            "p10": ("低情形值", "low case"), "p90": ("高情形值", "high case"),
        ]
        let comparisons = [
            ">=": ("不低于", "at least"), ">": ("高于", "above"), "<=": ("不高于", "at most"), "<": ("低于", "below"),
        ]
        guard let stat = stats[w[2]], let cmp = comparisons[w[3]] else { return "`\(text)`" }
        let years =
            w.count >= 7
            ? (zh
                ? "（\(w[6].replacingOccurrences(of: "..", with: "—"))年）"
                : " (\(w[6].replacingOccurrences(of: "..", with: "–")))") : ""
        return zh ? "\(ind.nameZH)\(stat.0)\(cmp.0)\(w[4])\(years)" : "\(ind.nameEN) \(stat.1) \(cmp.1) \(w[4])\(years)"
    }

    /// Differences from the baseline: per target, the medians at the target year and the
    /// horizon, Δ, %Δ and the change of probability.
    public static func differences(_ d: ReportDocument, language l: Language) -> (headers: [String], rows: [[String]])?
    {
        guard let b = d.baseline else { return nil }
        let zh = l == .zh
        let horizon = d.indicators.first?.years.last?.year ?? 2035
        let headers =
            zh
            ? ["指标", "年份", "基准（中位数）", "本情景（中位数）", "差值", "差值%", "达标概率：基准→本情景", "变化"]
            : [
                "Indicator", "Year", "Baseline (median)", "This scenario (median)", "Δ", "Δ%",
                "P(meet): baseline → this", "Change",
            ]
        var rows: [[String]] = []
        for t in d.targets {
            guard let ind = d.indicator(t.indicator) else { continue }
            // The plan's precision, as 专栏1 prints it: counts whole (28 个, never 27.63).
            let digits = BriefingTable.decimals(t, in: d)
            // The target year, the horizon, and the year this scenario moves the median most.
            let peak = ind.years.compactMap { y -> (Int, Double)? in
                guard let m = b.medians[t.indicator]?[y.year], m != 0 else { return nil }
                return (y.year, abs(y.p50 / m - 1))
            }.max { $0.1 < $1.1 }.flatMap { $0.1 >= 0.0005 ? $0.0 : nil }
            for year in Array(Set([t.targetYear, horizon] + (peak.map { [$0] } ?? []))).sorted() {
                let now = ind.years.first { $0.year == year }?.p50
                let before = b.medians[t.indicator]?[year]
                let delta = now.flatMap { n in before.map { n - $0 } }
                let percent = delta.flatMap { dd in before.flatMap { $0 == 0 ? nil : dd / $0 } }
                let first = year == t.targetYear
                let p0 = b.probability(of: t), plan = d.evidence(of: t) == "plan"
                rows.append([
                    ind.name(l) + (t.kind == "period_sum" ? (zh ? "（当年值）" : " (that year)") : ""), "\(year)",
                    NumberFormat.fixed(before, decimals: digits), NumberFormat.fixed(now, decimals: digits),
                    NumberFormat.signed(delta, decimals: digits), NumberFormat.signedPercent(percent),
                    // On the plan's own path the odds are 约50% by construction, as the table says.
                    !first
                        ? ""
                        : plan
                            ? "\(BriefingTable.planProbability(l)) → \(BriefingTable.planProbability(l))"
                            : "\(NumberFormat.probability(p0)) → \(NumberFormat.probability(t.probability))",
                    !first
                        ? ""
                        : plan
                            ? "—"
                            : (p0.map { ChartSpec.pointChangeText(from: $0, to: t.probability, language: l) } ?? "—"),
                ])
            }
        }
        return (headers, rows)
    }

    /// The checks in one sentence for the body (the checks themselves, with their worst
    /// values, are in the 技术附录): 各项检查均符合要求（共1项，明细见技术附录）。 or which
    /// were not met, in words. Nil when the scenario has no checks.
    public static func checkSummary(_ d: ReportDocument, language l: Language) -> String? {
        guard !d.checks.isEmpty else { return nil }
        let zh = l == .zh
        let failed = d.checks.filter { !$0.passed }
        if failed.isEmpty {
            return zh
                ? "各项检查均符合要求（共\(d.checks.count)项，明细见技术附录）。"
                : (d.checks.count == 1
                    ? "The scenario's check is met (details in the technical annex)."
                    : "All \(d.checks.count) of the scenario's checks are met (details in the technical annex).")
        }
        let items = failed.map { plain(checkWords($0.text, in: d, language: l), l) }.joined(separator: zh ? "；" : "; ")
        return zh
            ? "\(d.checks.count)项检查中\(failed.count)项未达到：\(items)（明细见技术附录）。"
            : "\(failed.count) of \(d.checks.count) checks are not met: \(items) (details in the technical annex)."
    }

    /// The scenario's checks in words: the check, 符合要求/未达到, the worst value and its year. The worst value
    /// of a check on an indicator is shown with that indicator's decimals and unit
    /// (`0 persons`, not `0.014055`).
    public static func checkItems(_ d: ReportDocument, language l: Language) -> [String] {
        let zh = l == .zh
        return d.checks.map { c in
            let words = c.text.split(separator: " ")
            let id = words.count > 1 ? String(words[1]) : ""
            var worst = NumberFormat.value(c.value, digits: 5)
            if let indicator = d.indicator(id) {
                worst =
                    NumberFormat.fixed(c.value, decimals: BriefingTable.decimals(of: indicator, in: d))
                    + (zh ? indicator.unitZH : " " + indicator.unitEN)
            }
            // In words, no marks: 符合要求 / 未达到, the worst value and its year, and — when that
            // value comes from the heavy tail — what most paths do that year (issue 24).
            let verdict = c.passed ? (zh ? "符合要求" : "met") : (zh ? "未达到" : "not met")
            return checkWords(c.text, in: d, language: l)
                + (zh
                    ? "：\(verdict)，最不利的是\(c.year)年的\(worst)"
                    : ": \(verdict); the least favourable value is \(worst) in \(c.year)")
                + tailNote(c, in: d, language: l)
        }
    }

    /// Beside a `min` (`max`) check decided more than a factor 10 below that year's P5 (above
    /// its P95): the value comes from a few paths in the heavy tail of the Student-t shocks
    /// (the baseline's new-employment minimum is 0.01 persons in 2034, where the P5 is 1,364), so the
    /// note says what 95% of that year's paths do (at least its P5, at most its P95). Empty otherwise.
    static func tailNote(_ c: ReportDocument.CheckResult, in d: ReportDocument, language l: Language) -> String {
        let words = c.text.split(separator: " ").map(String.init)
        guard words.count > 2, let year = d.indicator(words[1])?.years.first(where: { $0.year == c.year }),
            c.value.isFinite
        else { return "" }
        let (low, quantile) =
            words[2] == "min" ? (true, year.p5) : words[2] == "max" ? (false, year.p95) : (false, Double.nan)
        guard quantile.isFinite, quantile > 0, low ? c.value < quantile / 10 : c.value > quantile * 10 else {
            return ""
        }
        let q = NumberFormat.value(quantile, digits: 4)
        // In words, not the quantile's name (a body page has no P5): 95% of that year's paths are on the safe side of q.
        return l == .zh
            ? "；该值来自重尾中的个别路径，不宜据以判断，该年95%的路径\(low ? "不低于" : "不高于")\(q)"
            : "; this value comes from a few paths in the heavy tail, not a case to plan for: 95% of that year's paths are \(low ? "at least" : "at most") \(q)"
    }

    /// `text` without Markdown's code marks: in Chinese the quoted scenario text stands in
    /// 「」 (it is the scenario language, not prose); in English the marks are dropped.
    public static func plain(_ text: String, _ l: Language) -> String {
        guard l == .zh else { return text.replacingOccurrences(of: "`", with: "") }
        var open = true
        return String(
            text.map { ch -> Character in
                guard ch == "`" else { return ch }
                defer { open.toggle() }
                return open ? "「" : "」"
            })
    }

    /// The section as terminal lines.
    static func lines(_ d: ReportDocument, language l: Language) -> [String] {
        let zh = l == .zh
        var out: [String] = []
        let assumptions = assumptionItems(d, language: l)
        if !assumptions.isEmpty {
            out.append(zh ? "本情景的假设：" : "What this scenario assumes:")
            out += assumptions.map { "  - " + plain($0, l) }
            out.append("")
        }
        if let (headers, rows) = differences(d, language: l) {
            var table = TextTable(
                headers: headers, alignments: [.left] + Array(repeating: .right, count: headers.count - 1))
            for row in rows { table.add(row) }
            out += [
                zh ? "与基准情景的差异（同一组随机数）：" : "Differences from the baseline, same random numbers:",
                table.rendered(), "",
            ]
        }
        let checks = checkItems(d, language: l)
        if !checks.isEmpty {
            out.append(zh ? "检查结果：" : "Checks:")
            out += checks.map { "  " + plain($0, l) }
            out.append("")
        }
        return out
    }
}
