import Foundation
public import PlanData

/// The words of the evaluation report, section by section, in one language: the title,
/// 一、总体评价, 三、未完成指标原因分析, 四、存在问题, 五、对下一规划的建议. Every renderer
/// (HTML/PDF, Word, Markdown, Excel) prints these, so the formats cannot disagree.
/// No code names, file names or options here: they belong to the technical annex.
public struct EvaluationWords {
    let d: EvaluationDocument
    let l: Language
    var zh: Bool { l == .zh }

    public init(_ d: EvaluationDocument, _ l: Language) {
        self.d = d
        self.l = l
    }

    /// “十四五” for a plan of 2021–2025 (from the 4th plan, 1966–1970, the n-th began in 1951 + 5n); nil for other periods.
    public static func ordinal(_ period: ClosedRange<Int>?, zh: Bool) -> String? {
        guard let start = period?.lowerBound, start >= 1966, (start - 1951) % 5 == 0 else { return nil }
        let n = (start - 1951) / 5
        guard zh else { return "\(n)th Five-Year Plan" }
        return "“\(ChineseNumber.ordinal(n))五”"
    }

    /// …“十四五”规划主要指标完成情况评估 (中期评估 for a mid-term evaluation).
    public var title: String {
        let issuer = Self.issuer(d.plan)
        if zh {
            let name = Self.ordinal(d.plan?.period, zh: true).map { "\($0)规划" } ?? "规划"
            return issuer + name + (d.midTerm ? "主要指标中期评估" : "主要指标完成情况评估")
        }
        let name = Self.ordinal(d.plan?.period, zh: false) ?? "plan"
        // Whose plan: the plan's own English title when it states one, else its level (the town's).
        let stated = d.plan.flatMap { $0.statesEnglishTitle ? ": \($0.titleEN)" : nil }
        let owner = stated == nil ? PlanOwner.possessive(issuerZH: issuer) : ""
        return (d.midTerm ? "Mid-term evaluation" : "Evaluation") + " of the main indicators of "
            + (owner.isEmpty ? "the " : owner) + name + (stated ?? "")
    }

    /// Who issued the plan: its `issuer`, else the start of its title up to the plan's name
    /// (青溪镇“十四五”时期… → 青溪镇; 某镇国民经济和社会发展… → 某镇).
    static func issuer(_ plan: PlanInfo?) -> String {
        guard let plan else { return "" }
        return issuer(plan.issuer, title: plan.titleZH)
    }

    /// `issuer` when set, else the start of `title` up to the plan's name.
    static func issuer(_ issuer: String, title: String) -> String {
        if !issuer.isEmpty { return issuer }
        let cut = ["“", "\"", "国民经济", "第十", "十四五", "十五五", "经济社会"].compactMap { title.range(of: $0)?.lowerBound }.min()
        return cut.map { String(title[..<$0]) } ?? ""
    }

    /// The next plan's name: “十五五”.
    var nextPlan: String {
        let next = d.plan.map { ($0.period.lowerBound + 5)...($0.period.upperBound + 5) }
        return Self.ordinal(next, zh: zh) ?? (zh ? "下一规划" : "next plan")
    }

    func name(_ r: EvaluationRow) -> String { r.indicator.name(l) }
    /// The rows' names, each once (an indicator with two targets is named once).
    func list(_ rows: [EvaluationRow]) -> String {
        var seen = Set<String>()
        return rows.map(name).filter { seen.insert($0).inserted }.joined(separator: zh ? "、" : ", ")
    }
    func count(_ n: Int) -> String { zh ? "\(n)项" : "\(n)" }
    func rows(_ statuses: Set<TargetEvaluation.Status>, _ from: [EvaluationRow]) -> [EvaluationRow] {
        from.filter { $0.evaluation?.status.map(statuses.contains) == true }
    }

