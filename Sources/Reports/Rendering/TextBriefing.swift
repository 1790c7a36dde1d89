import Forecasting
import Simulation
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
        lines += trackingLines(d, language: l)
        lines.append(zh ? "数据：\(RunReport.chinese(p.data))。所需增速按指标口径计算；累计目标按模拟累计值计算概率。"
                        : "Data: \(p.data). Growth needed follows each target's kind; sum targets are judged on simulated sums.")
        return lines.joined(separator: "\n")
    }

    /// "Investment growth at which …" lines, or nothing when there are no inversions.
    static func inversionLines(_ d: ReportDocument, language l: Language) -> [String] {
        guard !d.inversions.isEmpty else { return [] }
        let zh = l == .zh
        var lines = [zh ? "投资需要多快增长（目标反推）：" : "How fast investment would need to grow (target inversion):"]
        for v in d.inversions {
            let line = "  " + inversionSentence(v, d, language: l)
            if lines.last != line { lines.append(line) }  // "no effect" reads the same at every level
        }
        return lines + [""]
    }

    /// The base-year forecast against each actual loaded, misses flagged; nothing without actuals.
    static func trackingLines(_ d: ReportDocument, language l: Language) -> [String] {
        guard let tracking = d.tracking, !tracking.rows.isEmpty else { return [] }
        let zh = l == .zh
        var table = TextTable(headers: zh ? ["指标", "年份", "实际值", "\(tracking.origin)年预测中位数", "P10–P90", "P5–P95", "判断"]
                                          : ["Indicator", "Year", "Actual", "\(tracking.origin) forecast median", "P10–P90", "P5–P95", "Verdict"],
                              alignments: [.left, .right, .right, .right, .right, .right, .left])
        for r in tracking.rows {
            let verdict = r.outside90 ? (zh ? "超出P5–P95" : "outside P5–P95") : r.outside80 ? (zh ? "超出P10–P90" : "outside P10–P90") : (zh ? "区间内" : "inside")
            table.add([d.indicator(r.indicator)?.name(l) ?? r.indicator, "\(r.year)", NumberFormat.value(r.actual, digits: 4),
                       NumberFormat.value(r.p50, digits: 4), "\(NumberFormat.value(r.p10, digits: 4))–\(NumberFormat.value(r.p90, digits: 4))",
                       "\(NumberFormat.value(r.p5, digits: 4))–\(NumberFormat.value(r.p95, digits: 4))", verdict])
        }
        let share = tracking.coverage80.map { NumberFormat.probability($0) } ?? "—"
        return [zh ? "\(tracking.origin)年所作预测与实际值对照（预测偏差）：" : "The \(tracking.origin) forecast against the actuals loaded (forecast misses):",
                table.rendered(),
                zh ? "实际值落在P10–P90区间内的比例：\(share)（校准良好时约80%）。" : "Share of actuals inside P10–P90: \(share) (about 80 % when calibrated).", ""]
    }

    /// One inversion as a sentence a reader understands without the table:
    /// "为使工业总产值达标概率达到50%，2021–2025年投资需年均增长X%，即累计Y亿元，为规划的Z倍。"
    public static func inversionSentence(_ v: ReportDocument.Inversion, _ d: ReportDocument, language l: Language) -> String {
        let zh = l == .zh
        let name = d.indicator(v.indicator)?.name(l) ?? v.indicator
        let odds = "\(Int((v.probability * 100).rounded()))%"
        let years = v.totalYears.map { "\($0.lowerBound)–\($0.upperBound)" } ?? "2021–2025"
        let whole = { (x: Double) in "\(x < 0 ? "−" : "+")\(Int((abs(x) * 100).rounded()))%" }
        let range = "\(whole(v.range.lowerBound))…\(whole(v.range.upperBound))"
        func total(_ t: Double?) -> String {
            guard let t, t.isFinite else { return "" }
            let times = v.planTotal.map { NumberFormat.value(t / $0, digits: 2) }
            return zh ? "，即累计\(NumberFormat.value(t, digits: 4))亿元" + (times.map { "，为规划的\($0)倍" } ?? "")
                      : ", i.e. \(NumberFormat.value(t, digits: 4)) (100m yuan) in total" + (times.map { ", \($0)× the plan" } ?? "")
        }
        switch InversionResult.Outcome(rawValue: v.outcome) ?? .solved {
        case .solved:
            return zh ? "为使\(name)达标概率达到\(odds)，\(years)年投资需年均增长\(NumberFormat.percent(v.value))\(total(v.impliedTotal))。"
                      : "For \(name) to reach a \(odds) chance of its target, investment must grow \(NumberFormat.percent(v.value)) a year over \(years)\(total(v.impliedTotal))."
        case .metAtLowerBound:
            return zh ? "即使\(years)年投资每年下降\(whole(-v.range.lowerBound).dropFirst())，\(name)达标概率也不低于\(odds)：投资不是它的约束。"
                      : "Even with investment falling \(whole(-v.range.lowerBound).dropFirst()) a year over \(years), \(name) keeps at least a \(odds) chance: investment is not what limits it."
        case .notReachable:
            return zh ? "在合理范围（年均\(range)）内，\(name)达标概率无法达到\(odds)：即使投资年均增长\(whole(v.range.upperBound).dropFirst())\(total(v.impliedTotal))，概率也仅为\(NumberFormat.probability(v.achieved))。"
                      : "Not reachable within the plausible range (\(range) a year): even at \(whole(v.range.upperBound)) a year\(total(v.impliedTotal)), \(name) has only a \(NumberFormat.probability(v.achieved)) chance, not \(odds)."
        case .noEffect:
            return zh ? "\(name)不受\(years)年投资增速影响（在\(range)范围内概率变化小于模拟误差），无法通过投资反推。"
                      : "\(name) does not depend on \(years) investment growth (across \(range) its chance moves less than Monte Carlo noise): no investment answer."
        }
    }
}
