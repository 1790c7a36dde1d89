import Foundation
public import PlanData

extension LeaderPage {
    /// Page one of a run's briefing (baseline or what-if), from the document alone.
    ///
    /// Each target's reason is the model's: the growth it needs against the growth the
    /// model forecasts and what that forecast rests on (the 2016–2020 trend, the experience
    /// of comparable places, the plan's own path), or the scenario's shock. Levers come
    /// from the inversions, then one line for every other target at risk.
    public init(run d: ReportDocument, language l: Language) {
        let zh = l == .zh
        func name(_ id: String) -> String { d.indicator(id)?.name(l) ?? id }
        var groups: [ChartSpec.Risk: [Item]] = [:]
        for t in d.targets {
            // A target whose year has passed is judged on its actual: status and completion, no odds.
            if t.hasEnded {
                groups[.ended, default: []].append(
                    Item(name: name(t.indicator), figure: ChartSpec.endedStatus(t, language: l), reason: ""))
                continue
            }
            let risk = ChartSpec.risk(t.probability, plan: d.evidence(of: t) == "plan")
            let figure =
                risk == .plan
                ? (zh ? "约50%，非预测" : "about 50%, not a forecast")
                : (zh ? "达标概率" : "probability ") + NumberFormat.probability(t.probability)
                    + PriorSetRange.words(t, language: l)
            groups[risk, default: []].append(
                Item(name: name(t.indicator), figure: figure, reason: Self.reason(t, in: d, language: l)))
        }
        let order: [ChartSpec.Risk] = [.ended, .likely, .uncertain, .difficult, .plan]
        let judgement =
            Self.judgement(d, groups: groups, language: l)
            + [PriorSetRange.investmentSentence(d, language: l)].compactMap { $0 }
        self.init(
            language: l, title: d.title(l), subtitle: Self.subtitle(d, language: l), judgement: judgement,
            groups: order.compactMap { r in groups[r].map { (r, $0) } }, levers: Self.levers(d, language: l),
            cautions: UnitCaution.cautions(d, language: l), dataEnd: Self.dataEnd(d),
            reportDate: OfficialForm.date(d.provenance.created, language: l))
        notice = Self.periodNotice(d, language: l)
    }

    /// When the report is dated after the plan period's last target year and no target has
    /// been judged on actuals (no `run --data`): the period has ended, its targets are judged
    /// on the actual figures (the end-of-period evaluation), and this forecast from older data
    /// is a retrospective estimate. `nil` while the period runs or once actuals are given.
    static func periodNotice(_ d: ReportDocument, language l: Language) -> String? {
        guard let last = d.targets.map(\.targetYear).max(), let first = d.targets.map({ $0.baseYear + 1 }).min(),
            !d.targets.contains(where: \.hasEnded),
            let reportYear = Int(OfficialForm.date(d.provenance.created, language: .zh).prefix(4)), reportYear > last
        else { return nil }
        let end = dataEnd(d).map(String.init) ?? String(first - 1)
        return l == .zh
            ? "提示：规划期（\(first)—\(last)年）已于\(last)年结束，各项目标应以实际数据评估（见规划实施总结评估）；本报告依据截至\(end)年的数据测算，对\(last)年的结果属回顾性估计，仅供对照参考。"
            : "Note: the plan period (\(first)–\(last)) ended in \(last); its targets are to be judged on the actual figures (see the end-of-period evaluation). This report works from data to \(end), so its figures for \(last) are a retrospective estimate, for comparison only."
    }

    /// `情景：疫情冲击情景` — the scenario by its title, never its code name.
    static func subtitle(_ d: ReportDocument, language l: Language) -> String {
        l == .zh ? "情景：\(d.scenarioName(l))" : "Scenario: \(d.scenarioName(l))"
    }

    /// The last year of measured or printed history (reconstructed years count: they are
    /// the plan's own figures).
    static func dataEnd(_ d: ReportDocument) -> Int? {
        d.indicators.flatMap { $0.history.map(\.year) }.max()
    }

