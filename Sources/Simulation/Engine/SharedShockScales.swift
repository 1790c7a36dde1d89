import Foundation

/// The Student-t scales of a block's shocks, one χ² per path shared by every indicator
/// (issue 24, finding 2): the indicators' shocks are then a multivariate t, whose
/// correlation is the estimated one. Drawn on its own, a scale per indicator lowered the
/// simulated correlation to ρ·E[s]²/E[s²] (×0.785 at ν = 4).
///
/// Indicators with different degrees of freedom share as much of the χ² as they can
/// (M. C. Jones, "A dependent bivariate t distribution with marginals on different degrees
/// of freedom", *Statistics & Probability Letters* 56, 2002): with the distinct ν sorted,
/// ν₁ < ν₂ < …, X₁ ~ χ²_{ν₁} and Xₖ = Xₖ₋₁ + Yₖ, Yₖ ~ χ²_{νₖ − νₖ₋₁} independent. Each Xₖ is
/// exactly χ²_{νₖ}, so each indicator's shock stays its own predictive Student-t; indicators
/// of equal ν share one X. The scale is drawn once per path, as before (the predictive of an
/// unknown shock SD, one per simulated world), and applies to all its years.
enum SharedShockScales {
    /// Fills `scale[i * capacity + p]` = √(νᵢ/Xᵢ) for each indicator `i` of `indicators`
    /// (whose `degrees` are finite) and path `p < paths`, using `chi` (`capacity` doubles)
    /// as work space; with `deterministic`, every scale is 1 and nothing is drawn.
    static func draw(
        _ indicators: [Int], degrees: [Double], paths: Int, capacity: Int, into scale: UnsafeMutablePointer<Double>,
        chi: UnsafeMutablePointer<Double>, generator: inout NormalGenerator, deterministic: Bool
    ) {
        if deterministic {
            for i in indicators { (scale + i * capacity).update(repeating: 1, count: paths) }
            return
        }
        chi.update(repeating: 0, count: paths)
        var below = 0.0
        for nu in Set(indicators.map { degrees[$0] }).sorted() {
            let shape = (nu - below) / 2
            for p in 0..<paths { chi[p] += 2 * gamma(shape: shape, generator: &generator) }
            below = nu
            for i in indicators where degrees[i] == nu {
                let s = scale + i * capacity
                for p in 0..<paths { s[p] = (nu / chi[p]).squareRoot() }
            }
        }
    }

    /// A Gamma(`shape`, 1) variate by Marsaglia & Tsang's method (*ACM TOMS* 26, 2000:
    /// exact, about 1.03 normals per draw for shape ≥ 1); below shape 1, their boost:
    /// Gamma(a) = Gamma(a + 1) · U^{1/a}.
    static func gamma(shape: Double, generator: inout NormalGenerator) -> Double {
        let boosted = shape < 1
        let d = (boosted ? shape + 1 : shape) - 1.0 / 3, c = 1 / (9 * d).squareRoot()
        var value = d
        while true {
            let x = generator.next(), v0 = 1 + c * x
            guard v0 > 0 else { continue }
            let v = v0 * v0 * v0, u = generator.source.uniform()
            if u < 1 - 0.0331 * x * x * x * x || log(u) < 0.5 * x * x + d * (1 - v + log(v)) {
                value = d * v
                break
            }
        }
        return boosted ? value * pow(generator.source.uniform(), 1 / shape) : value
    }
}
