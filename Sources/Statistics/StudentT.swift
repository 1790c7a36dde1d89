import Foundation

/// Student's t distribution with `df` degrees of freedom; `df = .infinity` is the
/// standard normal (and uses its functions, so both agree bit for bit there).
extension Statistics {
    /// The two-sided p-value `P(|T| ≥ |t|) = I_{df/(df+t²)}(df/2, 1/2)`. Accurate to
    /// about 1e-14 absolute; NaN for `df ≤ 0` or NaN `t`; 0 for infinite `t`.
    public static func studentTTwoSidedP(_ t: Double, degreesOfFreedom df: Double) -> Double {
        guard df > 0, !t.isNaN else { return .nan }
        if t.isInfinite { return 0 }
        if df.isInfinite { return 2 * normalCDF(-abs(t)) }
        return regularizedIncompleteBeta(a: df / 2, b: 0.5, x: df / (df + t * t))
    }

    /// `P(T ≤ t)`. Accurate to about 1e-14 absolute.
    public static func studentTCDF(_ t: Double, degreesOfFreedom df: Double) -> Double {
        if df.isInfinite { return normalCDF(t) }
        let tail = studentTTwoSidedP(t, degreesOfFreedom: df) / 2
        return t < 0 ? tail : 1 - tail
    }

    /// The density of T.
    public static func studentTPDF(_ t: Double, degreesOfFreedom df: Double) -> Double {
        if df.isInfinite { return normalPDF(t) }
        let logGammas: Double = lgamma((df + 1) / 2) - lgamma(df / 2)  // typed: a fast type check
        let logC: Double = logGammas - 0.5 * log(df * Double.pi)
        return exp(logC - (df + 1) / 2 * log1p(t * t / df))
    }

    /// The `p`-quantile of T: for finite `df` by Newton's method on
    /// ``studentTCDF(_:degreesOfFreedom:)`` safeguarded by bisection inside a bracket, to
    /// about 1e-13 relative; for `df = .infinity` ``normalQuantile(_:)`` (AS241).
    /// −∞ at `p ≤ 0`, +∞ at `p ≥ 1`.
    public static func studentTQuantile(_ p: Double, degreesOfFreedom df: Double) -> Double {
        if p <= 0 { return -.infinity }
        if p >= 1 { return .infinity }
        if df.isInfinite { return normalQuantile(p) }
        if p == 0.5 { return 0 }
        if p < 0.5 { return -studentTQuantile(1 - p, degreesOfFreedom: df) }
        var lo = 0.0, hi = 1.0
        while studentTCDF(hi, degreesOfFreedom: df) < p {
            lo = hi
            hi *= 2
        }
        var t = (lo + hi) / 2
        for _ in 0..<200 {
            let f = studentTCDF(t, degreesOfFreedom: df) - p
            if f == 0 { break }
            if f < 0 { lo = t } else { hi = t }
            var next = t - f / studentTPDF(t, degreesOfFreedom: df)
            if !(next > lo && next < hi) { next = (lo + hi) / 2 }
            if abs(next - t) <= 1e-13 * max(1, abs(t)) { return next }
            t = next
        }
        return t
    }
}
