import Foundation

/// The evaluation of the targets the level arithmetic cannot hold (``PlanGoal``), by the
/// same rules as ``TargetEvaluation`` (docs/methods.md, "Evaluating targets"):
/// - a **cumulative decline** is judged on the decline achieved: a floor on the decline,
///   completion = decline achieved ÷ decline planned. The decline achieved by a year is
///   read from the reported cumulative decline when the indicator's unit is `%` (its
///   values are that decline, in per cent), else from intensity levels,
///   1 − level(year) ÷ level(base year) — which needs a base level;
/// - a **period sum without a base** is judged on its total (a sum needs no base);
/// - a **target in words** is shown with its latest actual and marked 待人工评定.
public enum GoalEvaluation {
    /// The evaluation of `goal`, or why it cannot be made (nil evaluation with a reason;
    /// both nil when the period has no actual yet).
    public static func evaluate(
        _ goal: PlanGoal, of indicator: Indicator, series: Series, convention: EvaluationConvention = .standard,
        asOf: Int? = nil
    ) -> (evaluation: TargetEvaluation?, reason: Phrase?) {
        switch goal.form {
        case .sum(let total):
            let target = PlanTarget(
                indicator: goal.indicator, baseYear: goal.baseYear, base: goal.base ?? .nan,
                targetYear: goal.targetYear,
                target: total, kind: .periodSum, direction: goal.direction, approximate: goal.approximate)
            return (
                TargetEvaluation.evaluate(
                    target, series: series, attribute: indicator.attribute, convention: convention, asOf: asOf), nil
            )
        case .decline(let d):
            let declines: [SeriesPoint]
            if indicator.unitZH.hasPrefix("%") {
                // A reported cumulative decline: each year's figure is the decline since the base,
                // so only the years reported matter and none between them is missing.
                declines = series.points.map { SeriesPoint(year: $0.year, value: $0.value / 100, origin: $0.origin) }
                let target = PlanTarget(
                    indicator: goal.indicator, baseYear: goal.baseYear, base: 0, targetYear: goal.targetYear, target: d,
                    kind: .level, direction: goal.direction, approximate: goal.approximate, stated: .decline(d))
                guard
                    let e = TargetEvaluation.evaluate(
                        target, series: Series(indicator: goal.indicator, points: declines),
                        attribute: indicator.attribute,
                        inPoints: true, convention: convention, asOf: asOf)
                else { return (nil, nil) }
                return (
                    TargetEvaluation(
                        target: e.target, phase: e.phase, yearsPresent: e.yearsPresent,
                        missingYears: e.missingYears.filter { $0 == goal.targetYear }, latestYear: e.latestYear,
                        actual: e.actual,
                        completion: e.completion, timeElapsed: e.timeElapsed, metInYear: e.metInYear,
                        heldThroughout: e.heldThroughout, status: e.status), nil
                )
            } else {
                guard let base = series.value(in: goal.baseYear) ?? goal.base, base > 0 else {
                    return (
                        nil,
                        Phrase(
                            zh: "累计降幅须由\(goal.baseYear)年的强度水平算出，但该年没有数值",
                            en: "the cumulative decline needs the \(goal.baseYear) level, which is missing")
                    )
                }
                declines = series.points.filter { $0.year > goal.baseYear }.map {
                    SeriesPoint(year: $0.year, value: 1 - $0.value / base, origin: $0.origin)
                }
            }
            // A floor on the decline, from 0 at the base: judged on the share of it achieved.
            let target = PlanTarget(
                indicator: goal.indicator, baseYear: goal.baseYear, base: 0, targetYear: goal.targetYear, target: d,
                kind: .level, direction: goal.direction, approximate: goal.approximate, stated: .decline(d))
            return (
                TargetEvaluation.evaluate(
                    target, series: Series(indicator: goal.indicator, points: declines), attribute: indicator.attribute,
                    inPoints: true, convention: convention, asOf: asOf), nil
            )
        case .qualitative:
            let last = min(goal.targetYear, asOf ?? goal.targetYear)
            let present = series.points.filter {
                ((goal.baseYear + 1)...max(goal.baseYear + 1, last)).contains($0.year)
            }
            guard let latest = present.last else { return (nil, nil) }
            let target = PlanTarget(
                indicator: goal.indicator, baseYear: goal.baseYear, base: goal.base ?? .nan,
                targetYear: goal.targetYear,
                target: .nan, kind: .level)
            let years = present.map(\.year)
            return (
                TargetEvaluation(
                    target: target, phase: latest.year >= goal.targetYear ? .ended : .inProgress, yearsPresent: years,
                    missingYears: ((goal.baseYear + 1)...latest.year).filter { !years.contains($0) },
                    latestYear: latest.year,
                    actual: latest.value, completion: .nan, timeElapsed: nil, metInYear: nil, heldThroughout: false,
                    status: .toBeJudged), nil
            )
        }
    }
}
