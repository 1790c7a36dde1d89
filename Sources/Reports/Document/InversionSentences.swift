import Foundation
public import PlanData
import Simulation

/// Target inversions as sentences a reader understands: the investment growth a target
/// needs, what it means in money over the plan period, and how it compares with the plan;
/// or that the level is out of reach within the lever's plausible range, already met at
/// its bottom, or that investment has no effect on the target (``InversionResult/Outcome``).
public enum InversionSentences {
    /// One sentence per inversion; a "no effect" sentence, the same at every level, once.
    public static func sentences(_ d: ReportDocument, language l: Language) -> [String] {
        var out: [String] = []
        for v in d.inversions {
            let s = sentence(v, in: d, language: l)
            if !out.contains(s) { out.append(s) }
        }
        return out
    }

    /// The plan-period investment total at yearly growth `g` from the base year's level,
    /// and the plan's own total, when the run did not record them.
    static func totals(_ d: ReportDocument, lever: String?, growth g: Double) -> (Double, Double)? {
        guard let t = d.targets.first(where: { $0.indicator == lever && $0.kind == "period_sum" }),
            t.base.isFinite, t.target > 0
        else { return nil }
        let years = t.targetYear - t.baseYear
        let total = (1...max(years, 1)).reduce(0.0) { $0 + t.base * pow(1 + g, Double($1)) }
        return (total, t.target)
    }

    /// `a 50%` / `an 80%`: the English article as the number is read aloud.
    static func a(_ number: String) -> String {
        let an = number.hasPrefix("8") || number.hasPrefix("11%") || number.hasPrefix("18") || number.hasPrefix("11.")
        return (an ? "an " : "a ") + number
    }

    /// Whether the years `last` ends have passed by the report's date (a report of
    /// December 2026 on 2021—2025): a lever for them is no instruction any more, only what
    /// it would have taken (若要…，当时需…).
    public static func isPast(_ last: Int, in d: ReportDocument) -> Bool {
        OfficialForm.year(d.provenance.created).map { $0 > last } ?? false
    }

    /// The section's heading: what investment a target needs, or for a period that has
    /// ended, what it would have needed (当时).
    public static func heading(_ d: ReportDocument, language l: Language) -> String {
        let past = d.inversions.contains { v in
            (v.leverYears ?? v.totalYears).map { isPast($0.upperBound, in: d) }
                ?? isPast(d.targets.map(\.targetYear).max() ?? 2025, in: d)
        }
        if l == .zh { return past ? "目标反推：当时投资需要多少" : "目标反推：投资需要多少" }
        return past
            ? "Target inversion: how much investment it would have taken"
            : "Target inversion: how much investment it takes"
    }

