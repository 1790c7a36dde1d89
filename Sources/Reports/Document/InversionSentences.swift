import Foundation
public import PlanData

/// Target inversions as sentences a reader understands: the investment growth a target
/// needs, what it means in money over the plan period, and how it compares with the plan.
public enum InversionSentences {
    /// The lever's range as yearly growth rates (−39 % … +172 %).
    static let range = (exp(-0.5) - 1, exp(1.0) - 1)

    public static func sentences(_ d: ReportDocument, language l: Language) -> [String] {
        d.inversions.map { sentence($0, in: d, language: l) }
    }

    /// The plan-period investment total at yearly growth `g` from the base year's level,
    /// and the plan's own total: (total, planned) when both are known.
    static func totals(_ d: ReportDocument, growth g: Double) -> (Double, Double)? {
        guard let t = d.targets.first(where: { $0.indicator == "fixed_investment" && $0.kind == "period_sum" }),
              t.base.isFinite, t.target > 0 else { return nil }
        let years = t.targetYear - t.baseYear
        let total = (1...max(years, 1)).reduce(0.0) { $0 + t.base * pow(1 + g, Double($1)) }
        return (total, t.target)
    }

    static func sentence(_ v: ReportDocument.Inversion, in d: ReportDocument, language l: Language) -> String {
        let zh = l == .zh
        let name = d.indicator(v.indicator)?.name(l) ?? v.indicator
        let level = NumberFormat.probability(v.probability)
        let period = d.targets.first { $0.indicator == "fixed_investment" }.map { "\($0.baseYear + 1)–\($0.targetYear)" } ?? "2021–2025"
        let unit = d.indicator("fixed_investment")?.unit(l) ?? (zh ? "亿元" : "100m yuan")
        func money(_ g: Double) -> String {
            guard let (total, plan) = totals(d, growth: g) else { return "" }
            let y = NumberFormat.fixed(total, decimals: 1), z = NumberFormat.fixed(total / plan, decimals: 1)
            return zh ? "，即累计\(y)\(unit)，为规划的\(z)倍" : ", i.e. \(y) \(unit) in total, \(z)× the plan"
        }
        let lo = NumberFormat.percent(range.0), hi = NumberFormat.percent(range.1)
        let atLowerBound = v.value.map { abs($0 - range.0) < 1e-3 } ?? false
        if v.reach == "no_effect" {
            return zh ? "投资对\(name)没有影响：在投资年均增长\(lo)至\(hi)的范围内，其达标概率都约为\(NumberFormat.probability(v.achieved))，反推无解。"
                      : "Investment has no effect on \(name): across investment growth of \(lo) to \(hi) a year its probability stays about \(NumberFormat.probability(v.achieved)); there is no answer to solve for."
        }
        guard let g = v.value, v.reach != "not_reachable" else {
            return zh ? "在投资年均增长\(lo)至\(hi)的范围内，\(name)达标概率达不到\(level)（最高约\(NumberFormat.probability(v.achieved))\(money(range.1))）。"
                      : "Within investment growth of \(lo) to \(hi) a year, \(name) cannot reach a \(level) probability of meeting its target (at most \(NumberFormat.probability(v.achieved))\(money(range.1)))."
        }
        if atLowerBound {
            return zh ? "即使\(period)年投资按范围下限年均\(lo)变化，\(name)达标概率也不低于\(level)：投资不是决定该目标的因素。"
                      : "Even with investment changing by \(lo) a year over \(period) (the bottom of the range), \(name) keeps a \(level) probability: investment does not decide this target."
        }
        return zh ? "为使\(name)达标概率达到\(level)，\(period)年投资需年均增长\(NumberFormat.percent(g))\(money(g))。"
                  : "For \(name) to have a \(level) probability of meeting its target, investment over \(period) must grow \(NumberFormat.percent(g)) a year\(money(g))."
    }
}
