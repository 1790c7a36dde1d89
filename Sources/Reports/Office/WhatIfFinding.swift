import Foundation
public import PlanData

/// A what-if's finding in one sentence, for the top of page one: whether the scenario
/// changes any target's odds against the baseline (same random numbers), and why —
/// one-off shocks that have faded by the target year (the model assumes full recovery),
/// or the largest change in points computed from the displayed figures.
public enum WhatIfFinding {
    public static func sentence(_ d: ReportDocument, language l: Language) -> String? {
        guard let b = d.baseline else { return nil }
        let zh = l == .zh
        let moves = d.targets.compactMap { t -> (ReportDocument.Target, Int)? in
            // A target on the plan's own path (≈ 50 % by construction) is no finding.
            guard d.evidence(of: t) != "plan", let p0 = b.probabilities[t.indicator],
                let change = ChartSpec.pointChange(from: p0, to: t.probability), change != 0
            else { return nil }
            return (t, change)
        }.sorted { abs($0.1) > abs($1.1) }
        let year = d.targets.map(\.targetYear).max() ?? 2025
        let baselineName = zh ? "基准情景" : "the baseline"
        guard let top = moves.first else {
            let oneOff = !BriefingSummary.oneOffReason(d, language: l).isEmpty
            return zh
                ? "与\(baselineName)相比，本情景不改变任何一项\(year)年目标的判断" + (oneOff ? "：冲击是一次性的，模型假定此后完全恢复，到\(year)年影响已消退。" : "。")
                : "Against \(baselineName) this scenario changes no \(year) target"
                    + (oneOff
                        ? ": the shocks are one-off and the model assumes full recovery, so they have faded by \(year)."
                        : ".")
        }
        let name = d.indicator(top.0.indicator)?.name(l) ?? top.0.indicator
        let p0 = b.probabilities[top.0.indicator] ?? .nan
        return zh
            ? "与\(baselineName)相比，本情景影响最大的是\(name)：达标概率由\(NumberFormat.probability(p0))变为\(NumberFormat.probability(top.0.probability))（\(ChartSpec.pointChangeText(from: p0, to: top.0.probability, language: l))）；共\(moves.count)项目标的概率有变化。"
            : "Against \(baselineName) the largest change is to \(name): its probability moves from \(NumberFormat.probability(p0)) to \(NumberFormat.probability(top.0.probability)) (\(ChartSpec.pointChangeText(from: p0, to: top.0.probability, language: l))); \(moves.count) target\(moves.count == 1 ? "'s" : "s'") odds change."
    }
}