    /// 一、总体评价: binding targets first, then indicative ones, then what was not judged.
    public var overall: [String] {
        var out: [String] = []
        let binding = d.rows.filter { $0.indicator.attribute == .binding }
        let indicative = d.rows.filter { $0.indicator.attribute == .indicative }
        // Indicators are counted, not targets (an indicator may carry a level and a sum).
        func indicators(_ rows: [EvaluationRow]) -> Int { Set(rows.map(\.indicator.id)).count }
        let period = d.midTerm ? (zh ? "截至\(d.asOf)年" : "As of \(d.asOf)") : (zh ? "规划期末" : "At the end of the period")
        out.append(
            zh
                ? "\(period)，规划所列\(indicators(d.rows))项主要指标中，约束性指标\(indicators(binding))项、预期性指标\(indicators(indicative))项。"
                : "\(period), of the plan's \(indicators(d.rows)) main indicators \(indicators(binding)) are binding and \(indicators(indicative)) indicative."
        )
        for (group, label) in [
            (binding, zh ? "约束性指标" : "Binding indicators"), (indicative, zh ? "预期性指标" : "Indicative indicators"),
        ] where !group.isEmpty {
            out.append(label + (zh ? "：" : ": ") + tally(group) + (zh ? "。" : "."))
        }
        let none = d.rows.filter { $0.evaluation == nil }
        if !none.isEmpty {
            out.append(
                zh
                    ? "尚无实际数据、未予评估的有\(none.count)项：\(list(none))。"
                    : "\(none.count) have no actual figures and are not judged: \(list(none)).")
        }
        if let visions = visionsText { out.append(visions) }
        if !d.skipped.isEmpty {
            let items = d.skipped.map { $0.indicator.name(l) + (zh ? "（\($0.reason.zh)）" : " (\($0.reason.en))") }
            out.append(
                zh
                    ? "另有\(d.skipped.count)项指标有实际数据但不作评估：" + items.joined(separator: "；") + "。"
                    : "\(d.skipped.count) more indicators have actual figures but are not judged: "
                        + items.joined(separator: "; ") + ".")
        }
        // A doubtful printed unit (粮食综合生产能力 0.65吨) flagged on page one, as the run briefing does.
        let cautions = d.rows.compactMap { $0.unitCaution(l) }
        if !cautions.isEmpty {
            out.append(UnitCaution.mark + (zh ? "提请注意：" : "Please note: ") + cautions.joined(separator: zh ? "" : " "))
        }
        return out
    }

    /// The targets beyond the period, by year: "2035年远景目标：地区生产总值80亿元、…，不属本期评估，另行跟踪。"
    var visionsText: String? {
        guard !d.visions.isEmpty else { return nil }
        let years = Array(Set(d.visions.map(\.target.targetYear))).sorted()
        let parts = years.map { y in
            let items = d.visions.filter { $0.target.targetYear == y }.map {
                name($0) + (zh ? "" : " ") + EvaluationTable.targetText($0, l)
                    + ($0.isDecline ? "" : (zh ? $0.indicator.unit(l) : " " + $0.indicator.unit(l)))
            }
            return zh
                ? "\(y)年远景目标\(items.count)项：\(items.joined(separator: "、"))"
                : "\(items.count) \(y) vision target\(items.count == 1 ? "" : "s"): \(items.joined(separator: ", "))"
        }
        return zh
            ? parts.joined(separator: "；") + "，不属本期评估，不计完成度，另行跟踪。"
            : parts.joined(separator: "; ") + "; beyond the plan's period, they are not judged here but tracked later."
    }

    /// "完成4项（其中提前完成1项），基本完成1项，未完成2项" for a group of rows.
    func tally(_ group: [EvaluationRow]) -> String {
        var parts: [String] = []
        if d.midTerm && group.contains(where: { $0.evaluation?.phase == .inProgress }) {
            for s in [TargetEvaluation.Status.ahead, .onSchedule, .behind] {
                let n = rows([s], group).count
                if n > 0 { parts.append(zh ? "\(s.rawValue)\(n)项" : "\(n) \(s.english)") }
            }
        }
        let achieved = rows([.achieved, .achievedEarly], group), early = rows([.achievedEarly], group)
        if !achieved.isEmpty {
            parts.append(
                zh
                    ? "完成\(achieved.count)项" + (early.isEmpty ? "" : "（其中提前完成\(early.count)项）")
                    : "\(achieved.count) achieved" + (early.isEmpty ? "" : " (\(early.count) of them early)"))
        }
        for s in [TargetEvaluation.Status.largelyAchieved, .notAchieved, .incomplete, .toBeJudged] {
            let hit = rows([s], group)
            if !hit.isEmpty {
                parts.append(
                    zh ? "\(s.rawValue)\(hit.count)项（\(list(hit))）" : "\(hit.count) \(s.english) (\(list(hit)))")
            }
        }
        return parts.isEmpty ? (zh ? "尚无可评估的实际值" : "no actuals to judge yet") : parts.joined(separator: zh ? "，" : ", ")
    }

