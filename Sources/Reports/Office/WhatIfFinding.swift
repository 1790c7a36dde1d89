import Foundation
public import PlanData

/// A what-if's finding in one sentence, for the top of page one: how large its shocks are
/// (size, indicator, year, in plain words), whether the scenario changes any target's odds
/// against the baseline (same random numbers), and why — one-off shocks that have faded by
/// the target year (the model assumes full recovery: an assumption, not actual data), or the
/// largest change in points computed from the displayed figures.
public enum WhatIfFinding {
    public static func sentence(_ d: ReportDocument, language l: Language) -> String? {
        guard let b = d.baseline else { return nil }
        let zh = l == .zh
        let moves = d.targets.compactMap { t -> (ReportDocument.Target, Int)? in
            // A target on the plan's own path (≈ 50 % by construction) is no finding.
            guard d.evidence(of: t) != "plan", let p0 = b.probability(of: t),
                let change = ChartSpec.pointChange(from: p0, to: t.probability), change != 0
            else { return nil }
            return (t, change)
        }.sorted { abs($0.1) > abs($1.1) }
        let year = d.targets.map(\.targetYear).max() ?? 2025
        let baselineName = zh ? "基准情景" : "the baseline"
        let shocks = shockWords(d, language: l)
        guard let top = moves.first else {
            let oneOff = !BriefingSummary.oneOffReason(d, language: l).isEmpty
            if oneOff, let shocks {
                return zh
                    ? "本情景假定\(shocks)，均为一次性冲击；模型假定此后完全恢复（属假定，非实际数据），到\(year)年影响已消退，各项目标的判断不变。"
                    : "The scenario assumes one-off shocks: \(shocks). The model assumes full recovery afterwards (an assumption, not actual data), so by \(year) they have faded and no target's odds change."
            }
            return (shocks.map { zh ? "本情景假定\($0)。" : "The scenario assumes \($0). " } ?? "")
                + (zh
                    ? "与\(baselineName)相比，本情景不改变任何一项\(year)年目标的判断"
                        + (oneOff ? "：冲击是一次性的，模型假定此后完全恢复，到\(year)年影响已消退。" : "。")
                    : "Against \(baselineName) this scenario changes no \(year) target"
                        + (oneOff
                            ? ": the shocks are one-off and the model assumes full recovery, so they have faded by \(year)."
                            : "."))
        }
        let name = d.indicator(top.0.indicator)?.name(l) ?? top.0.indicator
        let p0 = b.probability(of: top.0) ?? .nan
        return (shocks.map { zh ? "本情景假定\($0)。" : "The scenario assumes \($0). " } ?? "")
            + (zh
                ? "与\(baselineName)相比，本情景影响最大的是\(name)：达标概率由\(NumberFormat.probability(p0))变为\(NumberFormat.probability(top.0.probability))（\(ChartSpec.pointChangeText(from: p0, to: top.0.probability, language: l))）；共\(moves.count)项目标的概率有变化。"
                : "Against \(baselineName) the largest change is to \(name): its probability moves from \(NumberFormat.probability(p0)) to \(NumberFormat.probability(top.0.probability)) (\(ChartSpec.pointChangeText(from: p0, to: top.0.probability, language: l))); \(moves.count) target\(moves.count == 1 ? "'s" : "s'") odds change.")
    }

    /// The scenario's shocks as a leader reads them, grouped by year:
    /// `2022年社会消费品零售总额下降15%、新增就业人口减少400人` (en: `in 2022 retail sales −15%,
    /// new employment −400 persons`); a lasting change reads `自2022年起…`. Nil without shocks.
    static func shockWords(_ d: ReportDocument, language l: Language) -> String? {
        let zh = l == .zh
        var groups: [(when: String, items: [String])] = []
        for a in d.assumptions {
            let w =
                a.text.split(separator: "#", maxSplits: 1).first.map { $0.split(separator: " ").map(String.init) } ?? []
            guard w.count >= 5, w[0] == "shock", ["in", "from"].contains(w[w.count - 2]), let ind = d.indicator(w[1])
            else { continue }
            let year = w[w.count - 1], lasting = w[w.count - 2] == "from"
            let amount = w[2..<(w.count - 2)].filter { $0 != ind.unitZH && $0 != ind.unitEN }.joined()
            let percent = amount.hasSuffix("%")
            guard let value = Double(percent ? String(amount.dropLast()) : amount), value != 0 else { continue }
            let size = NumberFormat.value(abs(value)) + (percent ? "%" : (zh ? ind.unitZH : " " + ind.unitEN))
            var item =
                zh
                ? ind.nameZH + (value < 0 ? (percent ? "下降" : "减少") : (percent ? "增长" : "增加")) + size
                : "\(ind.nameEN) \(value < 0 ? "−" : "+")\(size)"
            // An absolute shock the linked model carries further says the table's figure too
            // (新增就业人口减少400人（连同联动共约500人）), so page one and the table agree.
            if !percent, !lasting, let e = ShockEffect.split(a.text, in: d), e.knock != 0 {
                let all = NumberFormat.fixed(abs(e.total), decimals: e.digits) + (zh ? ind.unitZH : " " + ind.unitEN)
                item += zh ? "（连同联动共约\(all)）" : " (about \(all) with the knock-on)"
            }
            let when = zh ? (lasting ? "自\(year)年起" : "\(year)年") : (lasting ? "from \(year) on" : "in \(year)")
            if let k = groups.firstIndex(where: { $0.when == when }) {
                groups[k].items.append(item)
            } else {
                groups.append((when, [item]))
            }
        }
        guard !groups.isEmpty else { return nil }
        return groups.map { g in
            zh ? g.when + g.items.joined(separator: "、") : g.when + " " + g.items.joined(separator: ", ")
        }.joined(separator: zh ? "，" : "; ")
    }
}
