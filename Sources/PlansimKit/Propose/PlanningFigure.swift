import Foundation
import PlanData

/// A figure as a plan prints it beside 左右, 以上, 不低于 or 以内: no false precision
/// (9494个左右 → 9500个左右, 146270平方米 → 14.6万平方米, 27933亩 → 2.8万亩).
///
/// The one rule: a figure of 100 or more (not a rate in `%` or `‰`) keeps the coarsest of
/// two or three significant figures whose half step stays within 1 % of it — two when its
/// leading digits are 5 or more (9494 → 9500, 5001 → 5000), three below (146270 → 146000,
/// 2860 → 2860). Smaller figures keep the plan's own decimals but at most three significant
/// figures (65.34亿元 → 65.3亿元, as the annex's rule says: 2–3 significant figures); rates
/// keep the plan's own decimals. A figure in a unit
/// counted one by one (人, 个, 平方米, 亩, 吨, 元 …) of 10,000 or more is written in 万
/// (14.6万平方米). A commitment rounds the safe way (`.up` for a floor, `.down` for a
/// ceiling), so that rounding never makes it weaker.
public enum PlanningFigure {
    /// Units a plan writes in 万 from 10,000 on.
    static let tenThousandUnits: Set<String> = [
        "人", "人次", "个", "家", "户", "项", "座", "所", "处", "件", "辆", "套", "张",
        "平方米", "亩", "吨", "元", "千瓦", "千瓦时", "标准箱",
    ]

    /// `v` at planning precision; `decimals` is the plan's own precision, used below 100 and for rates.
    public static func rounded(
        _ v: Double, unitZH: String, decimals: Int, _ rule: FloatingPointRoundingRule = .toNearestOrAwayFromZero
    ) -> Double {
        guard v.isFinite else { return v }
        if unitZH.hasPrefix("%") || unitZH == "‰" || abs(v) < 100 {
            return PlanPrecision(decimals: Self.decimals(v, unitZH: unitZH, decimals: decimals), whole: false).rounded(
                v, rule)
        }
        let e = floor(log10(abs(v))), mantissa = abs(v) / pow(10, e)
        let step = pow(10, e - (mantissa >= 5 ? 1 : 2))
        let x = v / step
        // A figure already on the step stays (no rounding up of 28000.000000001).
        if abs(x - x.rounded()) < 1e-9 * max(1, abs(x)) { return x.rounded() * step }
        return x.rounded(rule) * step
    }

    /// `v` (already ``rounded(_:unitZH:decimals:_:)``) with its unit: `9500个`, `14.6万平方米`, `48.6亿元`.
    public static func textZH(_ v: Double, unitZH: String, decimals: Int) -> String {
        let (text, unit) = partsZH(v, unitZH: unitZH, decimals: decimals)
        return text + unit
    }

    /// ``textZH(_:unitZH:decimals:)`` in its two parts: the figure and the unit printed after
    /// it (`2.8`, `万亩`; `48.6`, `亿元`).
    public static func partsZH(_ v: Double, unitZH: String, decimals: Int) -> (text: String, unit: String) {
        if abs(v) >= 10_000 && tenThousandUnits.contains(unitZH) { return (trimmed(v / 10_000), "万" + unitZH) }
        return (number(v, decimals: decimals), unitZH)
    }

    /// `v` in English: `9,500`, `146,000`, `48.6`.
    public static func textEN(_ v: Double, decimals: Int) -> String {
        let s = number(v, decimals: decimals)
        guard abs(v) >= 1000, !s.contains(".") else { return s }
        let digits = Array(s.hasPrefix("-") ? String(s.dropFirst()) : s)
        var out = ""
        for (k, c) in digits.enumerated() {
            if k > 0 && (digits.count - k) % 3 == 0 { out += "," }
            out.append(c)
        }
        return (s.hasPrefix("-") ? "-" : "") + out
    }

    /// The decimals `v` is printed with beside 左右, 以上, 不低于 or 以内: a rate keeps the
    /// plan's `decimals`; another figure none from 100 on, and below 100 the plan's decimals
    /// but no more than three significant figures (65.34 → 1 decimal, 0.583 → 3, 5.12 → 2).
    public static func decimals(_ v: Double, unitZH: String, decimals: Int) -> Int {
        if unitZH.hasPrefix("%") || unitZH == "‰" || !v.isFinite || v == 0 { return decimals }
        if abs(v) >= 100 { return 0 }
        return min(decimals, max(0, 2 - Int(floor(log10(abs(v))))))
    }

    /// Whole from 100 on (the rule leaves no decimals there), else the plan's decimals.
    static func number(_ v: Double, decimals: Int) -> String {
        DecimalRounding.fixed(v, decimals: abs(v) >= 100 ? 0 : decimals)
    }

    /// At most two decimals, without trailing zeros: 14.6, 2.8, 5.06, 1.
    static func trimmed(_ x: Double) -> String {
        DecimalRounding.trimmed(x, decimals: 2)
    }
}