    /// 三、未完成指标原因分析, in groups: （一）未完成指标 (进度滞后指标 at mid-term), 约束性 first,
    /// each with a 【请填写原因】 slot for the office's own reasons; （二）基本完成指标 apart. Each
    /// row split, with numbers, into the part of the gap the target set above the base-year
    /// forecast and the part a shock took below it (``analysis(_:)``).
    public var reasons: [String] {
        let missed = d.rows.filter { $0.evaluation?.status == .notAchieved || $0.evaluation?.status == .behind }
        let ordered =
            missed.filter { $0.indicator.attribute == .binding } + missed.filter { $0.indicator.attribute != .binding }
        let largely = rows([.largelyAchieved], d.rows)
        guard !ordered.isEmpty || !largely.isEmpty else {
            return [zh ? "各项指标均已完成，无未完成指标。" : "Every judged indicator met its target; there is no miss to explain."]
        }
        var out: [String] = []
        var group = 0
        func heading(_ zhText: String, _ enText: String) {
            group += 1
            out.append(zh ? "（\(ChineseNumber.ordinal(group))）\(zhText)" : "(\(group)) \(enText)")
        }
        if !ordered.isEmpty {
            heading(d.midTerm ? "进度滞后指标" : "未完成指标", d.midTerm ? "Indicators behind time" : "Targets not achieved")
            out += ordered.enumerated().map { k, r in
                let attribute = zh ? "（\(r.indicator.attribute.rawValue)）" : " (\(r.indicator.attribute.english))"
                return (zh ? "\(k + 1)．\(name(r))\(attribute)。" : "\(k + 1). \(name(r))\(attribute). ") + analysis(r)
                    + (zh ? "主要原因：【请填写原因】。" : "Main reasons: [to be filled in by the office].")
            }
        }
        if !largely.isEmpty {
            heading("基本完成指标", "Targets largely achieved")
            out += largely.enumerated().map { k, r in
                (zh ? "\(k + 1)．\(name(r))。" : "\(k + 1). \(name(r)). ") + analysis(r)
            }
        }
        return out
    }

