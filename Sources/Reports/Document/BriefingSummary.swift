import Artifacts
public import PlanData

/// The one-page summary in words (简报) that opens every briefing: how many targets are
/// likely met, which are at risk and why, what the scenario changed, what the numbers rest
/// on. Written from the results for a reader who reads nothing else.
///
/// Thresholds: likely ≥ 80 %, at risk < 20 %, in between uncertain. Targets whose
/// probability rests on the plan's own path (evidence `plan`, ≈ 50 % by construction) are
/// never counted as forecasts.
public enum BriefingSummary {
    public static let likely = 0.8, atRisk = 0.2

    /// The summary's paragraphs, plain text (renderers escape them).
    public static func paragraphs(_ d: ReportDocument, language l: Language) -> [String] {
        let zh = l == .zh
        func name(_ id: String) -> String { d.indicator(id)?.name(l) ?? id }
        func list(_ items: [String]) -> String { items.joined(separator: zh ? "、" : ", ") }
        // A target whose year has passed is judged by its actuals, never by odds.
        let graded = d.targets.filter { !$0.hasEnded }.map { ($0, d.evidence(of: $0)) }
        let forecasts = graded.filter { $0.1 != "plan" }.map(\.0)
        let byPlan = graded.filter { $0.1 == "plan" }.map(\.0)
        let good = forecasts.filter { $0.probability >= likely }
        let poor = forecasts.filter { $0.probability < atRisk }
        let middle = forecasts.filter { $0.probability >= atRisk && $0.probability < likely }
        var out: [String] = d.illustrative ? [EvaluationDocument.illustrativeBanner(l)] : []

        let paths = NumberFormat.count(d.provenance.paths, zh: zh)
        var headline =
            zh
            ? "结论：在“\(d.scenarioName(l))”下，\(d.targets.count)项规划目标中\(forecasts.count)项可作判断：\(good.count == 0 ? "没有一项有望完成" : "有望完成\(good.count)项")（达标概率不低于80%），存在不确定性\(middle.count)项（20%至80%），完成难度较大\(poor.count)项（低于20%）。"
            : "Bottom line: under the “\(d.scenarioName(l))” scenario (\(paths) simulated paths), \(forecasts.count) of the plan's \(d.targets.count) targets can be forecast: \(good.count == 0 ? "none" : "\(good.count)") likely met (probability 80% or more), \(middle.count == 0 ? "none" : "\(middle.count)") uncertain (20–80%), \(poor.count == 0 ? "none" : "\(poor.count)") at risk (below 20%)."
        if !byPlan.isEmpty {
            headline +=
                zh
                ? "另有\(byPlan.count)项（\(list(byPlan.map { name($0.indicator) }))）假定按规划目标路径实现，其约50%的达标概率系测算方法所致，不是预测。"
                : (byPlan.count == 1
                    ? " The other one (\(list(byPlan.map { name($0.indicator) }))) assumes the plan's own path, so its probability near 50% is by construction, not a forecast."
                    : " The other \(byPlan.count) (\(list(byPlan.map { name($0.indicator) }))) assume the plan's own path, so their probability near 50% is by construction, not a forecast.")
        }
        let ended = d.targets.filter(\.hasEnded)
        if !graded.isEmpty || ended.isEmpty { out.append(headline) }
        if !ended.isEmpty {
            let items = ended.map { name($0.indicator) + (zh ? "" : " ") + BriefingTable.statusText($0, language: l) }
            out.append(
                zh
                    ? "目标年份已过、按实际值评估的\(ended.count)项：" + items.joined(separator: "；") + "。"
                    : "\(ended.count) targets whose year has passed, judged by their actuals: "
                        + items.joined(separator: "; ") + ".")
        }

        if !poor.isEmpty {
            let items = poor.map { t -> String in
                let p = NumberFormat.probability(t.probability)
                return zh
                    ? "\(name(t.indicator))（概率\(p)：需年均增长\(NumberFormat.rate(t.requiredGrowth))，按现有走势测算年均增长\(NumberFormat.rate(t.simulatedGrowth))）"
                    : "\(name(t.indicator)) (\(p): needs \(NumberFormat.rate(t.requiredGrowth)) a year, the simulated median is \(NumberFormat.rate(t.simulatedGrowth)))"
            }
            out.append(
                zh
                    ? "完成难度较大：" + items.joined(separator: "；") + "。"
                    : "At risk: " + items.joined(separator: "; ")
                        + ". The gap: each needs growth well above what the model forecasts.")
        }
        if !good.isEmpty {
            let items = good.map { "\(name($0.indicator))（\(NumberFormat.probability($0.probability))）" }
            out.append(
                zh
                    ? "有望完成：" + list(items) + "。"
                    : "Likely met: "
                        + list(good.map { "\(name($0.indicator)) (\(NumberFormat.probability($0.probability)))" }) + "."
            )
        }
        if !middle.isEmpty {
            out.append(
                zh
                    ? "存在不确定性："
                        + list(middle.map { "\(name($0.indicator))（\(NumberFormat.probability($0.probability))）" })
                        + "。"
                    : "Uncertain: "
                        + list(middle.map { "\(name($0.indicator)) (\(NumberFormat.probability($0.probability)))" })
                        + ".")
        }
        out.append(scenarioParagraph(d, language: l))
        out.append(evidenceParagraph(d, graded: graded.map(\.1), language: l))
        if let first = InversionSentences.sentences(d, language: l).first { out.append(first) }
        return out
    }

