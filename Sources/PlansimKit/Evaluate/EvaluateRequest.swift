import Foundation
public import PlanData

/// What `evaluate` needs: the plan, the planner's actuals, and how to judge them.
public struct EvaluateRequest: Sendable {
    public var plan: Dataset
    public var actuals: UserData
    /// Whether the actuals are marked illustrative: every output then carries the banner.
    public var illustrative: Bool
    /// The year of a mid-term evaluation (时间过半、任务过半), or of a final one judged with
    /// every target year's actual required; nil to judge each target by its latest actual.
    public var asOf: Int?
    public var convention: EvaluationConvention
    /// Monte Carlo paths, seed and threads of the base-year forecast.
    public var paths: Int
    public var seed: UInt64
    public var threads: Int
    /// The date the report carries (year, month, day).
    public var date: (year: Int, month: Int, day: Int)
    /// The program's version, for the annex.
    public var version: String

    public init(
        plan: Dataset, actuals: UserData, illustrative: Bool, asOf: Int? = nil,
        convention: EvaluationConvention = .standard,
        paths: Int = BaseYearForecast.paths, seed: UInt64 = BaseYearForecast.seed, threads: Int = 1,
        date: (year: Int, month: Int, day: Int) = EvaluateRequest.today(), version: String = ""
    ) {
        self.plan = plan
        self.actuals = actuals
        self.illustrative = illustrative
        self.asOf = asOf
        self.convention = convention
        self.paths = paths
        self.seed = seed
        self.threads = threads
        self.date = date
        self.version = version
    }

    /// Today in Beijing (UTC+8), the date a Chinese office puts on its report.
    public static func today() -> (year: Int, month: Int, day: Int) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 8 * 3600)!
        let c = calendar.dateComponents([.year, .month, .day], from: Date())
        return (c.year ?? 2026, c.month ?? 1, c.day ?? 1)
    }

    /// The years an evaluation reads: the plan's first base year through its last target year.
    public var period: ClosedRange<Int>? {
        let bases = plan.targets.map(\.baseYear) + plan.goals.map(\.baseYear),
            ends = plan.targets.map(\.targetYear) + plan.goals.map(\.targetYear)
        guard let first = bases.min(), let last = ends.max() else { return nil }
        return first...last
    }

    /// Every refusal of the request, located: the convention, `asOf`, actuals outside the period.
    public func refusals() -> [InputIssue] {
        var out: [InputIssue] = []
        if let why = EvaluationConvention.refusal(largelyAchievedFrom: convention.largelyAchievedFrom) {
            out.append(
                InputIssue(
                    file: "--largely-achieved-from", message: why,
                    help: Phrase(zh: "例如 `--largely-achieved-from 90`", en: "for example `--largely-achieved-from 90`"))
            )
        }
        guard let period else { return out }
        if let asOf, !((period.lowerBound + 1)...period.upperBound).contains(asOf) {
            out.append(
                InputIssue(
                    file: "--as-of",
                    message: Phrase(
                        zh: "\(asOf) 年不在规划期 \(period.lowerBound + 1)–\(period.upperBound) 年之内",
                        en: "\(asOf) is outside the plan period \(period.lowerBound + 1)–\(period.upperBound)"),
                    help: Phrase(
                        zh: "中期评估给出规划期内的年份，如 `--as-of \(period.lowerBound + 3)`",
                        en:
                            "give a year of the plan period for a mid-term evaluation, e.g. `--as-of \(period.lowerBound + 3)`"
                    )))
        }
        let name = plan.plan?.titleZH ?? plan.plan?.name ?? "plan"
        out += actuals.refusals(outside: period, planName: name)
        return out
    }
}