    /// 一、总体判断: how many targets fall in each group, the what-if's finding first.
    static func judgement(_ d: ReportDocument, groups: [ChartSpec.Risk: [Item]], language l: Language) -> [String] {
        let zh = l == .zh
        let n = { (r: ChartSpec.Risk) in groups[r]?.count ?? 0 }
        var out: [String] = []
        if let finding = WhatIfFinding.sentence(d, language: l) { out.append(finding) }
        let ended = d.targets.filter(\.hasEnded), open = d.targets.filter { !$0.hasEnded }
        if !ended.isEmpty {
            // By status, in the order the statuses first appear: 完成4项、未完成5项.
            var counts: [(String, Int)] = []
            for t in ended {
                let word = t.status.flatMap(TargetEvaluation.Status.init(rawValue:))?.text(l) ?? (zh ? "已结束" : "ended")
                if let k = counts.firstIndex(where: { $0.0 == word }) {
                    counts[k].1 += 1
                } else {
                    counts.append((word, 1))
                }
            }
            let list = counts.map { zh ? "\($0.0)\($0.1)项" : "\($0.1) \($0.0)" }.joined(separator: zh ? "、" : ", ")
            out.append(
                zh
                    ? "规划\(d.targets.count)项主要目标中，\(ended.count)项目标年已过，按实际值评估：\(list)。"
                    : "Of the plan's \(d.targets.count) main targets, \(ended.count) have passed their year and are judged on the actuals: \(list)."
            )
            if open.isEmpty { return out }
        }
        let forecastable = open.count - n(.plan)
        var s =
            ended.isEmpty
            ? (zh
                ? "规划\(d.targets.count)项主要目标中，按现有走势测算："
                : "Of the plan's \(d.targets.count) main targets, on present trends: ")
            : (zh ? "其余\(open.count)项按现有走势测算：" : "Of the other \(open.count), on present trends: ")
        var parts: [String] = []
        for r in [ChartSpec.Risk.likely, .uncertain, .difficult] where n(r) > 0 {
            parts.append(zh ? "\(r.word(l))\(n(r))项" : "\(n(r)) \(r.word(l).lowercased())")
        }
        if parts.isEmpty { parts.append(zh ? "均无法作出概率判断" : "none can be judged") }
        s += parts.joined(separator: zh ? "，" : ", ") + (zh ? "。" : ".")
        if n(.plan) > 0 {
            s +=
                zh
                ? "另有\(n(.plan))项按规划路径测算，不作判断。"
                : (n(.plan) == 1
                    ? " 1 more follows the plan's own path and is not judged."
                    : " \(n(.plan)) more follow the plan's own path and are not judged.")
        }
        out.append(s)
        let priors = open.filter { d.evidence(of: $0) == "prior" }.count
        if priors > 0, let firstYear = open.map({ $0.baseYear + 1 }).min() {
            // Also what would narrow it: the actuals since the first plan year (once here, not
            // again under 三、, so page one keeps to one page).
            out.append(
                zh
                    ? "其中\(priors)项历史数据不足，判断主要依据同类地区的经验增速，补充\(firstYear)年以来的实际数据即可明显收窄判断范围。"
                    : "For \(priors) of them the history is too short, so the judgement rests on the growth of comparable places; actual data from \(firstYear) on would narrow it markedly."
            )
        }
        if let hardest = open.filter({ d.evidence(of: $0) != "plan" && $0.probability < BriefingSummary.atRisk }).min(
            by: { $0.probability < $1.probability })
        {
            let nm = d.indicator(hardest.indicator)?.name(l) ?? hardest.indicator
            out.append(
                zh
                    ? "差距最大的是\(nm)，需年均增长\(NumberFormat.rate(ChartSpec.neededGrowth(hardest)))，按现有走势仅约\(NumberFormat.rate(hardest.simulatedGrowth))。"
                    : "The widest gap is \(nm): it needs \(NumberFormat.rate(ChartSpec.neededGrowth(hardest))) a year, present trends give about \(NumberFormat.rate(hardest.simulatedGrowth))."
            )
        } else if forecastable > 0 && n(.difficult) == 0 {
            out.append(zh ? "没有一项目标完成难度较大。" : "No target is hard to meet.")
        }
        return out
    }

    /// One reason per target from the model.
    static func reason(_ t: ReportDocument.Target, in d: ReportDocument, language l: Language) -> String {
        let zh = l == .zh
        if d.evidence(of: t) == "plan" {
            return zh ? "缺少可用于预测的历史数据，模型假定按规划路径实现" : "no history to forecast from; the model assumes the plan's path"
        }
        if t.hasEnded { return zh ? "目标年已有实际数据" : "the target year has actual data" }
        let need = NumberFormat.rate(ChartSpec.neededGrowth(t)), have = NumberFormat.rate(t.simulatedGrowth)
        // en: "expected 3.9%", short
        let basis = d.evidence(of: t) == "data" ? (zh ? "按实际走势" : "on the measured trend") : (zh ? "预计" : "expected")
        return zh ? "需年均增长\(need)，\(basis)约\(have)" : "needs \(need) a year, \(basis) \(have)"
    }

