public import PlanData

/// The summary in words that opens a comparison (简报), for a reader who reads nothing
/// else: what was compared on which random numbers, the reference's odds, and per other
/// scenario what it assumed, where it moves the medians most and how it moves the
/// probabilities of meeting the targets. Plain text (renderers escape it).
public enum ComparisonSummary {
    /// Median changes below 0.05 % and probability changes below half a point count as none.
    static let levelFloor = 0.0005, probabilityFloor = 0.005

    /// The line under the title: the shared random numbers and when the comparison was made.
    static func subtitle(_ docs: [ReportDocument], language l: Language) -> String {
        guard let p = docs.first?.provenance else { return "" }
        return l == .zh
            ? "同一组随机数（种子 \(p.seed)，\(NumberFormat.chineseCount(p.paths))条路径）· \(NumberFormat.beijingTime(p.created, zh: true))"
            : "Same random numbers (seed \(p.seed), \(NumberFormat.grouped(p.paths)) paths) · \(NumberFormat.beijingTime(p.created, zh: false))"
    }

    /// The note under the medians table.
    static func tableNote(_ l: Language) -> String {
        l == .zh
            ? "差值、差值%：各情景减参照情景（同一组随机数）；差值为表中所列数字之差，差值%按未取整的数值计算；每一年的数值见随附数据文件（技术附录）。"
            : "Δ, Δ%: each scenario minus the reference (same random numbers); Δ is the difference of the figures as printed, Δ% is from the unrounded values; every year is in the accompanying data files (technical annex)."
    }

