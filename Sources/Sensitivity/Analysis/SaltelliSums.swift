/// The sums behind Saltelli's estimators over all N base rows in order, computed row by
/// row into one accumulator per estimator.
///
/// Each base row `i` (standardized outputs a = f(A), b = f(B), abⱼ = f(ABⱼ), baⱼ = f(BAⱼ))
/// contributes a row of q = 2k (+ k(k−1)/2 with second order) terms:
/// `b·(abⱼ − a)` (first order), `(abⱼ − a)²` (total), `baⱼ·abₗ − a·b` for j < l (second
/// order). The rows are added in order, so each accumulator sees exactly the additions
/// (same operands, same order) of the estimator written as one loop per input: the
/// indices are bit for bit those of that form. The bootstrap weighs the same rows by
/// each resample's counts (``CountBootstrap``).
struct SaltelliSums: @unchecked Sendable {
    let z: UnsafeBufferPointer<Double>
    let k: Int, step: Int, n: Int, secondOrder: Bool
    /// Terms per row.
    let q: Int

    /// - Parameter z: the standardized outputs in Saltelli's row layout, alive while this
    ///   value is used.
    init(z: UnsafeBufferPointer<Double>, k: Int, secondOrder: Bool) {
        self.z = z
        self.k = k
        self.secondOrder = secondOrder
        step = secondOrder ? 2 * k + 2 : k + 2
        n = z.count / step
        q = Self.terms(k: k, secondOrder: secondOrder)
    }

    static func terms(k: Int, secondOrder: Bool) -> Int { 2 * k + (secondOrder ? k * (k - 1) / 2 : 0) }

    /// The terms of one Saltelli group `g` (its `2k + 2` or `k + 2` outputs) into `row`.
    @inline(__always)
    static func fill(_ g: UnsafePointer<Double>, k: Int, secondOrder: Bool, into row: UnsafeMutablePointer<Double>) {
        let step = secondOrder ? 2 * k + 2 : k + 2
        let a = g[0], b = g[step - 1]
        for j in 0..<k {
            let d = g[1 + j] - a
            row[j] = b * d
            row[k + j] = d * d
        }
        guard secondOrder else { return }
        var c = 2 * k
        for j in 0..<k {
            let baj = g[1 + k + j]
            for l in (j + 1)..<max(j + 1, k) {
                row[c] = baj * g[1 + l] - a * b
                c += 1
            }
        }
    }

    /// The first-order, total and second-order estimates over all rows: NaN when f(A)
    /// and f(B) do not vary over them.
    func estimates() -> SobolAnalysis.Estimates {
        var acc = [Double](repeating: 0, count: q), row = [Double](repeating: 0, count: q)
        // The mean of f(A) and f(B) over the rows: the a's in order, then the b's.
        var sum = 0.0
        acc.withUnsafeMutableBufferPointer { accumulators in
            row.withUnsafeMutableBufferPointer { scratch in
                let s = accumulators.baseAddress!, w = scratch.baseAddress!
                for r in 0..<n {
                    sum += z[r * step]
                    Self.fill(z.baseAddress! + r * step, k: k, secondOrder: secondOrder, into: w)
                    for c in 0..<q { s[c] += w[c] }
                }
            }
        }
        for r in 0..<n { sum += z[r * step + step - 1] }
        let m = sum / Double(2 * n)
        var spread = 0.0
        for r in 0..<n {
            let x = z[r * step]
            spread += (x - m) * (x - m)
        }
        for r in 0..<n {
            let x = z[r * step + step - 1]
            spread += (x - m) * (x - m)
        }
        spread /= Double(2 * n)
        return Self.indices(acc, spread: spread, count: Double(n), k: k, secondOrder: secondOrder)
    }

    /// The indices from the estimators' sums `acc` over `count` rows and the variance
    /// `spread` of f(A) and f(B) over them.
    static func indices(_ acc: [Double], spread: Double, count total: Double, k: Int, secondOrder: Bool)
        -> SobolAnalysis.Estimates
    {
        // Y is standardized (variance 1 over all rows): a variance of A and B this
        // small means the measure does not vary over the base samples, and no index
        // can be estimated (NaN), rather than a ratio of rounding errors.
        let v = spread > 1e-12 ? spread : .nan
        let s1 = (0..<k).map { acc[$0] / total / v }
        let st = (0..<k).map { 0.5 * acc[k + $0] / total / v }
        var s2 = [[Double]](repeating: [Double](repeating: .nan, count: k), count: k)
        if secondOrder {
            var c = 2 * k
            for j in 0..<k {
                for l in (j + 1)..<max(j + 1, k) {
                    s2[j][l] = acc[c] / total / v - s1[j] - s1[l]
                    c += 1
                }
            }
        }
        return (s1, st, s2)
    }
}