    /// 三、可调控因素: the inversions in words, then every other target at risk. For a period
    /// that has ended by the report's date each line says what it would have taken
    /// (若要达标，…当时需…), never an instruction; a future period's lever stays as it is.
    static func levers(_ d: ReportDocument, language l: Language) -> [String] {
        let zh = l == .zh
        var out: [String] = []
        // Investment itself: the table's one needed-growth figure, not an inversion's.
        // A target whose year has passed has no lever left: only open targets appear here.
        if let t = d.targets.first(where: { $0.indicator == "fixed_investment" && !$0.hasEnded }),
            t.requiredGrowth.isFinite
        {
            let nm = d.indicator(t.indicator)?.name(l) ?? t.indicator
            if InversionSentences.isPast(t.targetYear, in: d) {
                // The period has ended: what it would have taken, never an instruction (the
                // notice above page one says the actuals decide; not repeated, page one keeps to one page).
                out.append(
                    zh
                        ? "\(nm)：若要达标，\(OfficialForm.years(t.baseYear + 1, t.targetYear, language: l))年投资当时需年均增长\(NumberFormat.rate(ChartSpec.neededGrowth(t)))。"
                        : "\(nm): meeting it would have taken \(NumberFormat.rate(ChartSpec.neededGrowth(t))) a year over \(t.baseYear + 1)–\(t.targetYear)."
                )
            } else {
                let levels = ownerLevels(d)
                out.append(
                    zh
                        ? "\(nm)：\(OfficialForm.years(t.baseYear + 1, t.targetYear, language: l))年需年均增长\(NumberFormat.rate(ChartSpec.neededGrowth(t)))；\(levels.own)可通过项目储备、招商引资和要素保障加以推动，但投资规模主要由\(levels.above)安排和市场主体决定。"
                        : "\(nm): needs \(NumberFormat.rate(ChartSpec.neededGrowth(t))) a year over \(t.baseYear + 1)–\(t.targetYear); the office can push it through project preparation, investment promotion and services, but the \(levels.aboveEN) and investors decide the amount."
                )
            }
        }
        // Other targets' inversions, one sentence each (the lowest probability asked); in Chinese
        // without the period the investment line above has just named (each keeps to one line).
        let period = d.targets.first { $0.indicator == "fixed_investment" && !$0.hasEnded }.map {
            "，" + OfficialForm.years($0.baseYear + 1, $0.targetYear, language: l) + "年投资"
        }
        var seen = Set<String>()
        for v in d.inversions.sorted(by: { $0.probability < $1.probability })
        where v.indicator != "fixed_investment" && seen.insert(v.indicator).inserted {
            let sentence = InversionSentences.sentence(v, in: d, language: l)
            out.append(
                zh && !out.isEmpty
                    ? period.map { sentence.replacingOccurrences(of: $0, with: "，投资") } ?? sentence : sentence)
        }
        // Targets resting on comparable places: 一、 says what would narrow them, once.
        let inverted = Set(d.inversions.map(\.indicator)).union(["fixed_investment"])
        // Those the present trend already reaches are named together in one line (page one
        // keeps to one page); each of the others says how growth must move.
        var onTrend: [String] = []
        for t in d.targets
        where !t.hasEnded && d.evidence(of: t) == "data" && t.probability < BriefingSummary.likely
            && !inverted.contains(t.indicator)
        {
            // An indicator with two targets (2030 and its 2035 vision) is named with the year.
            var nm = d.indicator(t.indicator)?.name(l) ?? t.indicator
            if d.targets.filter({ $0.indicator == t.indicator }).count > 1 {
                nm += zh ? "（\(t.targetYear)年）" : " (\(t.targetYear))"
            }
            let past = InversionSentences.isPast(t.targetYear, in: d)
            if t.probability >= 0.5 && !past {
                onTrend.append(nm)
            } else {
                out.append(growthLever(t, name: nm, past: past, language: l))
            }
        }
        if !onTrend.isEmpty {
            out.append(
                zh
                    ? "按现有走势可达到、需保持的有：" + onTrend.joined(separator: "、") + "（预计增速已达到所需增速，把握见二、）。"
                    : "Reached on the present trend, to be kept up: " + onTrend.joined(separator: ", ")
                        + " (the expected growth already does what each needs; odds in 2.).")
        }
        // Every other target at risk rests on comparable places, not on investment: the model has
        // no lever for it, said once (review s6 P2-2, s7 P2-2).
        let covered = inverted.union(d.targets.filter { d.evidence(of: $0) == "data" }.map(\.indicator))
        let rest = d.targets.filter {
            !$0.hasEnded && d.evidence(of: $0) != "plan" && $0.probability < BriefingSummary.likely
                && !covered.contains($0.indicator)
        }
        if !rest.isEmpty {
            out.append(
                zh
                    ? "其余\(rest.count)项有风险的目标（见二、）在模型中不受投资带动，没有可测算的调控手段。"
                    : rest.count == 1
                        ? "The model has no lever for the other target at risk (see 2.): it does not move with investment."
                        : "The model has no lever for the other \(rest.count) targets at risk (see 2.): they do not move with investment."
            )
        }
        return out
    }

