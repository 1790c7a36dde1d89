import Foundation

/// Special functions behind the t and F distributions.
extension Statistics {
    /// The regularized incomplete beta function `I_x(a, b)`, by Lentz's continued
    /// fraction (Numerical Recipes §6.4; DLMF 8.17.22), using the symmetry
    /// `I_x(a,b) = 1 − I_{1−x}(b,a)` where the fraction converges faster.
    /// 0 for `x ≤ 0`, 1 for `x ≥ 1`; about 1e-14 absolute inside.
    public static func regularizedIncompleteBeta(a: Double, b: Double, x: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        // In steps with their types (the same sums in the same order): one expression took the
        // type checker over a second.
        let logGammas: Double = lgamma(a + b) - lgamma(a) - lgamma(b)
        let withA: Double = logGammas + a * log(x)
        let logFront: Double = withA + b * log1p(-x)
        if x < (a + 1) / (a + b + 2) {
            return exp(logFront) * betaContinuedFraction(a: a, b: b, x: x) / a
        }
        return 1 - exp(logFront) * betaContinuedFraction(a: b, b: a, x: 1 - x) / b
    }

    /// The continued fraction of ``regularizedIncompleteBeta(a:b:x:)`` (modified Lentz).
    static func betaContinuedFraction(a: Double, b: Double, x: Double) -> Double {
        let tiny = 1e-300
        func guarded(_ v: Double) -> Double { abs(v) < tiny ? tiny : v }
        var c = 1.0
        var d = 1 / guarded(1 - (a + b) * x / (a + 1))
        var h = d
        for m in 1...10_000 {
            let mm = Double(m)
            let even = mm * (b - mm) * x / ((a + 2 * mm - 1) * (a + 2 * mm))
            d = 1 / guarded(1 + even * d)
            c = guarded(1 + even / c)
            h *= d * c
            let odd = -(a + mm) * (a + b + mm) * x / ((a + 2 * mm) * (a + 2 * mm + 1))
            d = 1 / guarded(1 + odd * d)
            c = guarded(1 + odd / c)
            let delta = d * c
            h *= delta
            if abs(delta - 1) < 1e-16 { break }
        }
        return h
    }
}
