import Foundation
public import PlanData

/// How a plan prints an indicator's figures: whole numbers for counts, else the decimals
/// the plan itself used for it; and yearly growth rounded to half a point.
public struct PlanPrecision: Sendable, Equatable {
    /// Decimals of a printed level or sum (0 for a count).
    public let decimals: Int
    /// Whether the indicator counts discrete things at their own scale (firms, persons).
    public let whole: Bool
    /// The indicator's unit, for figures at planning precision (``PlanningFigure``).
    public var unitZH = ""

    /// Units that count discrete things one by one; a count in them is printed whole. Units
    /// at another scale (万人, 万户) and rates (`%`, `‰`) are not counts at this scale.
    static let itemUnits: Set<String> = ["人", "人次", "个", "家", "户", "项", "座", "所", "处", "件", "辆", "套", "张"]

    /// The precision of `indicator` as `plan` prints it.
    ///
    /// Whole when the indicator is a count by its kind (a stock of things, a yearly flow or
    /// a total of them) and its unit counts items one by one; a level in such a unit (a rate
    /// per 1000 people in 个) is not a count. Otherwise the most decimals the plan's own base
    /// and target figures for it carry (at most 2; 1 when it prints none but its figures are
    /// below 100, so that 8.2 is not printed as 8).
    public init(_ indicator: Indicator, in plan: Dataset) {
        let countKind = indicator.kind == .stockCount || indicator.kind == .annualFlow || indicator.kind == .periodSum
        whole = countKind && Self.itemUnits.contains(indicator.unitZH)
        unitZH = indicator.unitZH
        if whole {
            decimals = 0
            return
        }
        let printed =
            plan.targets(of: indicator.id).flatMap { [$0.base, $0.target] }
            + plan.series(indicator.id).points.filter { $0.origin == .printed }.map(\.value)
            + plan.goals(of: indicator.id).flatMap { goal -> [Double] in
                if case .sum(let total) = goal.form { return [total] + (goal.base.map { [$0] } ?? []) }
                return []
            }
        let most = printed.map(Self.decimals(of:)).max() ?? 1
        let small = printed.allSatisfy { abs($0) < 100 }
        decimals = min(2, max(most, small ? 1 : 0))
    }

    public init(decimals: Int, whole: Bool) {
        self.decimals = whole ? 0 : decimals
        self.whole = whole
    }

    /// Decimals in the shortest form of `v` (`48.6` → 1, `2450` → 0).
    static func decimals(of v: Double) -> Int {
        for d in 0...6 {
            let scale = pow(10, Double(d))
            if abs((v * scale).rounded() - v * scale) < 1e-7 * max(1, abs(v * scale)) { return d }
        }
        return 6
    }

    /// `v` rounded as printed; `toward` rounds up (`.up`) or down (`.down`) instead of to nearest,
    /// for a value that must not become weaker by rounding.
    public func rounded(_ v: Double, _ rule: FloatingPointRoundingRule = .toNearestOrAwayFromZero) -> Double {
        let scale = pow(10, Double(decimals)), x = v * scale
        // A value already at the precision stays (30.1 × 10 = 301.00000000000006 is not rounded up to 302).
        if abs(x - x.rounded()) < 1e-9 * max(1, abs(x)) { return x.rounded() / scale }
        return x.rounded(rule) / scale
    }

    /// `v` at planning precision (``PlanningFigure``): what a target beside 左右, 以上, 不低于
    /// or 以内 is set at; `rule` `.up` or `.down` for a commitment that must not become weaker.
    public func planning(_ v: Double, _ rule: FloatingPointRoundingRule = .toNearestOrAwayFromZero) -> Double {
        PlanningFigure.rounded(v, unitZH: unitZH, decimals: decimals, rule)
    }

    /// `v` as printed, with thousands unseparated (`48.6`, `2450`).
    public func text(_ v: Double) -> String {
        DecimalRounding.fixed(rounded(v), decimals: decimals)
    }

    /// A yearly growth rate rounded to half a percentage point (0.0582 → 0.06, 0.0524 → 0.05).
    public static func halfPoint(_ g: Double, _ rule: FloatingPointRoundingRule = .toNearestOrAwayFromZero) -> Double {
        // A rate already on the half point stays (0.14 × 200 = 28.000000000000004 is not rounded up to 29).
        let x = g * 200
        return (abs(x - x.rounded()) < 1e-9 ? x.rounded() : x.rounded(rule)) / 200
    }

    /// A rate as a plan prints it: `6%`, `6.5%`, `-1%`.
    public static func percentText(_ g: Double) -> String {
        let p = (g * 1000).rounded() / 10
        return (p == p.rounded() ? String(Int(p)) : DecimalRounding.fixed(p, decimals: 1)) + "%"
    }
}