    /// What the scenario changed: its assumptions in words, the largest effects against
    /// the baseline, and its checks.
    static func scenarioParagraph(_ d: ReportDocument, language l: Language) -> String {
        let zh = l == .zh
        guard !d.assumptions.isEmpty || d.baseline != nil else {
            var text =
                zh
                ? "本情景即规划原文加模型的基准假设（见技术附录），未加冲击或额外假设。"
                : "This scenario is the plan as written with plansim's stated baseline assumptions (docs/methods.md); no shocks or extra assumptions."
            text += checksSentence(d, language: l)
            return text
        }
        let words = d.assumptions.prefix(4).map { AssumptionWords.describe($0.text, in: d, language: l) }
        var text =
            zh
            ? "本情景假设：" + words.joined(separator: "；") + (d.assumptions.count > 4 ? "等\(d.assumptions.count)项" : "")
                + "。"
            : "This scenario assumes: " + words.joined(separator: "; ")
                + (d.assumptions.count > 4 ? " and \(d.assumptions.count - 4) more" : "") + "."
        if let b = d.baseline {
            // Changes in whole points from the displayed figures, as the table shows them.
            let moves = d.targets.compactMap { t -> (String, Double, Double)? in
                guard let p0 = b.probability(of: t),
                    let change = ChartSpec.pointChange(from: p0, to: t.probability), change != 0
                else { return nil }
                return (t.indicator, p0, t.probability)
            }.sorted {
                abs(ChartSpec.pointChange(from: $0.1, to: $0.2) ?? 0)
                    > abs(ChartSpec.pointChange(from: $1.1, to: $1.2) ?? 0)
            }
            let levels = d.indicators.flatMap { ind in
                ind.years.compactMap { y -> (String, Int, Double)? in
                    guard let m = b.medians[ind.id]?[y.year], m != 0 else { return nil }
                    return (ind.name(l), y.year, y.p50 / m - 1)
                }
            }.filter { abs($0.2) >= 0.0005 }
            var seen = Set<String>()
            let biggest = levels.sorted { abs($0.2) > abs($1.2) }.filter { seen.insert($0.0).inserted }.prefix(3)
            if !biggest.isEmpty {
                let items = biggest.map {
                    zh
                        ? "\($0.0)\($0.1)年\(NumberFormat.signedPercent($0.2))"
                        : "\($0.0) \(NumberFormat.signedPercent($0.2)) in \($0.1)"
                }
                // The linked core's example only where the plan has its output and employment
                // (a town's plan without them has no linked core to pass a change on).
                let linked =
                    d.indicators.contains { $0.nameZH == "工业总产值" } && d.indicators.contains { $0.nameZH.contains("就业") }
                text +=
                    zh
                    ? "对中位数影响最大的是：" + items.joined(separator: "、")
                        + (linked ? "（均含直接冲击及其对相关指标的带动，如工业总产值变化带动就业）。" : "。")
                    : " Its largest effects on the medians: " + items.joined(separator: ", ")
                        + (linked
                            ? " (total effects: the direct change plus what the linked model passes on, e.g. from output to employment)."
                            : ".")
            }
            if moves.isEmpty {
                text +=
                    zh
                    ? "与基准相比（同一组随机数），各目标的达标概率均不变（按整数百分比）。"
                    : " Against the baseline (same random numbers) no target's probability changes (in whole per cent)."
                text += oneOffReason(d, language: l)
            } else {
                let items = moves.prefix(3).map {
                    "\(d.indicator($0.0)?.name(l) ?? $0.0) \(ChartSpec.pointChangeText(from: $0.1, to: $0.2, language: l))"
                }
                text +=
                    zh
                    ? "与基准相比（同一组随机数），达标概率变化最大的是：" + items.joined(separator: "、") + "。"
                    : " Against the baseline (same random numbers) the probabilities that move most: "
                        + items.joined(separator: ", ") + "."
            }
        }
        return text + checksSentence(d, language: l)
    }

