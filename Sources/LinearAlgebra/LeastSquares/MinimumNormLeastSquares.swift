internal import CLAPACK

/// The result of a minimum-norm least-squares solve.
public struct MinimumNormSolution: Sendable {
    /// The solution of smallest 2-norm among the minimizers of `‖A·x − b‖₂`.
    public let solution: [Double]
    /// The effective rank: singular values below `rcond · s_max` count as zero.
    public let rank: Int
    /// The singular values of `A`, decreasing.
    public let singularValues: [Double]
}

extension Matrix {
    /// Minimum-norm solution of `min ‖A·x − b‖₂` for any shape and rank, by the SVD.
    /// The LAPACK routine is `dgelsd`.
    ///
    /// - Parameter rcond: singular values `s ≤ rcond · s_max` are treated as zero; by
    ///   default `max(m, n)·ε`, numpy's `lstsq` default.
    /// - Throws: ``LinearAlgebraError/didNotConverge(routine:detail:)`` if the SVD fails.
    public func minimumNormLeastSquares(_ b: [Double], rcond: Double? = nil) throws(LinearAlgebraError)
        -> MinimumNormSolution
    {
        precondition(b.count == rows, "right-hand side of \(b.count) for \(rows) rows")
        try requireFinite(storage, "matrix")
        try requireFinite(b, "right-hand side")
        let m = rows, n = columns, ldb = max(1, m, n)
        let rcond = rcond ?? Double(max(m, n)) * Double.ulpOfOne
        var a = self
        var x = b + [Double](repeating: 0, count: ldb - m)
        var s = [Double](repeating: 0, count: max(1, min(m, n)))
        var rank: Int32 = 0
        var query = 0.0
        var iquery: Int32 = 0
        let failed: (Int) -> LinearAlgebraError = { _ in
            .didNotConverge(routine: "dgelsd", detail: "the SVD failed to converge")
        }
        try LAPACK.check("dgelsd", positive: failed) {
            a.withUnsafeMutableStorage { ap in
                LAPACKE_dgelsd_work(
                    LAPACK.columnMajor, Int32(m), Int32(n), 1, ap.baseAddress, Int32(max(1, m)),
                    &x, Int32(ldb), &s, rcond, &rank, &query, -1, &iquery)
            }
        }
        var work = [Double](repeating: 0, count: LAPACK.workspaceSize(query))
        var iwork = [Int32](repeating: 0, count: max(1, Int(iquery)))
        try LAPACK.check("dgelsd", positive: failed) {
            a.withUnsafeMutableStorage { ap in
                LAPACKE_dgelsd_work(
                    LAPACK.columnMajor, Int32(m), Int32(n), 1, ap.baseAddress, Int32(max(1, m)),
                    &x, Int32(ldb), &s, rcond, &rank, &work, Int32(work.count), &iwork)
            }
        }
        return MinimumNormSolution(
            solution: Array(x.prefix(n)), rank: Int(rank), singularValues: Array(s.prefix(min(m, n))))
    }
}
