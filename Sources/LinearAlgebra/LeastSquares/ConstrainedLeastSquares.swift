internal import CLAPACK

extension Matrix {
    /// Solves the equality-constrained least-squares problem
    /// `min ‖c − A·x‖₂ subject to B·x = d`, with `A` this `m × n` matrix and `B` `p × n`,
    /// `p ≤ n ≤ m + p`. The LAPACK routine is `dgglse` (generalized RQ factorization).
    ///
    /// The constraints hold to working precision (relative error of order 1e-15 for
    /// well-scaled `B`), which is what Denton-type benchmarking needs.
    ///
    /// - Throws: ``LinearAlgebraError/constraintsDependent`` when `B` lacks full row
    ///   rank; ``LinearAlgebraError/constrainedSystemRankDeficient`` when `[A; B]`
    ///   lacks full column rank. Both are judged numerically (a singular value below
    ///   `max(rows, n)·ε` times the largest), not only by LAPACK's exact-zero test.
    public func constrainedLeastSquares(_ c: [Double], constraints b: Matrix, equal d: [Double])
        throws(LinearAlgebraError) -> [Double]
    {
        let m = rows, n = columns, p = b.rows
        precondition(c.count == m, "c has \(c.count) entries for \(m) rows")
        precondition(b.columns == n, "B has \(b.columns) columns, A has \(n)")
        precondition(d.count == p, "d has \(d.count) entries for \(p) constraints")
        precondition(p <= n && n <= m + p, "dgglse needs p ≤ n ≤ m + p, got m=\(m) n=\(n) p=\(p)")
        try requireFinite(storage, "matrix A")
        try requireFinite(b.storage, "constraint matrix B")
        try requireFinite(c + d, "right-hand sides")
        if p > 0, try Self.isRankDeficient(b) { throw .constraintsDependent }
        var stacked = Matrix(rows: m + p, columns: n)
        for j in 0..<n {
            for i in 0..<m { stacked[i, j] = self[i, j] }
            for i in 0..<p { stacked[m + i, j] = b[i, j] }
        }
        if try Self.isRankDeficient(stacked) { throw .constrainedSystemRankDeficient }
        var a = self, bb = b, cc = c, dd = d
        var x = [Double](repeating: 0, count: n)
        var query = 0.0
        let failure: (Int) -> LinearAlgebraError = { $0 == 1 ? .constraintsDependent : .constrainedSystemRankDeficient }
        try LAPACK.check("dgglse", positive: failure) {
            a.withUnsafeMutableStorage { ap in
                bb.withUnsafeMutableStorage { bp in
                    LAPACKE_dgglse_work(
                        LAPACK.columnMajor, Int32(m), Int32(n), Int32(p), ap.baseAddress, Int32(max(1, m)),
                        bp.baseAddress, Int32(max(1, p)), &cc, &dd, &x, &query, -1)
                }
            }
        }
        var work = [Double](repeating: 0, count: LAPACK.workspaceSize(query))
        try LAPACK.check("dgglse", positive: failure) {
            a.withUnsafeMutableStorage { ap in
                bb.withUnsafeMutableStorage { bp in
                    LAPACKE_dgglse_work(
                        LAPACK.columnMajor, Int32(m), Int32(n), Int32(p), ap.baseAddress, Int32(max(1, m)),
                        bp.baseAddress, Int32(max(1, p)), &cc, &dd, &x, &work, Int32(work.count))
                }
            }
        }
        return x
    }

    /// True when the smallest singular value is below `max(rows, columns)·ε·s_max`.
    static func isRankDeficient(_ a: Matrix) throws(LinearAlgebraError) -> Bool {
        let s = try (a.rows >= a.columns ? a : a.transposed).singularValueDecomposition().singularValues
        guard let largest = s.first, let smallest = s.last else { return false }
        return smallest <= largest * Double(max(a.rows, a.columns)) * Double.ulpOfOne
    }
}