    /// One target's growth lever. The forecast's median meets the target exactly when its
    /// odds are at least even, and then its growth already does what the target needs (a
    /// floor: at least the needed growth; a ceiling: at most): the line says the trend holds
    /// ("按现有走势可达到，需保持"), never "raise growth from 6.3% to 5.5%". Otherwise growth
    /// must move from the forecast's towards the needed: raised for a floor, lowered for a
    /// ceiling, the verb following the two figures.
    static func growthLever(_ t: ReportDocument.Target, name nm: String, past: Bool, language l: Language) -> String {
        let zh = l == .zh
        let have = NumberFormat.rate(t.simulatedGrowth), need = NumberFormat.rate(ChartSpec.neededGrowth(t))
        if t.probability >= 0.5 {
            return past
                ? (zh
                    ? "\(nm)：按当时走势（年均约\(have)，需\(need)）可达到，以实际数据为准。"
                    : "\(nm): the trend of the time (about \(have) a year, \(need) needed) reaches it; the actuals decide.")
                : (zh
                    ? "\(nm)：按现有走势可达到（预计年均约\(have)，需\(need)），需保持。"
                    : "\(nm): reached on the present trend (about \(have) a year expected, \(need) needed); keep it up.")
        }
        if have == need, !past {
            // Equal at the printed precision (a floor held at its level, 耕地 0.0% against 0.0%):
            // no "from 0.0% to 0.0%", the odds below even said instead.
            return zh
                ? "\(nm)：预计增速与所需增速均约\(need)，达标把握不足五成，需防止下滑。"
                : "\(nm): expected and needed growth are both about \(need) a year, odds below even; guard against a fall."
        }
        let raise = ChartSpec.neededGrowth(t) > t.simulatedGrowth
        let verb = zh ? (raise ? "提高到" : "降低到") : (raise ? "lifting" : "lowering")
        return past
            ? (zh
                ? "\(nm)：若要达标，年均增速当时需从约\(have)\(verb)\(need)。"
                : "\(nm): meeting it would have taken \(verb) yearly growth from about \(have) to \(need).")
            : (zh
                ? "\(nm)：取决于能否把年均增速从约\(have)\(verb)\(need)，需有新增项目或政策支撑。"
                : "\(nm): depends on \(verb) yearly growth from about \(have) to \(need); it needs new projects or policy.")
    }

    /// The plan owner's level as its Chinese title names it (箬溪镇… → 镇; Haibin, whose
    /// document keeps no title, 街道) and the level above it that arranges investment.
    static func ownerLevels(_ d: ReportDocument) -> (own: String, above: String, aboveEN: String) {
        let issuer = EvaluationWords.issuer("", title: d.planTitleZH ?? "海滨街道")
        let levels = [
            ("街道", "区级", "district"), ("镇", "县（区）级", "county"), ("乡", "县（区）级", "county"),
            ("区", "市级", "city"), ("县", "市级", "city"), ("市", "省级", "province"),
        ]
        let found = levels.first { issuer.hasSuffix($0.0) } ?? levels[0]
        return (found.0, found.1, found.2)
    }
}