    /// A solved inversion says what investment growth the target needs; for a period that
    /// has ended by the report's date it says, in the past conditional, what it would have
    /// taken (若要使…达到50%，2021—2025年投资当时需年均增长…), never an instruction.
    static func sentence(_ v: ReportDocument.Inversion, in d: ReportDocument, language l: Language) -> String {
        let zh = l == .zh
        let name = d.indicator(v.indicator)?.name(l) ?? v.indicator
        let level = NumberFormat.probability(v.probability)
        // The years the lever still moves (after the last actual investment), else the period.
        let span =
            (v.leverYears ?? v.totalYears) ?? d.targets.first { $0.indicator == v.leverIndicator }.map {
                ($0.baseYear + 1)...$0.targetYear
            } ?? 2021...2025
        let period =
            span.count == 1 ? "\(span.lowerBound)" : OfficialForm.years(span.lowerBound, span.upperBound, language: l)
        let past = isPast(span.upperBound, in: d)
        let unit = v.leverIndicator.flatMap(d.indicator)?.unit(l) ?? (zh ? "亿元" : "100m yuan")
        func money(_ g: Double?) -> String {
            let recorded = v.impliedTotal.flatMap { t in v.planTotal.map { (t, $0) } }
            guard let (total, plan) = recorded ?? g.flatMap({ totals(d, lever: v.leverIndicator, growth: $0) }),
                total.isFinite, plan > 0
            else { return "" }
            let y = NumberFormat.fixed(total, decimals: 1), z = NumberFormat.fixed(total / plan, decimals: 1)
            // Within 5 % of the plan's total, say so rather than "1.0× the plan".
            if abs(total / plan - 1) < 0.05 {
                let p = NumberFormat.fixed(plan, decimals: plan.rounded() == plan ? 0 : 1)
                return zh
                    ? "，即累计\(y)\(unit)，与规划的\(p)\(unit)基本持平"
                    : ", i.e. \(y) \(unit) in total, about the plan's total of \(p)"
            }
            return zh ? "，即累计\(y)\(unit)，为规划的\(z)倍" : ", i.e. \(y) \(unit) in total, \(z)× the plan"
        }
        // The search range's ends are round settings: whole per cent (−30%, 60%).
        let end = { (x: Double) in OfficialForm.minusSigns(NumberFormat.fixed(x * 100, decimals: 0)) + "%" }
        let lo = end(v.range.lowerBound), hi = end(v.range.upperBound)
        // As an office writes a range: 下降30%至增长60%.
        let range = OfficialForm.changeRange(v.range.lowerBound, v.range.upperBound, language: l)
        switch InversionResult.Outcome(rawValue: v.outcome) ?? .solved {
        case .noEffect:
            return zh
                ? "投资对\(name)没有影响：在投资年均\(range)的范围内，其达标概率的变化小于模拟误差（约\(NumberFormat.probability(v.achieved))），无法通过投资反推。"
                : "Investment has no effect on \(name): across investment growth of \(lo) to \(hi) a year its probability moves less than Monte Carlo noise (about \(NumberFormat.probability(v.achieved))); there is no investment answer."
        case .notReachable:
            return zh
                ? "在合理范围（投资年均\(range)）内，\(name)达标概率达不到\(level)：即使\(period)年投资按上限增长\(money(v.range.upperBound))，概率也只有\(NumberFormat.probability(v.achieved))。"
                : "Not reachable within the plausible range (investment growth of \(lo) to \(hi) a year): even at the top over \(period)\(money(v.range.upperBound)), \(name) has only \(Self.a(NumberFormat.probability(v.achieved))) probability, not \(level)."
        case .metAtLowerBound:
            return zh
                ? "即使\(period)年投资按范围下限年均\(OfficialForm.change(v.range.lowerBound, language: l))，\(name)达标概率也不低于\(level)：投资不是决定该目标的因素。"
                : "Even with investment changing by \(lo) a year over \(period) (the bottom of the range), \(name) keeps \(Self.a(level)) probability: investment is not what limits it."
        case .solved:
            guard var g = v.value else { return "" }
            // The lever's own target at even odds is met by the growth the table prints as
            // its 所需年均增速 (the plan's path): one needed-growth figure in the report, not
            // the inversion's estimate of it a few hundredths away (27.97% beside 28.16%).
            if v.indicator == v.leverIndicator, v.probability == 0.5,
                let t = d.targets.first(where: { $0.indicator == v.indicator }), ChartSpec.neededGrowth(t).isFinite
            {
                g = ChartSpec.neededGrowth(t)
            }
            if past {
                return zh
                    ? "若要使\(name)达标概率达到\(level)，\(period)年投资当时需年均增长\(NumberFormat.rate(g))\(money(g))。"
                    : "For \(name) to have had \(Self.a(level)) probability of meeting its target, investment over \(period) would have had to grow \(NumberFormat.rate(g)) a year\(money(g))."
            }
            return zh
                ? "为使\(name)达标概率达到\(level)，\(period)年投资需年均增长\(NumberFormat.rate(g))\(money(g))。"
                : "For \(name) to have \(Self.a(level)) probability of meeting its target, investment over \(period) must grow \(NumberFormat.rate(g)) a year\(money(g))."
        }
    }
}
