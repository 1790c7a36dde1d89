import Foundation
public import PlanData

/// One target of an evaluation: the plan's target, what the actuals say
/// (``TargetEvaluation``, the shared rules), and the forecast made at the plan's base year.
public struct EvaluationRow: Sendable {
    public let indicator: Indicator
    public let target: PlanTarget
    /// The plan's category (类别) of the indicator, when the table prints one.
    public let category: String?
    /// Nil when the target's period has no actual yet.
    public let evaluation: TargetEvaluation?
    /// The forecast made from the plan's own data (no actuals), for the year of the latest
    /// actual (levels) or for the period's sum (sums); nil when it cannot be compared.
    public let forecast: ForecastBand?
    /// The actuals of the period, base year first, for the chart.
    public let actuals: [(year: Int, value: Double)]
    /// The base-year forecast's band for each year of the period (yearly values; for sums
    /// the yearly amounts), for the chart.
    public let path: [(year: Int, band: ForecastBand)]
    /// The plan's goal when the target is one (a cumulative decline, a sum without a base,
    /// words); `target` is then what the rules judge it as (``GoalEvaluation``).
    public let goal: PlanGoal?
    /// Whether the base year had no forecast of this target, only the plan's own path fed
    /// back (``Evidence/plan``): then `forecast` and `path` are empty and the report says the
    /// target cannot be weighed against a forecast — the run briefing's 规划路径，非预测.
    public let forecastOnPlanPath: Bool

    public init(
        indicator: Indicator, target: PlanTarget, category: String? = nil, evaluation: TargetEvaluation?,
        forecast: ForecastBand?, actuals: [(year: Int, value: Double)] = [],
        path: [(year: Int, band: ForecastBand)] = [],
        goal: PlanGoal? = nil, forecastOnPlanPath: Bool = false
    ) {
        self.goal = goal
        self.forecastOnPlanPath = forecastOnPlanPath
        self.indicator = indicator
        self.target = target
        self.category = category
        self.evaluation = evaluation
        self.forecast = forecast
        self.actuals = actuals
        self.path = path
    }

    /// Whether the actual fell outside the forecast's P10–P90.
    public var outsideInterval: Bool? {
        guard let e = evaluation, let forecast else { return nil }
        return !forecast.contains(e.actual)
    }

    /// Whether the actual lies beyond the base-year forecast's band on the favourable side
    /// (above P90 for a floor, below P10 for a ceiling): "实际超出基期预测上限".
    public var exceededBand: Bool {
        guard let e = evaluation, let forecast else { return false }
        return target.direction == .floor ? e.actual > forecast.p90 : e.actual < forecast.p10
    }

    /// The years of the period without an actual (all of them when none has come in).
    public var missingYears: [Int] {
        evaluation?.missingYears ?? Array((target.baseYear + 1)...target.targetYear)
    }

    /// Decimals as the plan prints the target and its base (at most 2): 39.4 → 1, 2450 → 0.
    public var decimals: Int {
        // A target stated as a growth, change or points is a derived level: the base's precision.
        let printed =
            goal.map { g in [g.base].compactMap { $0 } + (actuals.isEmpty ? [] : [actuals[0].value]) }
            ?? (target.stated == nil ? [target.target, target.base] : [target.base])
        return printed.filter(\.isFinite).map(Self.printedDecimals).max() ?? 0
    }

    /// Decimals of the actual: the plan's, or more when the data reported more (研发 2.85
    /// against a plan printing 2.9 → 2; 93.5 against 92 → 1), so an actual is never shown as
    /// a figure it is not, and its completion and gap agree with what is printed.
    public var actualDecimals: Int {
        guard goal == nil else { return decimals }
        return ([decimals] + actuals.map { Self.printedDecimals($0.value) }).max() ?? decimals
    }

    /// Whether the row gets a chart: actuals, a level or sum from a printed base.
    public var charted: Bool { !actuals.isEmpty && goal == nil && target.base.isFinite }

    /// Whether the row is a cumulative decline (its actual and target are declines, fractions).
    public var isDecline: Bool { if case .decline? = goal?.form { true } else { false } }

    /// The fraction digits of `x`'s shortest form, at most 2.
    static func printedDecimals(_ x: Double) -> Int {
        guard x.isFinite else { return 0 }
        for k in 0...2 where abs(x * pow(10, Double(k)) - (x * pow(10, Double(k))).rounded()) < 1e-6 * max(1, abs(x)) {
            return k
        }
        return 2
    }

    /// `x` at the plan's precision; in English thousands grouped (`21,500`), in Chinese not
    /// (`21500万元`, as Chinese plan tables and the run briefings print them).
    public func value(_ x: Double?, _ l: Language) -> String { value(x, decimals: decimals, l) }

    /// `x` with the decimals it is printed with (a target: `70`, `〔75〕`, `4.5`).
    public func asPrinted(_ x: Double?, _ l: Language) -> String {
        value(x, decimals: x.map(Self.printedDecimals) ?? 0, l)
    }