    /// One row's numbers: target, actual, completion, and where the gap lies against the
    /// base-year forecast. "目标设定偏高" is never said of a target met nor of a binding one
    /// (a commitment: its numbers only); an actual beyond the forecast's favourable edge is
    /// said to exceed it.
    func analysis(_ r: EvaluationRow) -> String {
        let unit = r.indicator.unit(l), e = r.evaluation!
        // A gap in a percentage is in points.
        let gapUnit = r.indicator.unitZH.hasPrefix("%") ? (zh ? "个百分点" : " points") : (zh ? unit : " " + unit)
        let aim = e.phase == .ended ? r.target.target : r.targetPath(at: e.latestYear)
        let suffix = r.isDecline ? "" : (zh ? unit : " " + unit)
        var aimText = r.value(aim, l) + suffix
        if r.goal != nil || e.phase == .ended {
            // The target as printed, its unit after the number (6.8万人左右, 年均增长6%左右（21.1亿元）).
            let printed = EvaluationTable.targetText(r, l), about = zh ? "左右" : " (about)"
            if r.target.stated != nil && r.goal == nil {
                aimText = printed.replacingOccurrences(
                    of: zh ? "（\(r.value(r.target.target, l))）" : " (\(r.value(r.target.target, l)))",
                    with: zh
                        ? "（\(r.value(r.target.target, l))\(suffix)）" : " (\(r.value(r.target.target, l))\(suffix))")
            } else if r.isDecline || r.goal != nil {
                aimText = printed
            } else {
                aimText =
                    printed.replacingOccurrences(of: about, with: "") + suffix + (r.target.approximate ? about : "")
            }
        }
        let actualText = EvaluationTable.actualText(r, l)
        var s =
            zh
            ? "\(e.phase == .ended ? "目标" : "\(e.latestYear)年应达")\(aimText)，实际\(actualText)\(suffix)，完成度\(EvaluationTable.completionText(r, l))。"
            : "\(e.phase == .ended ? "Target" : "Due by \(e.latestYear)") \(aimText), actual \(actualText)\(suffix), completion \(EvaluationTable.completionText(r, l)). "
        // A binding target is a commitment, often handed down: a miss is not explained away
        // as a target "above the forecast" (the official's review), only its reasons asked for.
        if r.indicator.attribute == .binding {
            return s
                + (zh
                    ? "约束性指标是必须完成的任务，不以基期预测衡量目标高低。"
                    : "A binding target is a commitment; it is not weighed against the base-year forecast. ")
        }
        if r.forecastOnPlanPath {
            return s
                + (zh
                    ? "基期无可用预测（缺少历史数据，按规划路径测算，非预测），不作目标高低判断。"
                    : "The base year had no forecast of it (no history: the plan's own path, not a forecast), so the target is not weighed against one. ")
        }
        guard let f = r.forecast, let split = r.shortfall else {
            return s + (zh ? "无基期预测可作比较。" : "No base-year forecast to compare with. ")
        }
        // A total over the period is named by what it is: 2021—2025年累计, not 2025年 (s8 P2-7).
        let sum = r.target.kind == .periodSum, first = r.target.baseYear + 1
        let whenZH = sum ? "\(first)—\(e.latestYear)年累计" : "\(e.latestYear)年"
        let whenEN = sum ? "the \(first)–\(e.latestYear) total" : "\(e.latestYear)"
        s +=
            zh
            ? "基期预测\(whenZH)中位数\(r.value(f.median, l))\(unit)（八成把握区间\(r.value(f.p10, l))至\(r.value(f.p90, l))\(unit)）。"
            : "The base-year forecast for \(whenEN) had a median of \(r.value(f.median, l)) \(unit) (80 % band \(r.value(f.p10, l))–\(r.value(f.p90, l))). "
        let g = r.difference(split.gap) + gapUnit, a = r.difference(abs(split.ambition)) + gapUnit,
            k = r.difference(abs(split.shock)) + gapUnit
        let band =
            split.belowBand
            ? (zh ? "，且落在预测区间之外，属外部冲击所致。" : ", beyond the forecast's band: a shock.")
            : (zh ? "，仍在预测区间之内，属正常波动。" : ", within the forecast's band: ordinary variation.")
        if split.ambition > 0 && split.shock <= 0 {
            let beyond = r.exceededBand ? (zh ? "，超出基期预测上限" : ", beyond the forecast's band") : ""
            s +=
                zh
                ? "实际比基期预测中位数\(r.target.direction == .ceiling ? "低" : "高出")\(k)\(beyond)，好于预测，但距目标仍差\(g)（目标比中位数高\(a)）。"
                : "The actual came in \(k) better than the forecast's median\(beyond): better than forecast, still \(g) short of the target (which was \(a) above the median)."
        } else if split.ambition > 0 {
            s +=
                zh
                ? "差距\(g)中，\(a)在于目标高于基期预测中位数，\(k)在于实际低于预测中位数" + band
                : "Of the gap of \(g), \(a) is the target set above the forecast's median and \(k) the actual falling short of it"
                    + band
        } else {
            s +=
                zh
                ? "目标不高于基期预测中位数，差距\(g)全部在于实际低于预测" + band
                : "The target was within the forecast; the whole gap of \(g) is the actual falling short of it" + band
        }
        return s
    }