    /// Why a what-if of one-off shocks leaves the targets where they were: each shocked
    /// indicator returns to its path, so the shocks have faded by the target year. Empty
    /// unless every assumption is a one-off shock (`shock X AMOUNT in YEAR`).
    static func oneOffReason(_ d: ReportDocument, language l: Language) -> String {
        let statements = d.assumptions.map { $0.text.split(separator: " ") }
        guard !statements.isEmpty,
            statements.allSatisfy({ $0.first == "shock" && $0.count >= 5 && $0[$0.count - 2] == "in" }),
            let year = d.targets.map(\.targetYear).max()
        else { return "" }
        return l == .zh
            ? "原因：这些冲击都是一次性的，模型假定受冲击的指标此后完全恢复，到\(year)年影响已消退；若要研究持续影响，需设为持续冲击（写法见技术附录）。"
            : " The reason: the shocks are one-off (each shocked indicator returns to its path afterwards), so they have faded by \(year); write `shock INDICATOR AMOUNT from YEAR` for a lasting change."
    }

    static func checksSentence(_ d: ReportDocument, language l: Language) -> String {
        guard !d.checks.isEmpty else { return "" }
        let zh = l == .zh
        let failed = d.checks.filter { !$0.passed }
        if failed.isEmpty {
            return zh
                ? "情景中的\(d.checks.count)项检查全部通过。"
                : (d.checks.count == 1
                    ? " The scenario's check passed." : " All \(d.checks.count) of the scenario's checks passed.")
        }
        let items = failed.map { "`\($0.text)`" }.joined(separator: zh ? "、" : ", ")
        return zh
            ? "\(d.checks.count)项检查中\(failed.count)项未通过（详见技术附录）。"
            : " \(failed.count) of \(d.checks.count) checks failed: \(items)."
    }

    /// What the numbers rest on: how many targets rest on measured data, on stated
    /// assumptions, on the plan's own path; and whether the history is partly reconstructed.
    static func evidenceParagraph(_ d: ReportDocument, graded: [String], language l: Language) -> String {
        let zh = l == .zh
        let count = { (g: String) in graded.filter { $0 == g }.count }
        let (data, prior, plan) = (count("data"), count("prior"), count("plan"))
        var text: String
        if zh {
            text =
                "依据：" + (data == 0 ? "尚无一项目标的预测以实测数据为据" : "\(data)项目标的预测以实测数据为据")
                + (prior > 0 ? "，\(prior)项主要取决于明示的假设（同类地区经验、情景设定）" : "")
                + (plan > 0 ? "，\(plan)项假定按规划目标路径实现" : "") + "。"
        } else {
            let many = { (n: Int, one: String, more: String) in n == 1 ? "1 \(one)" : "\(n) \(more)" }
            text =
                "Evidence: "
                + (data == 0
                    ? "none of the targets rests on measured data"
                    : many(data, "target rests on measured data", "targets rest on measured data"))
                + (prior > 0
                    ? ", \(prior) mainly on stated assumptions (reference-class priors, scenario settings)" : "")
                + (plan > 0 ? ", " + many(plan, "assumes the plan's own path", "assume the plan's own path") : "") + "."
        }
        if d.indicators.contains(where: { $0.history.contains { $0.origin == "reconstructed" } }) {
            // The span the run's provenance records (from the plan), not Haibin's 2016–2020.
            let span = DataOrigin(parsing: d.provenance.data)?.reconstructed.map { ($0.lowerBound, $0.upperBound) }
            text +=
                zh
                ? (span.map { "\($0.0)—\($0.1)年" } ?? "") + "部分历史为由规划所列合计推算的重建值，非实测。"
                : " Part of the " + (span.map { "\($0.0)–\($0.1) " } ?? "")
                    + "history is reconstructed from the plan's printed sums, not measured."
        }
        return text
    }
}
