import Foundation
import PlanData

/// How numbers look in human output: rates as percentages (5.59%), values with the
/// digits the plan prints.
public enum NumberFormat {
    /// A fraction as a percentage with two decimals: 0.05589 → `5.59%`; nil → `—`.
    public static func percent(_ rate: Double?) -> String {
        guard let rate, rate.isFinite else { return "—" }
        return DecimalRounding.fixed(rate * 100, decimals: 2) + "%"
    }

    /// A rate as a briefing prints it, in text and tables alike (PDF, Word, Excel): one
    /// decimal, as officials write it (0.123 → `12.3%`, 0.05589 → `5.6%`), the one minus
    /// sign (−); nil → `—`. JSON keeps full precision; `percent` keeps two decimals for the
    /// terminal's tables.
    public static func rate(_ rate: Double?) -> String {
        guard let rate, rate.isFinite else { return "—" }
        return OfficialForm.minusSigns(fixed(rate * 100, decimals: 1)) + "%"
    }

    /// A probability at the precision a Monte Carlo estimate has for a planner: whole per
    /// cent, `< 1%` and `> 99%` at the ends (never `0%` or `100%` unless exact); nil → `—`.
    /// JSON keeps full precision.
    public static func probability(_ p: Double?) -> String {
        guard let p, p.isFinite else { return "—" }
        if p == 0 || p == 1 { return "\(Int(p * 100))%" }
        if p < 0.01 { return "< 1%" }
        if p > 0.99 { return "> 99%" }
        return "\(Int((p * 100).rounded()))%"
    }

    /// A value with up to `digits` significant digits, no exponent for plan-sized numbers.
    public static func value(_ x: Double?, digits: Int = 6) -> String {
        guard let x, x.isFinite else { return "—" }
        if x == x.rounded() && abs(x) < 1e12 { return String(Int(x)) }
        let magnitude = x == 0 ? 0 : Int(floor(log10(abs(x))))
        let decimals = max(0, min(10, digits - 1 - magnitude))
        var text = DecimalRounding.fixed(x, decimals: decimals)
        if text.contains(".") {
            while text.last == "0" { text.removeLast() }
            if text.last == "." { text.removeLast() }
        }
        return text
    }
}
