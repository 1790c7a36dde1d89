public import Artifacts
import Foundation
public import PlanData

/// One indicator's proposal as a planner sets it: the value at the convention's odds,
/// stated as the plan prints it, a 约束性 target never weaker than the last actual, and
/// the odds of the value as printed.
///
/// - 预期性 levels in units that grow (亿元, 万元 …): yearly growth rounded to half a point
///   (`年均增长6%左右`), the level it implies in the target year.
/// - Rates (`%`, `‰`), counts, ceilings and 约束性 targets: the level at the plan's precision
///   (counts whole).
/// - `%` rows the ending plan printed in percentage points (`〔0.7〕`): points again, to 0.1
///   point (`提高0.8个百分点左右`), the level they imply beside; levels stay levels.
/// - Totals over the period stay totals over the new period (`五年累计`).
/// - 约束性: a floor at least the last actual (a total at least the last period's total), a
///   ceiling at most it, unless the convention allows relaxing — then flagged. A 约束性 target
///   in points: never fewer points than the last period achieved (when the actuals give them),
///   and never below the last actual level.
/// - A row slower than the last period achieved says why (``ProposedTarget/SlowerReason``):
///   the model's median is below the record, the odds put the value below the median, or rounding.
public struct ProposalRules: Sendable {
    public let indicator: Indicator
    public let kind: TargetKind
    public let direction: TargetDirection
    public let base: Double
    public let baseYear: Int
    public let targetYear: Int
    public let precision: PlanPrecision
    /// The last period's compound growth (the ending plan's base year to this base year).
    public let lastGrowth: Double?
    public let lastFirstYear: Int?
    /// The last period's total of the yearly values, for a period-sum target.
    public let lastSum: Double?
    public let vision: PlanTarget?
    /// Whether the ending plan printed the target in percentage points (`〔0.7〕` on a `%` row).
    public let inPoints: Bool
    /// The points achieved over the last period (base − the old base year's value), for ``inPoints``.
    public let lastPoints: Double?
    /// The ending plan's cap, for a ceiling stated as a level (城镇调查失业率 5.5以内).
    public let previousCap: Double?

    public init(indicator i: Indicator, plan: Dataset, data: Dataset, base: Double, baseYear: Int, targetYear: Int) {
        let old =
            plan.targets(of: i.id).first { $0.targetYear <= (plan.plan?.period.upperBound ?? baseYear) }
            ?? plan.targets(of: i.id).first
        // A total the plan printed without a base (a PlanGoal) stays a total.
        let sumGoal = plan.goals(of: i.id).first { if case .sum = $0.form { true } else { false } }
        indicator = i
        kind =
            old?.kind == .periodSum || (old == nil && sumGoal != nil)
            ? .periodSum
            : i.kind == .stockCount ? .stock : i.kind == .annualFlow ? .flow : .level
        direction = old?.direction ?? sumGoal?.direction ?? .floor
        self.base = base
        self.baseYear = baseYear
        self.targetYear = targetYear
        precision = PlanPrecision(i, in: plan)
        let oldBase = old?.baseYear ?? sumGoal?.baseYear ?? plan.plan.map { $0.period.lowerBound - 1 }
        if let oldBase, oldBase < baseYear, let v0 = data.series(i.id).value(in: oldBase), v0 > 0 {
            lastGrowth = TargetArithmetic.compoundRate(from: v0, to: base, years: baseYear - oldBase)
            lastFirstYear = oldBase
        } else {
            lastGrowth = nil
            lastFirstYear = nil
        }
        let n = targetYear - baseYear
        let lastYears = (baseYear - n + 1)...baseYear
        let values = lastYears.compactMap { data.series(i.id).value(in: $0) }
        lastSum = kind == .periodSum && values.count == n ? values.reduce(0, +) : nil
        vision = plan.targets(of: i.id).first { $0.targetYear > targetYear && $0.kind != .periodSum }
        previousCap = old?.direction == .ceiling && old?.kind != .periodSum && old?.stated == nil ? old?.target : nil
        if case .points = old?.stated { inPoints = true } else { inPoints = false }
        if inPoints, let oldBase, oldBase < baseYear, let v0 = data.series(i.id).value(in: oldBase) {
            lastPoints = base - v0
        } else {
            lastPoints = nil
        }
    }

    var binding: Bool { indicator.attribute == .binding }
    var ceiling: Bool { direction == .ceiling }
    var years: Int { targetYear - baseYear }

    /// The form the target is stated in.
    public var form: ProposedTarget.Form {
        if kind == .periodSum { return .periodSum }
        if inPoints { return .points }
        let rate = indicator.unitZH == "%" || indicator.unitZH == "‰"
        return rate || perPopulation || ceiling || binding || precision.whole ? .level : .growth
    }

    /// A rate per head of population in a unit of things (每千人口托位数 4.5 个): a level
    /// (达到9.3个左右), never a growth rate.
    var perPopulation: Bool {
        let name = indicator.nameZH
        return (indicator.kind == .annualLevel && PlanPrecision.itemUnits.contains(indicator.unitZH))
            || ["每千", "每万", "每百", "每十万"].contains { name.hasPrefix($0) }
    }