    public static func paragraphs(_ docs: [ReportDocument], language l: Language) -> [String] {
        guard let ref = docs.first else { return [] }
        let zh = l == .zh
        func name(_ id: String) -> String { ref.indicator(id)?.name(l) ?? id }
        func probability(_ d: ReportDocument, _ id: String) -> Double? {
            d.targets.first { $0.indicator == id }?.probability
        }
        let paths = NumberFormat.count(ref.provenance.paths, zh: l == .zh)
        var out: [String] = []
        let others = docs.dropFirst().map { zh ? "“\($0.scenarioName(l))”" : $0.scenarioName(l) }.joined(
            separator: zh ? "、" : ", ")
        var headline =
            zh
            ? "结论：以“\(ref.scenarioName(l))”为参照，比较\(others)（同一组随机数，种子\(ref.provenance.seed)，每个情景\(paths)条路径），差异只来自情景假设，不是抽样误差。"
            : "Bottom line: \(others) set against \(ref.scenarioName(l)) (the same random numbers, seed \(ref.provenance.seed), \(paths) paths each), so every difference comes from the assumptions of the scenarios, not from sampling."
        let finite = ref.targets.filter { $0.probability.isFinite }
        if let low = finite.min(by: { $0.probability < $1.probability }),
            let high = finite.max(by: { $0.probability < $1.probability })
        {
            headline +=
                zh
                ? "参照情景下\(ref.targets.count)项目标的达标概率从\(NumberFormat.probability(low.probability))（\(name(low.indicator))）到\(NumberFormat.probability(high.probability))（\(name(high.indicator))）。"
                : " Under the reference the probabilities of meeting the \(ref.targets.count) targets run from \(NumberFormat.probability(low.probability)) (\(name(low.indicator))) to \(NumberFormat.probability(high.probability)) (\(name(high.indicator)))."
        }
        out.append(headline)
        let assumed = { (d: ReportDocument) -> [String] in
            d.assumptions.prefix(6).map {
                WhatIfSection.plain(AssumptionWords.describe($0.text, in: d, language: l, plain: true), l)
            }
        }
        func assumes(_ d: ReportDocument) -> String {
            let words = assumed(d)
            guard !words.isEmpty else { return "" }
            return zh
                ? "假设" + words.joined(separator: "；") + (d.assumptions.count > 6 ? "等\(d.assumptions.count)项" : "")
                    + "。"
                : "assumes " + words.joined(separator: "; ")
                    + (d.assumptions.count > 6 ? " and \(d.assumptions.count - 6) more" : "") + "."
        }
        if !ref.assumptions.isEmpty {
            out.append((zh ? "参照情景“\(ref.scenarioName(l))”" : "The reference \(ref.scenarioName(l)) ") + assumes(ref))
        }

        let rows = ComparisonReport.rows(docs, allYears: true)
        for (k, d) in docs.enumerated().dropFirst() {
            var text = (zh ? "“\(d.scenarioName(l))”：" : "\(d.scenarioName(l)): ") + assumes(d)
            let words = assumed(d)
            // The largest change of each indicator's median over all years, the three largest.
            var seen = Set<String>()
            let effects = rows.map { ($0.indicator, $0.year, $0.percentDifferences[k - 1]) }.filter {
                $0.2.isFinite && abs($0.2) >= levelFloor
            }
            .sorted { abs($0.2) > abs($1.2) }.filter { seen.insert($0.0).inserted }.prefix(3)
            if effects.isEmpty {
                text +=
                    zh
                    ? "各指标中位数与参照相比变化均不到0.05%。"
                    : (words.isEmpty ? "" : " ") + "No median moves by 0.05% or more against the reference."
            } else {
                let items = effects.map {
                    zh
                        ? "\(name($0.0))\($0.1)年\(NumberFormat.signedPercent($0.2))"
                        : "\(name($0.0)) \(NumberFormat.signedPercent($0.2)) in \($0.1)"
                }
                text +=
                    zh
                    ? "对中位数影响最大的是" + items.joined(separator: "、") + "。"
                    : (words.isEmpty ? "" : " ") + "Its largest effects on the medians: "
                        + items.joined(separator: ", ") + "."
            }
            // Changes in whole points from the displayed figures (16% → 32% is +16), so the
            // text agrees with the table beside it.
            // A target on the plan's own path moves by construction: no finding (page one alike).
            let moves = ref.targets.compactMap { t -> (String, Double, Double)? in
                guard ref.evidence(of: t) != "plan",
                    d.targets.first(where: { $0.indicator == t.indicator }).map({ d.evidence(of: $0) != "plan" })
                        ?? true,
                    let p = probability(d, t.indicator), let change = ChartSpec.pointChange(from: t.probability, to: p),
                    change != 0
                else { return nil }
                return (t.indicator, t.probability, p)
            }.sorted {
                abs(ChartSpec.pointChange(from: $0.1, to: $0.2) ?? 0)
                    > abs(ChartSpec.pointChange(from: $1.1, to: $1.2) ?? 0)
            }
            // Whether the medians still differ in each target's own year.
            let lasting = ref.targets.contains { t in
                rows.contains {
                    $0.indicator == t.indicator && $0.year == t.targetYear
                        && abs($0.percentDifferences[k - 1]) >= levelFloor
                }
            }
            if moves.isEmpty {
                text +=
                    zh
                    ? "各目标的达标概率均不变（按整数百分比）" + (!effects.isEmpty && !lasting ? "：冲击是一次性的，模型假定此后完全恢复，到目标年份影响已经消退。" : "。")
                    : " No probability of meeting a target changes (in whole per cent)"
                        + (!effects.isEmpty && !lasting
                            ? ": the shocks are one-off and the model assumes full recovery, so the effects fade before the target years."
                            : ".")
            } else {
                let items = moves.prefix(3).map {
                    "\(name($0.0))\(zh ? "" : " ")\(NumberFormat.probability($0.1))→\(NumberFormat.probability($0.2))（\(ChartSpec.pointChangeText(from: $0.1, to: $0.2, language: l))）"
                        .replacingOccurrences(of: "（", with: zh ? "（" : " (").replacingOccurrences(
                            of: "）", with: zh ? "）" : ")")
                }
                text +=
                    zh
                    ? "达标概率变化最大的是" + items.joined(separator: "、") + "（共\(moves.count)项目标有变化）。"
                    : " The probabilities that move most: " + items.joined(separator: ", ")
                        + " (\(moves.count) of \(ref.targets.count) targets move)."
            }
            out.append(text)
        }
        if let sum = ref.targets.first(where: { $0.kind == "period_sum" }) {
            out.append(
                zh
                    ? "\(name(sum.indicator))的目标是期间累计值，表和图中为各年当年值；差值和百分比差异均为各情景减参照情景。"
                    : "The target for \(name(sum.indicator)) is a period sum; tables and charts show yearly amounts. Differences are each scenario minus the reference."
            )
        }
        return out
    }
}
