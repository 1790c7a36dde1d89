public import PlanData

extension LeaderPage {
    /// Page one of a comparison: per scenario what differs from the reference in plain words
    /// (its assumptions by their centre beside the reference's, ``ReferenceSetting``:
    /// `规划期投资年均增速约29%（“基准情景”按规划路径，年均28.2%）`; the settings go to the
    /// 技术附录), what that changes for the targets, and every median it lowers or raises
    /// markedly by the horizon — so a spill-over that "lifts" one indicator but lowers
    /// another says so. A target on the plan's own path is never the headline (its ≈ 50 %
    /// is by construction). With two scenarios, 二、分项 lists each target's odds under both.
    /// Changes of probability are whole points from the displayed figures (``ChartSpec``).
    /// 提请注意 gives the cautions on doubtful units, as every page one does (``UnitCaution``).
    public init(compare docs: [ReportDocument], language l: Language) {
        let zh = l == .zh
        guard let ref = docs.first else {
            self.init(
                language: l, title: zh ? "情景比较" : "Scenario comparison", subtitle: nil, judgement: [], groups: [],
                levers: [], dataEnd: nil, reportDate: "")
            return
        }
        func name(_ id: String) -> String { ref.indicator(id)?.name(l) ?? id }
        let refName = ref.scenarioName(l)
        var judgement: [String] = []
        var cautions: [String] = []
        var groups: [(ChartSpec.Risk, [Item])] = []
        for d in docs.dropFirst() {
            let title = zh ? "“\(d.scenarioName(l))”" : d.scenarioName(l)
            // What differs, in plain words; the settings (均值、标准差…) are in the 技术附录.
            // Each beside what the reference assumes for it, so "约29%" means something.
            let words = d.assumptions.prefix(4).map { a in
                let own = WhatIfSection.plain(AssumptionWords.describe(a.text, in: d, language: l, plain: true), l)
                guard let before = ReferenceSetting.words(for: a.text, reference: ref, language: l) else { return own }
                return own + (zh ? "（“\(refName)”\(before)）" : " (\(refName): \(before))")
            }
            if !words.isEmpty {
                judgement.append(
                    zh
                        ? "\(title)与“\(refName)”的区别在于假定：" + words.joined(separator: "；") + "。"
                        : "\(title) differs from \(refName) in assuming " + words.joined(separator: "; ") + ".")
            }
            // What it changes for the targets. A target whose odds come from the plan's own
            // path (依据 规划路径, about 50 % by construction) is no finding: never a headline.
            let onPlanPath = { (id: String) in
                ref.targets.contains { $0.indicator == id && ref.evidence(of: $0) == "plan" }
                    || d.targets.contains { $0.indicator == id && d.evidence(of: $0) == "plan" }
            }
            let moves = ref.targets.compactMap { t -> (String, Double, Double, Int)? in
                guard !onPlanPath(t.indicator),
                    let p = d.targets.first(where: { $0.indicator == t.indicator })?.probability,
                    let change = ChartSpec.pointChange(from: t.probability, to: p), change != 0
                else { return nil }
                return (t.indicator, t.probability, p, change)
            }.sorted { abs($0.3) > abs($1.3) }
            if moves.isEmpty {
                let oneOff = !BriefingSummary.oneOffReason(d, language: l).isEmpty
                judgement.append(
                    zh
                        ? "\(title)不改变任何一项预测目标的判断" + (oneOff ? "：冲击是一次性的，模型假定此后完全恢复，到目标年份影响已消退。" : "。")
                        : "\(title) changes no forecast target's odds"
                            + (oneOff
                                ? ": its shocks are one-off and the model assumes full recovery, so they have faded by the target years."
                                : "."))
            } else {
                let items = moves.prefix(3).map { m in
                    zh
                        ? "\(name(m.0))达标概率由\(NumberFormat.probability(m.1))\(m.3 > 0 ? "升至" : "降至")\(NumberFormat.probability(m.2))（\(ChartSpec.pointChangeText(from: m.1, to: m.2, language: l))）"
                        : "\(name(m.0)) from \(NumberFormat.probability(m.1)) to \(NumberFormat.probability(m.2)) (\(ChartSpec.pointChangeText(from: m.1, to: m.2, language: l)))"
                }
                let rest = ref.targets.filter { !onPlanPath($0.indicator) }.count - moves.count
                judgement.append(
                    zh
                        ? "对目标的影响：" + items.joined(separator: "；") + (moves.count > 3 ? "等\(moves.count)项" : "")
                            + (rest > 0 ? "；其余\(rest)项预测目标的达标概率不变。" : "。")
                        : "For the targets: " + items.joined(separator: "; ")
                            + (moves.count > 3 ? " and \(moves.count - 3) more" : "")
                            + (rest > 0 ? "; the other \(rest) forecast targets' odds do not change." : "."))
            }
            // Medians that end markedly higher or lower at the horizon than the reference's:
            // the mechanism in numbers (and a spill-over that lowers one indicator says so).
            var ups: [String] = []
            for ind in ref.indicators where !onPlanPath(ind.id) {
                guard let last = ind.years.last, let other = d.indicator(ind.id)?.years.last, last.p50 != 0 else {
                    continue
                }
                let change = other.p50 / last.p50 - 1
                if change >= 0.01 {
                    ups.append(
                        zh
                            ? "\(ind.name(l))高\(NumberFormat.fixed(change * 100, decimals: 1))%"
                            : "\(ind.name(l)) \(NumberFormat.fixed(change * 100, decimals: 1))% higher")
                } else if change <= -0.01 {
                    cautions.append(
                        zh
                            ? "\(title)下\(ind.name(l))\(last.year)年最可能值比“\(refName)”低\(NumberFormat.fixed(-change * 100, decimals: 1))%，需注意其负面影响。"
                            : "Under \(title), \(ind.name(l)) ends \(NumberFormat.fixed(-change * 100, decimals: 1))% below \(refName) by \(last.year): a cost to weigh."
                    )
                }
            }
            if let horizon = ref.indicators.first?.years.last?.year, !ups.isEmpty {
                judgement.append(
                    zh
                        ? "到\(horizon)年，" + ups.prefix(3).joined(separator: "、") + "（最可能值，与“\(refName)”相比）。"
                        : "By \(horizon), " + ups.prefix(3).joined(separator: ", ")
                            + " (central forecasts, against \(refName)).")
            }
            // 二、分项 for a comparison of two: each target with its odds under both.
            if docs.count == 2 {
                var byRisk: [ChartSpec.Risk: [Item]] = [:]
                for t in d.targets where !t.hasEnded {
                    guard let r = ref.targets.first(where: { $0.indicator == t.indicator }) else { continue }
                    let plan = onPlanPath(t.indicator), risk = ChartSpec.risk(t.probability, plan: plan)
                    let figure =
                        plan
                        ? (zh ? "约50%，非预测" : "about 50%, not a forecast")
                        : (zh
                            ? "达标概率\(NumberFormat.probability(r.probability))→\(NumberFormat.probability(t.probability))"
                            : "probability \(NumberFormat.probability(r.probability)) → \(NumberFormat.probability(t.probability))")
                    byRisk[risk, default: []].append(Item(name: name(t.indicator), figure: figure, reason: ""))
                }
                groups = [ChartSpec.Risk.likely, .uncertain, .difficult, .plan].compactMap { r in
                    byRisk[r].map { (r, $0) }
                }
            }
        }
        let titles = docs.dropFirst().map { zh ? "“\($0.scenarioName(l))”" : $0.scenarioName(l) }
        let subtitle =
            zh
            ? "以“\(refName)”为参照，比较\(titles.joined(separator: "、"))"
            : "\(titles.joined(separator: ", ")) against \(refName)"
        self.init(
            language: l, title: zh ? "情景比较" : "Scenario comparison", subtitle: subtitle, judgement: judgement,
            groups: groups,
            levers: [], cautions: cautions + UnitCaution.cautions(ref, language: l), dataEnd: LeaderPage.dataEnd(ref),
            reportDate: OfficialForm.date(ref.provenance.created, language: l))
        // The reference run's notice: a period that has ended is judged on actuals.
        notice = Self.periodNotice(ref, language: l)
    }
}