    /// A target for the simulation, so the run keeps the target-year level or the total.
    public var placeholder: PlanTarget {
        PlanTarget(
            indicator: indicator.id, baseYear: baseYear, base: base, targetYear: targetYear,
            target: kind == .periodSum ? base * Double(years) : base, kind: kind, direction: direction)
    }

    /// The growth a level or a total implies.
    func growth(_ value: Double) -> Double {
        kind == .periodSum
            ? TargetArithmetic.periodSumRate(base: base, total: value, years: years)
            : TargetArithmetic.compoundRate(from: base, to: value, years: years)
    }

    /// Points rounded to 0.1 (`rule` `.up` or `.down` for a value that must not become weaker).
    public static func tenth(_ x: Double, _ rule: FloatingPointRoundingRule = .toNearestOrAwayFromZero) -> Double {
        PlanPrecision(decimals: 1, whole: false).rounded(x, rule)
    }

    /// The level a 约束性 target may not be weaker than: the last period's total for a sum; the
    /// last actual raised by the points achieved for a target in points (never below the last
    /// actual); else the last actual.
    var bindingBound: Double? {
        if kind == .periodSum { return lastSum }
        if form == .points, let last = lastPoints {
            let achieved = ceiling ? min(last, 0) : max(last, 0)
            return base + Self.tenth(achieved, ceiling ? .down : .up)
        }
        return base
    }

    /// The proposal, given the simulated quantile function and distribution function.
    public func propose(convention c: ProposalConvention, quantile: (Double) -> Double, atMost: (Double) -> Double)
        -> ProposedTarget
    {
        // The value met with probability p: a floor is met above it, a ceiling below.
        func valueMet(_ p: Double) -> Double { quantile(ceiling ? p : 1 - p) }
        let p = binding ? c.bindingOdds : c.indicativeOdds
        let raw = valueMet(p)
        var flags: [ProposedTarget.Flag] = []
        if raw <= quantile(0) || raw >= quantile(1) { flags.append(.beyondSimulatedRange) }
        var value: Double
        switch form {
        case .growth: value = base * pow(1 + PlanPrecision.halfPoint(growth(raw)), Double(years))
        case .points:
            // A 约束性 target rounds the strict way, so rounding never weakens it.
            let rule: FloatingPointRoundingRule = !binding ? .toNearestOrAwayFromZero : ceiling ? .down : .up
            value = base + Self.tenth(raw - base, rule)
        // A 约束性 level or total rounds the strict way (a floor up, a ceiling down): rounding
        // never makes a commitment weaker.
        case .level, .periodSum, .decline:
            value = precision.planning(raw, !binding ? .toNearestOrAwayFromZero : ceiling ? .down : .up)
        }
        if !binding && ceiling && form == .level {
            // A 预期性 cap is never tighter than the current actual: the ending plan's cap is
            // kept when the actual is within it; else the cap is at least the actual.
            let floorOfCap = precision.planning(base, .up)
            if let cap = previousCap, cap >= base {
                value = cap
                flags.append(.keptPreviousCap)
            } else if value < floorOfCap {
                value = floorOfCap
                flags.append(.capAtLastActual)
            }
        }
        if binding, let bound = bindingBound {
            let weaker = ceiling ? value > bound + 1e-9 : value < bound - 1e-9
            if weaker && c.allowsRelaxingBinding {
                flags.append(.relaxedBinding)
            } else if weaker {
                value = form == .points ? bound : precision.planning(bound, ceiling ? .down : .up)
                flags.append(.heldAtLastActual)
            }
        }
        let g = growth(value), median = growth(quantile(0.5))
        // Slower than achieved: fewer points for a target in points (the same points on a higher
        // base are a lower growth, not a slower pace), else a lower yearly growth.
        let inPoints = form == .points, b0 = base
        func pace(_ v: Double) -> Double { inPoints ? v - b0 : growth(v) }
        let record: Double? = inPoints ? lastPoints.map { Self.tenth($0) } : lastGrowth
        let margin = inPoints ? 0.05 : 0.0005
        var slower: ProposedTarget.SlowerReason?
        if !ceiling, let last = record, pace(value) < last - margin {
            flags.append(.slowerThanLastPeriod)
            slower =
                pace(quantile(0.5)) < last - margin
                ? .modelBelowRecord : pace(raw) < last - margin ? .oddsBelowMedian : .rounding
        }
        let below = atMost(value)
        let (zh, en) = wording(value, growth: g)
        var target = ProposedTarget(
            indicator: indicator.id, nameZH: indicator.nameZH, nameEN: indicator.nameEN, unitZH: indicator.unitZH,
            unitEN: indicator.unitEN,
            binding: binding, form: form, ceiling: ceiling, baseYear: baseYear, base: base, targetYear: targetYear,
            value: value, growth: g,
            decimals: form == .points ? max(precision.decimals, 1) : precision.decimals,
            odds: ceiling ? below : 1 - below,
            points: c.shownOdds.map { q in
                let v = valueMet(q)
                return .init(probability: q, value: v, growth: growth(v))
            },
            lastGrowth: lastGrowth, lastFirstYear: lastFirstYear, lastSum: lastSum, visionYear: vision?.targetYear,
            visionValue: vision?.target,
            flags: flags, wordingZH: zh, wordingEN: en, lastPoints: lastPoints, medianGrowth: median,
            slowerBecause: slower)
        target.limit = limit(value)
        target.figure = figure(value)
        return target
    }