    /// 四、存在问题: from the data — binding misses, targets above the forecast band (预期性
    /// only: a binding target is never called set high), shocks, indicators behind time,
    /// missing data.
    public var problems: [String] {
        var out: [String] = []
        let bindingMisses = d.rows.filter { $0.indicator.attribute == .binding && $0.missed }
        if !bindingMisses.isEmpty {
            out.append(
                zh
                    ? "约束性指标未完成：\(list(bindingMisses))。约束性指标是必须完成的硬任务，未完成须说明原因并落实整改。"
                    : "Binding targets missed: \(list(bindingMisses)). Binding targets are commitments; each miss needs its reasons and a remedy."
            )
        }
        // "Set high" only of targets not met whose actual stayed within the forecast's band: a
        // target met was not too high, and an actual beyond the band says the forecast was
        // low, not the target high (the official's fifth reading) — that row goes to （三）.
        let ambitious = d.rows.filter { r in
            r.missed && r.evaluation?.phase == .ended && r.indicator.attribute != .binding && !r.exceededBand
                && r.forecast.map { r.target.direction == .floor ? r.target.target > $0.p90 : r.target.target < $0.p10 }
                    == true
        }
        if !ambitious.isEmpty {
            out.append(
                zh
                    ? "部分未达到目标的指标，目标高于基期预测区间上限，目标设定偏高：\(list(ambitious))。"
                    : "Targets not met that were above the base-year forecast's band (set high): \(list(ambitious))."
            )
        }
        let exceeded = d.rows.filter { $0.exceededBand && !$0.missed }
        let exceededMissed = d.rows.filter { $0.exceededBand && $0.missed && $0.indicator.attribute != .binding }
        if !exceeded.isEmpty || !exceededMissed.isEmpty {
            let short =
                exceededMissed.isEmpty
                ? ""
                : (zh
                    ? "其中\(list(exceededMissed))目标虽未完全实现，但实际已明显好于预测；"
                    : " \(list(exceededMissed)) fell short of the target but did clearly better than forecast;")
            out.append(
                zh
                    ? "部分指标实际超出基期预测上限：\(list(exceeded + exceededMissed))，基期预测偏于保守；\(short)测算\(nextPlan)目标宜以期末实际为起点。"
                    : "Actuals beyond the base-year forecast's band: \(list(exceeded + exceededMissed)); the forecast was cautious;\(short) the \(nextPlan) targets should start from the last actual."
            )
        }
        let shocked = d.rows.filter { $0.missed && $0.shortfall?.belowBand == true }
        if !shocked.isEmpty {
            out.append(
                zh
                    ? "受冲击影响明显、实际低于预测区间的指标：\(list(shocked))。"
                    : "Indicators hit by shocks, below the forecast's band: \(list(shocked)).")
        }
        let behind = rows([.behind], d.rows)
        if !behind.isEmpty {
            out.append(zh ? "进度滞后于时间进度的指标：\(list(behind))。" : "Indicators behind the time elapsed: \(list(behind)).")
        }
        let gaps = d.rows.filter { $0.evaluation != nil && !$0.missingYears.isEmpty }
        if !gaps.isEmpty {
            var seen = Set<String>()
            let items = gaps.map {
                name($0)
                    + (zh
                        ? "（缺\($0.missingYears.map { "\($0)年" }.joined(separator: "、"))）"
                        : " (missing \($0.missingYears.map(String.init).joined(separator: ", ")))")
            }.filter { seen.insert($0).inserted }
            out.append(
                zh
                    ? "统计数据不全：" + items.joined(separator: "；") + "。"
                    : "Incomplete statistics: " + items.joined(separator: "; ") + ".")
        }
        return numbered(
            out.isEmpty ? [zh ? "从主要指标看，未发现突出问题。" : "The main indicators show no outstanding problem."] : out)
    }

    /// Items numbered as 公文 number them: （一）（二）…, or (1) (2) … in English.
    func numbered(_ items: [String]) -> [String] {
        items.enumerated().map {
            (zh ? "（\(ChineseNumber.ordinal($0.offset + 1))）" : "(\($0.offset + 1)) ") + $0.element
        }
    }

