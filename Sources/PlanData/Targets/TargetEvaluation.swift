import Foundation

/// Where a target stands against the actual figures a planner has loaded: during its
/// period (progress, judged by the forecast's probability or by the time elapsed) or after
/// it (achieved or not, by how much).
///
/// The rules, stated once (docs/methods.md, "Evaluating targets"; completion arithmetic in
/// ``TargetCompletion``, thresholds in ``EvaluationConvention``):
/// - A missing year is missing: sums and completion use the years present, and
///   ``missingYears`` names the others. A missing year is never counted as zero.
/// - **Ended** (the target year has an actual, or `asOf` is at or after it):
///   - a floor or ceiling that held at the base and in every year since is 完成 (never
///     提前完成: nothing was achieved ahead of time);
///   - 提前完成 when a target not met at the base was reached before its year and held
///     from then on (``metInYear`` says the year; a sum by its running total);
///   - 约束性 (binding) targets are 完成 or 未完成 only: a commitment is met or not;
///   - 预期性 (indicative) targets short of their value are 基本完成 at a completion of at
///     least ``EvaluationConvention/largelyAchievedFrom`` (90 % unless changed), else 未完成;
///   - 数据不全 when a year needed to judge is missing (a sum short of its total with gaps,
///     a level without its target-year actual).
/// - **In progress, by probability** (no `asOf`, as `run --data` does): P ≥ 2/3 符合预期,
///   1/3 ≤ P < 2/3 存在风险, P < 1/3 滞后; a sum already reached is 提前实现.
/// - **Mid-term, by time** (`asOf` before the target year; 时间过半、任务过半): progress
///   (``TargetCompletion/progress(_:actual:base:inPoints:)``) against the share of time
///   elapsed: at least ``EvaluationConvention/aheadMargin`` above it, or the target already
///   reached, 进度超前; at or above it 符合进度; below it 滞后. A floor or ceiling held
///   since the base is 符合进度.
public struct TargetEvaluation: Sendable, Equatable {
    public let target: PlanTarget
    public let phase: Phase
    /// Years of the target's period (the years after the base year through the target
    /// year, or through `asOf`) that have an actual value.
    public let yearsPresent: [Int]
    /// Years of the period before the latest actual (ended: through the target year) that have none.
    public let missingYears: [Int]
    /// The latest year with an actual value in the period.
    public let latestYear: Int
    /// For sums: the total of the years present; for levels: the latest value.
    public let actual: Double
    /// Ended: ``TargetCompletion/ended(_:actual:base:inPoints:)``. In progress: the share of
    /// the planned change achieved (``TargetCompletion/progress(_:actual:base:inPoints:)``).
    public let completion: Double
    /// Mid-term only: the share of the period elapsed by `asOf`.
    public let timeElapsed: Double?
    /// The year from which the target was met and stayed met, when it was reached after
    /// the base year.
    public let metInYear: Int?
    /// Whether a floor or ceiling already held at the base and in every year since.
    public let heldThroughout: Bool
    /// The status word; nil in progress when no probability was given.
    public let status: Status?

    /// Evaluates `target` against the actuals of `series` (points after the base year).
    ///
    /// - Parameters:
    ///   - attribute: the indicator's 属性; binding targets are 完成 or 未完成 only.
    ///   - inPoints: whether the indicator is a percentage, judged on points achieved.
    ///   - asOf: the year of a mid-term evaluation (actuals after it are ignored), or of a
    ///     final one; nil to judge by the latest actual.
    ///   - probability: the forecast's chance of meeting it (in progress without `asOf` only).
    /// - Returns: nil when the period has no actual yet.
    public static func evaluate(
        _ target: PlanTarget, series: Series, attribute: PlanAttribute = .indicative,
        inPoints: Bool = false, convention: EvaluationConvention = .standard,
        asOf: Int? = nil, probability: Double? = nil
    ) -> TargetEvaluation? {
        let last = min(target.targetYear, asOf ?? target.targetYear)
        guard last > target.baseYear else { return nil }
        let period = (target.baseYear + 1)...last
        let present = series.points.filter { period.contains($0.year) }
        guard let latest = present.last else { return nil }
        let presentYears = present.map(\.year)
        let ended = latest.year == target.targetYear || (asOf ?? Int.min) >= target.targetYear
        let missing = (period.lowerBound...(ended ? target.targetYear : latest.year)).filter {
            !presentYears.contains($0)
        }
        let sum = target.kind == .periodSum
        let base = target.base
        let actual = sum ? present.reduce(0) { $0 + $1.value } : latest.value

        var metInYear: Int?
        var held = false
        if sum {
            var running = 0.0
            for point in present {
                running += point.value
                if metInYear == nil && target.direction == .floor && running >= target.target { metInYear = point.year }
            }
        } else {
            held = target.isMet(by: base) && present.allSatisfy { target.isMet(by: $0.value) }
            if !held, target.isMet(by: latest.value) {
                // The first year of the unbroken run of met years that ends at the latest.
                let lastMiss = present.last { !target.isMet(by: $0.value) }?.year ?? target.baseYear
                metInYear = present.first { $0.year > lastMiss }?.year
            }
        }

        let completion: Double
        var elapsed: Double?
        let status: Status?
        if ended {
            completion =
                sum
                ? TargetCompletion.ended(target, actual: actual, base: base, inPoints: false)
                : TargetCompletion.ended(target, actual: actual, base: base, inPoints: inPoints)
            let met = target.isMet(by: actual)
            let complete = sum ? missing.isEmpty || metInYear != nil : presentYears.contains(target.targetYear)
            if !complete {
                status = .incomplete
            } else if held {
                status = .achieved
            } else if met {
                let early = (metInYear ?? target.targetYear) < target.targetYear
                status = early && attribute == .indicative ? .achievedEarly : .achieved
            } else if attribute == .binding {
                status = .notAchieved
            } else {
                status = completion >= convention.largelyAchievedFrom ? .largelyAchieved : .notAchieved
            }
        } else {
            completion = TargetCompletion.progress(target, actual: actual, base: base, inPoints: inPoints)
            if let asOf {
                let share = TargetCompletion.timeElapsed(target, by: asOf)
                elapsed = share
                if held {
                    status = .onSchedule
                } else if target.isMet(by: actual) || completion >= share + convention.aheadMargin {
                    status = .ahead
                } else {
                    status = completion >= share ? .onSchedule : .behind
                }
            } else if sum && metInYear != nil {
                status = .reachedEarly
            } else if let probability {
                status = probability >= 2.0 / 3 ? .onTrack : probability >= 1.0 / 3 ? .atRisk : .behind
            } else {
                status = nil
            }
        }
        return TargetEvaluation(
            target: target, phase: ended ? .ended : .inProgress, yearsPresent: presentYears,
            missingYears: missing, latestYear: latest.year, actual: actual, completion: completion,
            timeElapsed: elapsed, metInYear: metInYear, heldThroughout: held, status: status)
    }

    /// Evaluates `target` of `indicator`: its attribute and whether it is judged in points
    /// (a percentage) come from the indicator.
    public static func evaluate(
        _ target: PlanTarget, of indicator: Indicator, series: Series,
        convention: EvaluationConvention = .standard, asOf: Int? = nil,
        probability: Double? = nil
    ) -> TargetEvaluation? {
        evaluate(
            target, series: series, attribute: indicator.attribute, inPoints: indicator.unitZH.hasPrefix("%"),
            convention: convention, asOf: asOf, probability: probability)
    }
}
