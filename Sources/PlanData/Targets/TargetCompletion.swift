import Foundation

/// The completion arithmetic of ``TargetEvaluation``, one function per rule
/// (docs/methods.md, "Evaluating targets").
public enum TargetCompletion {
    /// Completion (完成度) of an ended target: how much of it `actual` achieved.
    ///
    /// - Sums: total ÷ target (a ceiling on a sum: target ÷ total).
    /// - Percentage indicators (`inPoints`) whose base did not already meet the target:
    ///   the points achieved over the points planned, (actual − base) ÷ (target − base).
    ///   R&D share 1.8 % → 2.3 % against a planned 2.5 % is 0.5 of 0.7 points: 71.4 %.
    /// - A cumulative decline stated on a level (`〔14〕` on 单位GDP能耗, a ceiling base·0.86):
    ///   the decline achieved over the decline planned, (1 − actual/base) ÷ 0.14.
    /// - Other levels: actual ÷ target (a ceiling: target ÷ actual).
    public static func ended(_ target: PlanTarget, actual: Double, base: Double, inPoints: Bool) -> Double {
        let ceiling = target.direction == .ceiling
        if case .decline(let d)? = target.stated, base > 0, d > 0 { return (1 - actual / base) / d }
        if inPoints && target.kind != .periodSum && !target.isMet(by: base) && target.target != base {
            return (actual - base) / (target.target - base)
        }
        return ceiling ? target.target / actual : actual / target.target
    }

    /// Progress of a target during its period: the share of the planned change achieved.
    ///
    /// - Sums: total so far ÷ target.
    /// - Percentage indicators: points achieved ÷ points planned.
    /// - Other levels: the share of the required log growth, ln(actual/base) ÷ ln(target/base).
    /// A target its base already met has nothing to achieve: progress is 1 while it holds.
    public static func progress(_ target: PlanTarget, actual: Double, base: Double, inPoints: Bool) -> Double {
        if target.kind == .periodSum { return actual / target.target }
        if target.isMet(by: base) { return target.isMet(by: actual) ? 1 : 0 }
        if case .decline(let d)? = target.stated, base > 0, d > 0 { return (1 - actual / base) / d }
        if inPoints { return (actual - base) / (target.target - base) }
        return log(actual / base) / log(target.target / base)
    }

    /// The share of the period elapsed by `year`: (year − base year) ÷ (target year − base year).
    public static func timeElapsed(_ target: PlanTarget, by year: Int) -> Double {
        Double(year - target.baseYear) / Double(target.targetYear - target.baseYear)
    }
}
