import Foundation
import PlanData

extension SweepSummary {
    /// The plan target the measure is about (`probability industrial_output` → the 2025
    /// output target of 专栏1); nil for a measure on no target.
    var measuredTarget: PlanTarget? {
        let words = measure.split(separator: " ").map {
            $0.hasPrefix("probability_") ? String($0.dropFirst("probability_".count)) : String($0)
        }
        return HaibinPlan.targets.first { words.contains($0.indicator) }
    }

    /// The last year of the data the sweep's model starts from (the plan's base year).
    var dataEnd: Int? { measuredTarget?.baseYear }

    /// Page one's notice when the sweep is dated after the year of the target it measures:
    /// the period has ended, so what it says of that target is retrospective, as the run's
    /// notice says (``LeaderPage/periodNotice(_:language:)``); nil while the period runs.
    func periodNotice(reportDate created: String, language l: Language) -> String? {
        guard let t = measuredTarget,
            let reportYear = Int(OfficialForm.date(created, language: .zh).prefix(4)), reportYear > t.targetYear
        else { return nil }
        let first = t.baseYear + 1, last = t.targetYear
        return l == .zh
            ? "提示：规划期（\(first)—\(last)年）已于\(last)年结束，目标完成情况应以实际数据评估；本分析依据截至\(t.baseYear)年的数据，对\(last)年目标的分析属回顾性分析，仅供对照参考。"
            : "Note: the plan period (\(first)–\(last)) ended in \(last); its targets are to be judged on the actual figures. This analysis works from data to \(t.baseYear), so what it says of the \(last) target is retrospective, for comparison only."
    }
}
