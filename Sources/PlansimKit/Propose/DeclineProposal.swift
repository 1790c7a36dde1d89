public import Artifacts
import Foundation
public import PlanData

/// A cumulative decline (``PlanGoal/Form/decline(_:)``: 单位地区生产总值能耗降低 〔14〕) proposed
/// for the next period from the pace the last period achieved, not from the simulation
/// (intensity declines are allocated by the higher level and are not forecast here):
///
/// - the achieved decline is read from the reported cumulative decline (the indicator's own
///   base-year figure when its unit is `%`) or from intensity levels,
///   1 − level(base year) ÷ level(the old base year);
/// - its yearly pace is carried over the new period's years (the same cumulative decline when
///   both periods last five years);
/// - 约束性: at least that pace, rounded **up** to half a point (`累计下降14%以上`), flagged
///   ``ProposedTarget/Flag/higherLevelAllocates``: the figure the higher level allocates
///   (上级下达) governs. With ``ProposalConvention/allowsRelaxingBinding`` the old target
///   instead, flagged ``ProposedTarget/Flag/relaxedBinding`` when it is weaker;
/// - 预期性: the pace rounded to the nearest half point (`累计下降14%左右`);
/// - with no achieved decline in the actuals (or an intensity that rose): at least the old
///   target, flagged ``ProposedTarget/Flag/fromLastTarget``.
public enum DeclineProposal {
    /// The proposal for `goal` of `indicator` over `baseYear`→`targetYear`.
    public static func propose(
        _ goal: PlanGoal, decline planned: Double, indicator i: Indicator, data: Dataset, baseYear: Int,
        targetYear: Int,
        convention c: ProposalConvention
    ) -> ProposedTarget {
        let binding = i.attribute == .binding
        let series = data.series(i.id)
        let oldYears = baseYear - goal.baseYear, newYears = targetYear - baseYear
        var achieved: Double?
        var base = Double.nan
        if oldYears > 0, i.unitZH.hasPrefix("%"), let v = series.value(in: baseYear) {
            achieved = v / 100
            base = v
        } else if oldYears > 0, let v0 = series.value(in: goal.baseYear) ?? goal.base,
            let v1 = series.value(in: baseYear), v0 > 0
        {
            achieved = 1 - v1 / v0
            base = v1
        }
        var flags: [ProposedTarget.Flag] = []
        var value: Double
        if let a = achieved, a > 0, a < 1 {
            // The same yearly pace over the new period's years.
            let pace = 1 - pow(1 - a, Double(newYears) / Double(oldYears))
            if binding && c.allowsRelaxingBinding {
                value = planned
                if planned < pace - 1e-9 { flags.append(.relaxedBinding) }
            } else {
                value = PlanPrecision.halfPoint(pace, binding ? .up : .toNearestOrAwayFromZero)
            }
        } else {
            value = planned
            flags.append(.fromLastTarget)
        }
        if binding { flags.append(.higherLevelAllocates) }
        let (zh, en) = wording(value, binding: binding)
        return ProposedTarget(
            indicator: i.id, nameZH: i.nameZH, nameEN: i.nameEN, unitZH: i.unitZH, unitEN: i.unitEN, binding: binding,
            form: .decline,
            ceiling: false, baseYear: baseYear, base: base.isFinite ? base : 0, targetYear: targetYear, value: value,
            growth: pow(1 - value, 1 / Double(max(newYears, 1))) - 1, decimals: 1, odds: nil, points: [],
            lastGrowth: nil,
            lastFirstYear: achieved == nil ? nil : goal.baseYear, lastSum: nil, visionYear: nil, visionValue: nil,
            flags: flags,
            wordingZH: zh, wordingEN: en, lastDecline: achieved)
    }

    /// `累计下降14%以上` (约束性) or `累计下降14%左右` (预期性).
    static func wording(_ d: Double, binding: Bool) -> (String, String) {
        let pct = PlanPrecision.percentText(d)
        return binding
            ? ("累计下降\(pct)以上", "a cumulative decline of at least \(pct)")
            : ("累计下降\(pct)左右", "a cumulative decline of about \(pct)")
    }

    /// How the draft plan file writes it: `〔14〕` as the plan table prints it.
    public static func printed(_ d: Double) -> String {
        "〔" + PlanPrecision.percentText(d).dropLast() + "〕"
    }
}
