/// The solution of a full-rank linear least-squares problem to (nearly) all the digits
/// its data determine.
public struct RefinedLeastSquaresSolution: Sendable {
    /// The minimizer of `‖y − A·β‖₂`, rounded to double.
    public let coefficients: [Double]
    /// The same, to double-double precision.
    public let extendedCoefficients: [DoubleDouble]
    /// `Σ rᵢ²` at the solution, with residuals formed in double-double.
    public let residualSumOfSquares: Double
    /// `(AᵀA)⁻¹` in the units of the coefficients, accurate to about
    /// `κ(A_scaled)² · 1e-32` relative after refinement (plain double: `κ · 1e-16`).
    public let unscaledCovariance: Matrix
    /// The 2-norm condition number of `A` as given.
    public let conditionNumber: Double
    /// The 2-norm condition number of `A` after scaling its columns to unit norm,
    /// the one that governs accuracy here.
    public let scaledConditionNumber: Double
    /// How many refinement steps the coefficients took.
    public let refinementSteps: Int
}

/// Linear least squares that reaches certified accuracy on ill-conditioned designs
/// (NIST StRD Filip and Wampler5 included).
///
/// Method: exact power-of-two column scaling; Householder QR of the scaled design in
/// double (`dgeqrf`); then iterative refinement of the augmented system
/// `[I A; Aᵀ 0]·[r; x] = [y; 0]` (Björck 1967), its residuals accumulated in
/// double-double and its corrections solved with the double Householder factors
/// (`dormqr`, `dtrtrs`); `x` and `r` are kept in double-double. The error contracts by
/// about `κ·ε` per step whatever the size of the residual (Björck, *Numerical Methods
/// for Least Squares Problems*, SIAM 1996, §2.9), so up to `κ ≈ 1e14` it converges, to
/// a limit set by the double-double residuals rather than by `κ·ε`. (Refinement
/// through the semi-normal equations alone contracts only by `κ²·ε` and diverges on
/// Filip, whose scaled `κ` is 5e9.) `(AᵀA)⁻¹` is refined the same way, one column at a
/// time, when `κ·ε` is too large for the plain inverse to carry seven digits.
public enum RefinedLeastSquares {
    /// Solves `min ‖y − A·β‖₂` for the `m × n` design whose columns are `columns`.
    ///
    /// - Parameters:
    ///   - columns: the `n` columns of `A`, each of `m` values (`m ≥ n`).
    ///   - response: `y`, `m` values.
    /// - Throws: ``LinearAlgebraError/rankDeficient(rank:columns:)`` when the scaled
    ///   design is singular to working precision (`σ_min ≤ max(m, n)·ε·σ_max`), naming
    ///   the columns of the dependency; ``LinearAlgebraError/nonFinite(what:)``;
    ///   ``LinearAlgebraError/didNotConverge(routine:detail:)`` if refinement diverges.
    public static func solve(columns: [[DoubleDouble]], response: [DoubleDouble]) throws(LinearAlgebraError)
        -> RefinedLeastSquaresSolution
    {
        let n = columns.count, m = response.count
        precondition(n >= 1 && m >= n, "least squares needs rows ≥ columns ≥ 1, got \(m)×\(n)")
        for c in columns { precondition(c.count == m, "every column needs \(m) entries, got \(c.count)") }
        for c in columns { try requireFinite(c.map(\.hi), "design matrix") }
        try requireFinite(response.map(\.hi), "response")

        // Exact power-of-two scaling to unit column norms.
        var scale = [Double](repeating: 1, count: n)
        for j in 0..<n {
            let norm = columns[j].reduce(0.0) { $0 + $1.hi * $1.hi }.squareRoot()
            guard norm > 0 else { throw .rankDeficient(rank: n - 1, columns: [j]) }
            scale[j] = Double(sign: .plus, exponent: -norm.exponent, significand: 1)
        }
        let scaled = ExtendedDesign(columns: columns, scale: scale)
        let qr = try HouseholderQR(scaled.leading)
        let r = qr.triangularFactor

        // Rank and conditioning from the SVD of R (same singular values as A).
        let svd = try r.upper.singularValueDecomposition()
        let sMax = svd.singularValues.first ?? 0, sMin = svd.singularValues.last ?? 0
        if sMin <= sMax * Double(max(m, n)) * Double.ulpOfOne {
            let v = svd.vt.row(n - 1)
            let largest = v.map(abs).max() ?? 0
            let involved = v.indices.filter { abs(v[$0]) >= 0.01 * largest }
            throw .rankDeficient(
                rank: svd.singularValues.filter { $0 > sMax * Double(max(m, n)) * Double.ulpOfOne }.count,
                columns: involved)
        }
        var unscaledR = r.upper
        for j in 0..<n { for i in 0...j { unscaledR[i, j] /= scale[j] } }
        let conditionNumber = try unscaledR.conditionNumber()

        var residual: [DoubleDouble] = []
        let (x, steps) = try refineAugmented(
            scaled, qr, r, b: response, c: [Double](repeating: 0, count: n),
            residual: &residual)
        var rss = DoubleDouble.zero
        for value in residual { rss += value * value }
        let covariance = try scaledInverseGram(scaled, qr, r, kappa: sMax / sMin)
        var unscaledCovariance = covariance
        for j in 0..<n { for i in 0..<n { unscaledCovariance[i, j] *= scale[i] * scale[j] } }
        let beta = (0..<n).map { x[$0] * scale[$0] }
        return RefinedLeastSquaresSolution(
            coefficients: beta.map(\.double), extendedCoefficients: beta,
            residualSumOfSquares: rss.double, unscaledCovariance: unscaledCovariance,
            conditionNumber: conditionNumber, scaledConditionNumber: sMax / sMin, refinementSteps: steps)
    }

