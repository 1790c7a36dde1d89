import Foundation
import LinearAlgebra

/// The Student-t distribution's CDF and quantile function, built on LinearAlgebra's
/// regularized incomplete beta (``Distributions/studentTTwoSidedP(_:degreesOfFreedom:)``).
enum StudentT {
    /// `P(T ≤ t)` for Student's t with `df` degrees of freedom; `df = .infinity` gives
    /// the standard normal. Accurate to about 1e-14 absolute.
    static func cdf(_ t: Double, degreesOfFreedom df: Double) -> Double {
        if df.isInfinite { return Distributions.normalCDF(t) }
        let tail = Distributions.studentTTwoSidedP(t, degreesOfFreedom: df) / 2
        return t < 0 ? tail : 1 - tail
    }

    /// The density of Student's t (`df = .infinity`: the standard normal).
    static func pdf(_ t: Double, degreesOfFreedom df: Double) -> Double {
        if df.isInfinite { return exp(-t * t / 2) / (2 * Double.pi).squareRoot() }
        let logC = lgamma((df + 1) / 2) - lgamma(df / 2) - 0.5 * log(df * Double.pi)
        return exp(logC - (df + 1) / 2 * log1p(t * t / df))
    }

    /// The `p`-quantile of Student's t (`df = .infinity`: the standard normal), by
    /// Newton's method on ``cdf(_:degreesOfFreedom:)`` safeguarded by bisection inside a
    /// bracket, to about 1e-13 relative; ±infinity at 0 and 1.
    static func quantile(_ p: Double, degreesOfFreedom df: Double) -> Double {
        if p <= 0 { return -.infinity }
        if p >= 1 { return .infinity }
        if p == 0.5 { return 0 }
        if p < 0.5 { return -quantile(1 - p, degreesOfFreedom: df) }
        var lo = 0.0, hi = 1.0
        while cdf(hi, degreesOfFreedom: df) < p { lo = hi; hi *= 2 }
        var t = (lo + hi) / 2
        for _ in 0..<200 {
            let f = cdf(t, degreesOfFreedom: df) - p
            if f == 0 { break }
            if f < 0 { lo = t } else { hi = t }
            var next = t - f / pdf(t, degreesOfFreedom: df)
            if !(next > lo && next < hi) { next = (lo + hi) / 2 }
            if abs(next - t) <= 1e-13 * max(1, abs(t)) { return next }
            t = next
        }
        return t
    }
}
