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
/// - Totals over the period stay totals over the new period (`五年累计`).
/// - 约束性: a floor at least the last actual (a total at least the last period's total), a
///   ceiling at most it, unless the convention allows relaxing — then flagged.
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

    public init(indicator i: Indicator, plan: Dataset, data: Dataset, base: Double, baseYear: Int, targetYear: Int) {
        let old = plan.targets(of: i.id).first { $0.targetYear <= (plan.plan?.period.upperBound ?? baseYear) } ?? plan.targets(of: i.id).first
        indicator = i
        kind = old?.kind == .periodSum ? .periodSum : i.kind == .stockCount ? .stock : i.kind == .annualFlow ? .flow : .level
        direction = old?.direction ?? .floor
        self.base = base
        self.baseYear = baseYear
        self.targetYear = targetYear
        precision = PlanPrecision(i, in: plan)
        let oldBase = old?.baseYear ?? plan.plan.map { $0.period.lowerBound - 1 }
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
    }

    var binding: Bool { indicator.attribute == .binding }
    var ceiling: Bool { direction == .ceiling }
    var years: Int { targetYear - baseYear }

    /// The form the target is stated in.
    public var form: ProposedTarget.Form {
        if kind == .periodSum { return .periodSum }
        let rate = indicator.unitZH == "%" || indicator.unitZH == "‰"
        return rate || ceiling || binding || precision.whole ? .level : .growth
    }

    /// A target for the simulation, so the run keeps the target-year level or the total.
    public var placeholder: PlanTarget {
        PlanTarget(indicator: indicator.id, baseYear: baseYear, base: base, targetYear: targetYear,
                   target: kind == .periodSum ? base * Double(years) : base, kind: kind, direction: direction)
    }

    /// The growth a level or a total implies.
    func growth(_ value: Double) -> Double {
        kind == .periodSum ? TargetArithmetic.periodSumRate(base: base, total: value, years: years)
                           : TargetArithmetic.compoundRate(from: base, to: value, years: years)
    }

    /// The proposal, given the simulated quantile function and distribution function.
    public func propose(convention c: ProposalConvention, quantile: (Double) -> Double, atMost: (Double) -> Double) -> ProposedTarget {
        // The value met with probability p: a floor is met above it, a ceiling below.
        func valueMet(_ p: Double) -> Double { quantile(ceiling ? p : 1 - p) }
        let p = binding ? c.bindingOdds : c.indicativeOdds
        let raw = valueMet(p)
        var flags: [ProposedTarget.Flag] = []
        if raw <= quantile(0) || raw >= quantile(1) { flags.append(.beyondSimulatedRange) }
        var value: Double
        switch form {
        case .growth: value = base * pow(1 + PlanPrecision.halfPoint(growth(raw)), Double(years))
        case .level, .periodSum: value = precision.rounded(raw)
        }
        if binding, let floorOrCeiling = kind == .periodSum ? lastSum : base {
            let weaker = ceiling ? value > floorOrCeiling : value < floorOrCeiling
            if weaker && c.allowsRelaxingBinding {
                flags.append(.relaxedBinding)
            } else if weaker {
                value = precision.rounded(floorOrCeiling, ceiling ? .down : .up)
                flags.append(.heldAtLastActual)
            }
        }
        let g = growth(value)
        if !ceiling, let last = lastGrowth, g < last - 0.0005 { flags.append(.slowerThanLastPeriod) }
        let below = atMost(value)
        let (zh, en) = wording(value, growth: g)
        return ProposedTarget(
            indicator: indicator.id, nameZH: indicator.nameZH, nameEN: indicator.nameEN, unitZH: indicator.unitZH, unitEN: indicator.unitEN,
            binding: binding, form: form, ceiling: ceiling, baseYear: baseYear, base: base, targetYear: targetYear, value: value, growth: g,
            decimals: precision.decimals, odds: ceiling ? below : 1 - below,
            points: c.shownOdds.map { q in let v = valueMet(q); return .init(probability: q, value: v, growth: growth(v)) },
            lastGrowth: lastGrowth, lastFirstYear: lastFirstYear, lastSum: lastSum, visionYear: vision?.targetYear, visionValue: vision?.target,
            flags: flags, wordingZH: zh, wordingEN: en)
    }

    /// The target as a plan prints it, in Chinese and English.
    func wording(_ value: Double, growth g: Double) -> (String, String) {
        let unitZH = indicator.unitZH, unitEN = indicator.unitEN
        let amountZH = precision.text(value) + unitZH
        let amountEN = precision.text(value) + (unitEN == "%" ? "%" : " " + unitEN)
        switch form {
        case .growth:
            let pct = PlanPrecision.percentText(abs(PlanPrecision.halfPoint(g)))
            return (g < 0 ? "年均下降\(pct)左右" : "年均增长\(pct)左右", g < 0 ? "down about \(pct) a year" : "about \(pct) a year")
        case .level:
            if ceiling { return ("控制在\(amountZH)以内", "at most \(amountEN)") }
            return binding ? ("不低于\(amountZH)", "at least \(amountEN)") : ("达到\(amountZH)左右", "about \(amountEN)")
        case .periodSum:
            let span = "\(baseYear + 1)–\(targetYear)"
            if ceiling { return ("五年累计控制在\(amountZH)以内", "at most \(amountEN) in total over \(span)") }
            return binding ? ("五年累计不低于\(amountZH)", "at least \(amountEN) in total over \(span)")
                           : ("五年累计\(amountZH)左右", "about \(amountEN) in total over \(span)")
        }
    }
}