    /// Solves the augmented system `[I A; Aᵀ 0]·[r; x] = [b; c]` by Björck's iterative
    /// refinement: residuals of both block rows in double-double, corrections through
    /// the Householder factors (`h = R⁻ᵀg`, `d = Qᵀf`, `δx = R⁻¹(d₁ − h)`,
    /// `δr = Q·[h; d₂]`). With `c = 0` it is least squares (`x = A⁺b`); with `b = 0`,
    /// `x = −(AᵀA)⁻¹c`. Each step shrinks the error by about `κ·ε`. `residual` receives
    /// the converged `r = b − A·x`.
    static func refineAugmented(
        _ a: ExtendedDesign, _ qr: HouseholderQR, _ r: TriangularFactor,
        b: [DoubleDouble], c: [Double],
        residual: inout [DoubleDouble]
    ) throws(LinearAlgebraError) -> (x: [DoubleDouble], steps: Int) {
        let n = a.columns, m = b.count
        var x = [DoubleDouble](repeating: .zero, count: n)
        var res = [DoubleDouble](repeating: .zero, count: m)
        var previous = Double.infinity
        var steps = 0
        for step in 1...40 {
            steps = step
            // At step 1 the residual iterate is zero: f = b and g = c need no pass.
            var f = [Double](repeating: 0, count: m)
            let g: [Double]
            if step == 1 {
                for i in 0..<m { f[i] = b[i].double }
                g = c
            } else {
                let fExtended = a.residual(b, x)
                for i in 0..<m { f[i] = (fExtended[i] - res[i]).double }
                g = a.gradient(c, res)
            }
            let h = try r.solve(g, transposed: true)
            var d = try qr.applyQ(f, transposed: true)
            let dx = try r.solve((0..<n).map { d[$0] - h[$0] })
            for j in 0..<n { d[j] = h[j] }
            let dr = try qr.applyQ(d, transposed: false)
            for j in 0..<n { x[j] += DoubleDouble(dx[j]) }
            for i in 0..<m { res[i] += DoubleDouble(dr[i]) }
            let size = dx.map(abs).max() ?? 0
            let xSize = x.map { abs($0.hi) }.max() ?? 0
            // Growth at the noise floor (about κ·1e-32 relative) is harmless and ends the
            // loop below; growth of a correction still above 1e-8 relative is divergence.
            if step > 3 && size > 4 * previous && size > 1e-8 * xSize {
                throw .didNotConverge(
                    routine: "least-squares refinement",
                    detail: "the design is too ill-conditioned for refinement to converge")
            }
            // Stop when this correction, or the next one predicted from the observed
            // contraction `size/previous`, is below 1e-28 relative (twelve digits past
            // double), or when corrections stop shrinking (the noise floor).
            let predicted = step > 1 && size < previous ? size * size / previous : Double.infinity
            if size == 0 || size <= 1e-28 * xSize || predicted <= 1e-28 * xSize || (step > 2 && size >= 0.5 * previous)
            {
                break
            }
            previous = size
        }
        residual = res
        return (x, steps)
    }

    /// `(AᵀA)⁻¹` of the scaled design: `R⁻¹R⁻ᵀ`, refined column by column through the
    /// augmented system when `κ·ε > 1e-13` (where the plain inverse may fall short of
    /// seven digits).
    static func scaledInverseGram(
        _ a: ExtendedDesign, _ qr: HouseholderQR, _ r: TriangularFactor,
        kappa: Double
    ) throws(LinearAlgebraError) -> Matrix {
        let n = a.columns, m = a.rows
        var inverse = Matrix(rows: n, columns: n)
        let refine = kappa * Double.ulpOfOne > 1e-13
        let zeros = [DoubleDouble](repeating: .zero, count: m)
        for j in 0..<n {
            var e = [Double](repeating: 0, count: n)
            let column: [Double]
            if refine {
                e[j] = -1
                var unused: [DoubleDouble] = []
                column = try refineAugmented(a, qr, r, b: zeros, c: e, residual: &unused).x.map(\.double)
            } else {
                e[j] = 1
                column = try r.solveNormal(e)
            }
            for i in 0..<n { inverse[i, j] = column[i] }
        }
        return inverse
    }
}