    /// Whether the target is a bound held from the base year (a ceiling; a 约束性 level or
    /// total as a floor, or a 约束性 `%` level of no points) rather than a level to reach.
    func limit(_ value: Double) -> ProposedTarget.Limit {
        if ceiling { return .ceiling }
        guard binding else { return .none }
        switch form {
        case .level, .periodSum: return .floor
        case .points: return abs(Self.tenth(value - base)) < 1e-9 ? .floor : .none
        case .growth, .decline: return .none
        }
    }

    /// The figure the wording prints for a level or a total, with the unit printed after it.
    func figure(_ value: Double) -> ProposedTarget.Figure? {
        guard form == .level || form == .periodSum else { return nil }
        let digits = PlanningFigure.decimals(value, unitZH: indicator.unitZH, decimals: precision.decimals)
        let (text, unit) = PlanningFigure.partsZH(value, unitZH: indicator.unitZH, decimals: digits)
        return .init(value: value, textZH: text, unitZH: unit)
    }

    /// The target as a plan prints it, in Chinese and English.
    func wording(_ value: Double, growth g: Double) -> (String, String) {
        let unitZH = indicator.unitZH, unitEN = indicator.unitEN
        let digits = PlanningFigure.decimals(value, unitZH: unitZH, decimals: precision.decimals)
        let amountZH = PlanningFigure.textZH(value, unitZH: unitZH, decimals: digits)
        let amountEN = PlanningFigure.textEN(value, decimals: digits) + (unitEN == "%" ? "%" : " " + unitEN)
        switch form {
        case .growth:
            let pct = PlanPrecision.percentText(abs(PlanPrecision.halfPoint(g)))
            return (g < 0 ? "年均下降\(pct)左右" : "年均增长\(pct)左右", g < 0 ? "down about \(pct) a year" : "about \(pct) a year")
        case .level:
            if ceiling { return ("控制在\(amountZH)以内", "at most \(amountEN)") }
            return binding ? ("不低于\(amountZH)", "at least \(amountEN)") : ("达到\(amountZH)左右", "about \(amountEN)")
        case .points:
            return Self.pointsWording(
                value - base, level: value, decimals: max(precision.decimals, 1), binding: binding, ceiling: ceiling)
        case .decline:
            return DeclineProposal.wording(value, binding: binding)
        case .periodSum:
            let span = "\(baseYear + 1)–\(targetYear)"
            if ceiling { return ("五年累计控制在\(amountZH)以内", "at most \(amountEN) in total over \(span)") }
            return binding
                ? ("五年累计不低于\(amountZH)", "at least \(amountEN) in total over \(span)")
                : ("五年累计\(amountZH)左右", "about \(amountEN) in total over \(span)")
        }
    }

    /// `提高0.8个百分点左右（达到3.1%）`, `提高0.5个百分点以上（不低于2.8%）`, `降低0.3个百分点左右（4.2%左右）`,
    /// `不低于2.3%` (a 约束性 target of no points: held at the level).
    static func pointsWording(_ points: Double, level: Double, decimals: Int, binding: Bool, ceiling: Bool) -> (
        String, String
    ) {
        let pts = abs(tenth(points)),
            ptsText = pts == pts.rounded() ? String(Int(pts)) : DecimalRounding.fixed(pts, decimals: 1)
        let levelText = DecimalRounding.fixed(level, decimals: decimals) + "%"
        if pts < 1e-9 {
            if ceiling { return ("控制在\(levelText)以内", "at most \(levelText)") }
            return binding ? ("不低于\(levelText)", "at least \(levelText)") : ("保持在\(levelText)左右", "about \(levelText)")
        }
        let up = points > 0
        let (verbZH, verbEN) = up ? ("提高", "up") : ("降低", "down")
        let besideZH = ceiling ? "控制在\(levelText)以内" : binding ? "不低于\(levelText)" : "达到\(levelText)"
        let besideEN = ceiling ? "at most \(levelText)" : binding ? "at least \(levelText)" : "to \(levelText)"
        guard binding else {
            return (
                "\(verbZH)\(ptsText)个百分点左右（\(besideZH)）", "\(verbEN) about \(ptsText) percentage points (\(besideEN))"
            )
        }
        // A commitment: at least the points in the indicator's direction, at most the points against it.
        if up != ceiling {
            return (
                "\(verbZH)\(ptsText)个百分点以上（\(besideZH)）",
                "\(verbEN) at least \(ptsText) percentage points (\(besideEN))"
            )
        }
        return (
            "\(verbZH)不超过\(ptsText)个百分点（\(besideZH)）", "\(verbEN) at most \(ptsText) percentage points (\(besideEN))"
        )
    }
}
