public import PlanData

extension LeaderPage {
    /// Page one of a comparison: per scenario what it changes against the reference and
    /// why (its assumptions in words), and every median it lowers or raises markedly by
    /// the horizon — so a spill-over that "lifts" one indicator but lowers another says so.
    /// Changes of probability are whole points from the displayed figures (``ChartSpec``).
    public init(compare docs: [ReportDocument], language l: Language) {
        let zh = l == .zh
        guard let ref = docs.first else {
            self.init(language: l, title: zh ? "情景比较" : "Scenario comparison", subtitle: nil, judgement: [], groups: [], levers: [], dataEnd: nil, reportDate: "")
            return
        }
        func name(_ id: String) -> String { ref.indicator(id)?.name(l) ?? id }
        let refName = ref.scenarioName(l)
        var judgement: [String] = []
        var levers: [String] = []
        var cautions: [String] = []
        for d in docs.dropFirst() {
            let moves = ref.targets.compactMap { t -> (String, Double, Double, Int)? in
                guard let p = d.targets.first(where: { $0.indicator == t.indicator })?.probability,
                      let change = ChartSpec.pointChange(from: t.probability, to: p), change != 0 else { return nil }
                return (t.indicator, t.probability, p, change)
            }.sorted { abs($0.3) > abs($1.3) }
            let title = zh ? "“\(d.scenarioName(l))”" : d.scenarioName(l)
            if let top = moves.first {
                judgement.append(zh ? "\(title)影响最大的是\(name(top.0))：达标概率由\(NumberFormat.probability(top.1))变为\(NumberFormat.probability(top.2))（\(ChartSpec.pointChangeText(from: top.1, to: top.2, language: l))），共\(moves.count)项目标有变化。"
                                    : "\(title) changes \(name(top.0)) most: its probability moves from \(NumberFormat.probability(top.1)) to \(NumberFormat.probability(top.2)) (\(ChartSpec.pointChangeText(from: top.1, to: top.2, language: l))); \(moves.count) target\(moves.count == 1 ? "" : "s") change.")
            } else {
                let oneOff = !BriefingSummary.oneOffReason(d, language: l).isEmpty
                judgement.append(zh ? "\(title)不改变任何一项目标的判断" + (oneOff ? "：冲击是一次性的，模型假定此后完全恢复，到目标年份影响已消退。" : "。")
                                    : "\(title) changes no target's odds" + (oneOff ? ": its shocks are one-off and the model assumes full recovery, so they have faded by the target years." : "."))
            }
            let words = d.assumptions.prefix(4).map { WhatIfSection.plain(AssumptionWords.describe($0.text, in: d, language: l), l) }
            if !words.isEmpty {
                levers.append(zh ? "\(title)的作用机制：" + words.joined(separator: "；") + "。" : "How \(title) works: " + words.joined(separator: "; ") + ".")
            }
            // Medians that end markedly lower (or higher) at the horizon than the reference's.
            for ind in ref.indicators {
                guard let last = ind.years.last, let other = d.indicator(ind.id)?.years.last, last.p50 != 0 else { continue }
                let change = other.p50 / last.p50 - 1
                if change <= -0.01 {
                    cautions.append(zh ? "\(title)下\(ind.name(l))\(last.year)年最可能值比\(refName)低\(NumberFormat.fixed(-change * 100, decimals: 1))%，需注意其负面影响。"
                                       : "Under \(title), \(ind.name(l)) ends \(NumberFormat.fixed(-change * 100, decimals: 1))% below \(refName) by \(last.year): a cost to weigh.")
                }
            }
        }
        let titles = docs.dropFirst().map { zh ? "“\($0.scenarioName(l))”" : $0.scenarioName(l) }
        let subtitle = zh ? "以“\(refName)”为参照，比较\(titles.joined(separator: "、"))" : "\(titles.joined(separator: ", ")) against \(refName)"
        self.init(language: l, title: zh ? "情景比较" : "Scenario comparison", subtitle: subtitle, judgement: judgement, groups: [],
                  levers: levers, cautions: cautions, dataEnd: LeaderPage.dataEnd(ref),
                  reportDate: OfficialForm.date(ref.provenance.created, language: l))
        // The reference run's notice: a period that has ended is judged on actuals.
        notice = Self.periodNotice(ref, language: l)
    }
}
