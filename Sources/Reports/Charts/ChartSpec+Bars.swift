public import PlanData

extension ChartSpec {
    /// The probability chart's title: `目标完成情况` when every target's year has passed,
    /// else the odds of meeting the targets (of one year where they share it).
    public static func probabilityTitle(_ d: ReportDocument, language l: Language) -> String {
        let zh = l == .zh
        let years = Set(d.targets.map(\.targetYear))
        if d.targets.allSatisfy(\.hasEnded) { return zh ? "目标完成情况" : "Where each target stands" }
        if years.count == 1, let y = years.first {
            return zh ? "\(y)年目标达成概率" : "Probability of meeting each \(y) target"
        }
        return zh ? "目标达成概率" : "Probability of meeting each target"
    }

    /// What an ended target's row says instead of odds (issue 20: once a target's year has
    /// passed, no output speaks of its odds): `目标年已过：完成，完成度104.2%`.
    public static func endedText(_ t: ReportDocument.Target, language l: Language) -> String {
        (l == .zh ? "目标年已过：" : "Target year passed: ") + endedStatus(t, language: l)
    }

    /// An ended target's status and completion: `基本完成，完成度96.70%`.
    public static func endedStatus(_ t: ReportDocument.Target, language l: Language) -> String {
        let zh = l == .zh
        let status = t.status.flatMap(TargetEvaluation.Status.init(rawValue:))?.text(l) ?? (zh ? "已结束" : "ended")
        let done = t.completion.map { (zh ? "，完成度" : ", completion ") + NumberFormat.rate($0) } ?? ""
        return status + done
    }

    /// A bar's label in the Word and Excel probability charts: the indicator's name, the
    /// period a period-sum target adds up, `（规划路径，非预测）` on the plan's own path, and
    /// for an ended target its status and completion (its bar is empty).
    public static func barLabel(_ t: ReportDocument.Target, in d: ReportDocument, language l: Language) -> String {
        let zh = l == .zh
        let name = d.indicator(t.indicator)?.name(l) ?? t.indicator
        if t.hasEnded {
            // Under the title 目标完成情况 (every target ended) the status alone says it; beside
            // open targets the label says the year has passed.
            let words = d.targets.allSatisfy(\.hasEnded) ? endedStatus(t, language: l) : endedText(t, language: l)
            return name + (zh ? "（" : " (") + words + (zh ? "）" : ")")
        }
        var notes: [String] = []
        if t.kind == "period_sum" {
            notes.append(
                zh
                    ? "\(OfficialForm.years(t.baseYear + 1, t.targetYear, language: l))累计"
                    : "\(t.baseYear + 1)–\(t.targetYear) sum")
        }
        if d.evidence(of: t) == "plan" { notes.append(planNote(l)) }
        return notes.isEmpty
            ? name
            : zh ? name + "（" + notes.joined(separator: "；") + "）" : name + " (" + notes.joined(separator: "; ") + ")"
    }

    /// What marks a probability that rests on the plan's own path: `规划路径，非预测`.
    public static func planNote(_ l: Language) -> String { l == .zh ? "规划路径，非预测" : "plan path, not a forecast" }

    /// A target's name where bars of several scenarios share it (the comparison): marked
    /// `（规划路径，非预测）` where the reference's probability rests on the plan's path.
    public static func comparisonLabel(_ t: ReportDocument.Target, in d: ReportDocument, language l: Language) -> String
    {
        let name = d.indicator(t.indicator)?.name(l) ?? t.indicator
        guard d.evidence(of: t) == "plan" else { return name }
        return l == .zh ? name + "（" + planNote(l) + "）" : name + " (" + planNote(l) + ")"
    }

    /// A bar's value: the probability, or NaN (no bar, no label) for an ended target; a target
    /// on the plan's own path is 0.5 (约50%, not a forecast), as every table prints it — the
    /// workbook printed 51% beside a PDF and Word that say 约50% (the sixth reading).
    public static func barValue(_ t: ReportDocument.Target, in d: ReportDocument) -> Double {
        t.hasEnded ? .nan : d.evidence(of: t) == "plan" ? 0.5 : t.probability
    }
}
