import Foundation

/// Where a target stands against the actual figures a planner has loaded: during its
/// period (progress, judged by the forecast's probability) or after it (achieved or not,
/// by how much).
///
/// The rules, stated once (docs/methods.md, "Evaluating targets"):
/// - A missing year is missing: sums and completion use the years present, and
///   ``missingYears`` names the others. A missing year is never counted as zero.
/// - **Ended** (the target year has an actual): completion = actual ÷ target (for a
///   ceiling, target ÷ actual); 完成 at ≥ 100 %, 基本完成 at ≥ 90 %, otherwise 未完成;
///   提前完成 when the target was already met in an earlier year of the period (a sum by
///   its running total, a level by an earlier year's value). A sum with missing years
///   that has not reached its target is 数据不全 (incomplete): it cannot be judged.
/// - **In progress**: the status word follows the probability of meeting the target
///   (the forecast conditioned on every actual), so the two can never disagree:
///   P ≥ 2/3 符合预期 (on track), 1/3 ≤ P < 2/3 存在风险 (at risk), P < 1/3 滞后 (behind);
///   a sum already reached is 提前实现 (P = 1). Without a probability there is no status.
public struct TargetEvaluation: Sendable, Equatable {
    public enum Phase: String, Sendable { case inProgress = "in_progress", ended }

    public enum Status: String, Sendable, CaseIterable {
        case achieved = "完成", largelyAchieved = "基本完成", notAchieved = "未完成", achievedEarly = "提前完成"
        case incomplete = "数据不全"
        case reachedEarly = "提前实现", onTrack = "符合预期", atRisk = "存在风险", behind = "滞后"

        /// The status in English.
        public var english: String {
            switch self {
            case .achieved: "achieved"
            case .largelyAchieved: "largely achieved"
            case .notAchieved: "not achieved"
            case .achievedEarly: "achieved early"
            case .incomplete: "incomplete data"
            case .reachedEarly: "already reached"
            case .onTrack: "on track"
            case .atRisk: "at risk"
            case .behind: "behind"
            }
        }

        /// The status in `language`.
        public func text(_ language: Language) -> String { language == .zh ? rawValue : english }
    }

    public let target: PlanTarget
    public let phase: Phase
    /// Years of the target's period (for sums, the years summed; for levels, the years
    /// after the base year through the target year) that have an actual value.
    public let yearsPresent: [Int]
    /// Years of the period before the latest actual that have none.
    public let missingYears: [Int]
    /// The latest year with an actual value in the period.
    public let latestYear: Int
    /// For sums: the total of the years present; for levels: the latest value.
    public let actual: Double
    /// Ended: actual ÷ target (ceilings: target ÷ actual). In progress: the share of the
    /// required change achieved so far (sums: total so far ÷ target; levels: share of the
    /// required log growth).
    public let completion: Double
    /// The year the target was first met, when it was.
    public let metInYear: Int?
    /// The status word; nil in progress when no probability was given.
    public let status: Status?

    /// Evaluates `target` against the actuals of `series` (points after the base year),
    /// with `probability` the forecast's chance of meeting it (used only in progress).
    /// Returns nil when the period has no actual yet.
    public static func evaluate(_ target: PlanTarget, series: Series, probability: Double? = nil) -> TargetEvaluation? {
        let period = (target.baseYear + 1)...target.targetYear
        let present = series.points.filter { period.contains($0.year) }
        guard let latest = present.last else { return nil }
        let presentYears = present.map(\.year)
        let missing = (period.lowerBound...latest.year).filter { !presentYears.contains($0) }
        let ceiling = target.direction == .ceiling
        let meets = target.isMet(by:)

        var metInYear: Int?
        let actual: Double
        if target.kind == .periodSum {
            var running = 0.0
            for point in present {
                running += point.value
                if metInYear == nil && !ceiling && running >= target.target { metInYear = point.year }
            }
            actual = running
        } else {
            actual = latest.value
            metInYear = present.first { meets($0.value) }?.year
        }
        let ended = latest.year == target.targetYear
        let completion: Double
        let status: Status?
        if ended {
            completion = ceiling ? target.target / actual : actual / target.target
            if let year = metInYear, year < target.targetYear, meets(actual) {
                status = .achievedEarly
            } else if meets(actual) {
                status = .achieved
            } else if target.kind == .periodSum && !missing.isEmpty {
                status = .incomplete
            } else {
                status = completion >= 0.9 ? .largelyAchieved : .notAchieved
            }
        } else {
            if target.kind == .periodSum {
                completion = actual / target.target
            } else {
                completion = log(actual / target.base) / log(target.target / target.base)
            }
            if target.kind == .periodSum && metInYear != nil {
                status = .reachedEarly
            } else if let probability {
                status = probability >= 2.0 / 3 ? .onTrack : probability >= 1.0 / 3 ? .atRisk : .behind
            } else {
                status = nil
            }
        }
        return TargetEvaluation(target: target, phase: ended ? .ended : .inProgress, yearsPresent: presentYears,
                                missingYears: missing, latestYear: latest.year, actual: actual, completion: completion,
                                metInYear: metInYear, status: status)
    }
}