    func value(_ x: Double?, decimals k: Int, _ l: Language) -> String {
        guard let x, x.isFinite else { return "—" }
        let fixed = NumberFormat.fixed(x, decimals: k)
        guard abs(x) >= 10_000, l == .en else { return fixed }
        let parts = fixed.split(separator: ".", maxSplits: 1)
        return NumberFormat.grouped(Int(parts[0]) ?? 0) + (parts.count > 1 ? "." + parts[1] : "")
    }

    /// A difference (a gap, a part of one) at the actual's precision, or with the decimals
    /// that keep it from rounding to nothing: 0.5 of a target printed as 40.
    public func difference(_ x: Double) -> String {
        var k = actualDecimals
        while k < 3 && x != 0 && Double(NumberFormat.fixed(abs(x), decimals: k)) == 0 { k += 1 }
        return NumberFormat.fixed(x, decimals: k)
    }

    /// Whether the target was missed (未完成, 基本完成 or 滞后): the rows of the reasons section.
    public var missed: Bool {
        guard let s = evaluation?.status else { return false }
        return s == .notAchieved || s == .largelyAchieved || s == .behind
    }

    /// The caution on the plan's printed unit when it reads wrongly at this size (0.65吨 is
    /// surely 万吨; ``UnitCaution``), nil when the unit reads as meant.
    public func unitCaution(_ l: Language) -> String? {
        UnitCaution.caution(
            nameZH: indicator.nameZH, nameEN: indicator.nameEN, unitZH: indicator.unitZH, unitEN: indicator.unit(.en),
            base: target.base, target: target.target, baseYear: target.baseYear, language: l)
    }

    /// The unit as the table prints it, marked ※ when ``unitCaution(_:)`` has a caution.
    public func unitText(_ l: Language) -> String {
        indicator.unit(l) + (unitCaution(l) == nil ? "" : UnitCaution.mark)
    }

    /// The shortfall split into the part the target set above the base-year forecast's
    /// median (`ambition`) and the part the actual fell below that median (`shock`), in the
    /// indicator's unit, signed so that positive is against the target; `belowBand` when the
    /// actual fell outside the forecast's band on the wrong side. Nil without a forecast.
    public var shortfall: (gap: Double, ambition: Double, shock: Double, belowBand: Bool)? {
        guard let e = evaluation, let f = forecast else { return nil }
        let floor = target.direction == .floor
        let aim = e.phase == .ended ? target.target : targetPath(at: e.latestYear)
        let gap = floor ? aim - e.actual : e.actual - aim
        let ambition = floor ? aim - f.median : f.median - aim
        let below = floor ? e.actual < f.p10 : e.actual > f.p90
        return (gap, ambition, gap - ambition, below)
    }

    /// The target's path at `year`: what the plan implies by then. Levels grow at the
    /// compound rate from the base (percentages move linearly, in points); sums add up the
    /// yearly amounts growing at the period-sum rate (``TargetArithmetic``).
    public func targetPath(at year: Int) -> Double {
        let n = Double(target.targetYear - target.baseYear), t = Double(year - target.baseYear)
        if target.kind == .periodSum {
            let g = TargetArithmetic.periodSumRate(base: target.base, total: target.target, years: Int(n))
            return (0..<max(0, year - target.baseYear)).reduce(0) { s, k in s + target.base * pow(1 + g, Double(k + 1))
            }
        }
        if indicator.unitZH.hasPrefix("%") || target.base <= 0 || target.target <= 0 {
            return target.base + (target.target - target.base) * t / n
        }
        return target.base * pow(target.target / target.base, t / n)
    }

    /// The yearly amount the plan implies for `year` of a sum target (the chart's target
    /// path for sums), or the level path for other targets.
    public func yearlyPath(at year: Int) -> Double {
        guard target.kind == .periodSum else { return targetPath(at: year) }
        return targetPath(at: year) - targetPath(at: year - 1)
    }

    /// Whether the chart draws the target as a flat line at its value: a ceiling, or a
    /// floor the base already met (a limit to stay within, not a path to climb).
    public var flatTarget: Bool {
        target.kind != .periodSum && (target.direction == .ceiling || target.isMet(by: target.base))
    }

    /// The chart's target line at `year`: the flat limit, or the path from the base.
    public func chartTarget(at year: Int) -> Double {
        if flatTarget { return target.target }
        return year == target.baseYear ? target.base : yearlyPath(at: year)
    }

    /// The chart's forecast band at `year`: the base itself at the base year (the forecast
    /// starts from it), the base-year forecast after.
    public func chartBand(at year: Int) -> ForecastBand? {
        if year == target.baseYear, !path.isEmpty {
            return ForecastBand(p10: target.base, median: target.base, p90: target.base)
        }
        return path.first { $0.year == year }?.band
    }
}