    /// 五、对下一规划的建议, generated from the evaluation.
    public var suggestions: [String] {
        var out: [String] = []
        let binding = d.rows.filter { $0.indicator.attribute == .binding && $0.evaluation != nil }
        if !binding.isEmpty {
            out.append(
                zh
                    ? "约束性指标\(list(binding))的\(nextPlan)目标不弱于本期末实际水平（下限不低于、上限不高于实际值）。"
                    : "Binding indicators (\(list(binding))): \(nextPlan) targets no weaker than the last actual (floors not below it, ceilings not above it)."
            )
        }
        // A binding target is a commitment, not judged against the forecast (三、): never listed
        // here. A target missed whose actual beat the forecast's median is not "above the
        // forecast" in the advice either (the sixth reading): its record is the starting point.
        let missedIndicative = d.rows.filter {
            $0.missed && $0.indicator.attribute != .binding && ($0.shortfall?.ambition ?? 0) > 0
        }
        let ambitious = missedIndicative.filter { ($0.shortfall?.shock ?? 0) > 0 }
        let beatForecast = missedIndicative.filter { ($0.shortfall?.shock ?? 0) <= 0 }
        if !ambitious.isEmpty {
            out.append(
                zh
                    ? "\(list(ambitious))的目标高于基期预测，实际也低于预测，\(nextPlan)应以期末实际值和预测为基础，合理确定增速。"
                    : "\(list(ambitious)): targets above the base-year forecast, and actuals below it; set the \(nextPlan) growth from the last actual and the forecast."
            )
        }
        if !beatForecast.isEmpty {
            out.append(
                zh
                    ? "\(list(beatForecast))目标虽未完全实现，但实际好于基期预测，\(nextPlan)宜以期末实际为起点确定目标。"
                    : "\(list(beatForecast)) fell short of the target but did better than forecast; the \(nextPlan) targets should start from the last actual."
            )
        }
        let early = rows([.achievedEarly], d.rows)
        if !early.isEmpty {
            out.append(
                zh
                    ? "\(list(early))已提前完成，\(nextPlan)目标可在期末实际水平上适当提高。"
                    : "\(list(early)) were achieved early; the \(nextPlan) targets can rise from the last actual.")
        }
        let shocked = d.rows.filter { $0.missed && $0.shortfall?.belowBand == true }
        if !shocked.isEmpty {
            out.append(
                zh
                    ? "\(list(shocked))易受外部冲击，目标宜留有余地，并设应对措施。"
                    : "\(list(shocked)) are exposed to shocks: leave a margin in their targets and plan responses.")
        }
        if d.rows.contains(where: { $0.evaluation != nil && !$0.missingYears.isEmpty })
            || d.rows.contains(where: { $0.evaluation == nil })
        {
            out.append(
                zh
                    ? "健全年度统计监测，补齐缺失年份数据，为\(nextPlan)中期评估打好基础。"
                    : "Complete the yearly statistics (the missing years) so the \(nextPlan) can be monitored.")
        }
        if out.isEmpty {
            out.append(
                zh
                    ? "保持现有工作力度，\(nextPlan)目标以期末实际值为基础确定。"
                    : "Keep the present effort; set the \(nextPlan) targets from the last actuals.")
        }
        var items = numbered(out)
        if !d.nextPlanTargets.isEmpty {
            // The proposals are a sub-list of the last item: 1．2．… under （N）.
            items.append(
                zh
                    ? "（\(ChineseNumber.ordinal(out.count + 1))）按期末实际值和模型预测测算，\(nextPlan)主要指标目标建议如下（实现把握为模型测算，供研究参考）："
                    : "(\(out.count + 1)) From the last actuals and the model's forecast, the \(nextPlan) targets proposed are as follows (odds as the model computes them, for discussion):"
            )
            items += d.nextPlanTargets.enumerated().map {
                (zh ? "\($0.offset + 1)．" : "\($0.offset + 1). ") + (zh ? $0.element.zh : $0.element.en)
            }
        }
        return items
    }
}
