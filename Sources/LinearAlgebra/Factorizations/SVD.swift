internal import CLAPACK

/// The thin singular value decomposition `A = U·diag(s)·Vᵀ`.
public struct SingularValueDecomposition: Sendable {
    /// Left singular vectors, `m × min(m, n)`.
    public let u: Matrix
    /// Singular values in decreasing order.
    public let singularValues: [Double]
    /// Right singular vectors transposed, `min(m, n) × n`.
    public let vt: Matrix

    /// The 2-norm condition number `s_max / s_min`; infinity when `s_min` is zero.
    public var conditionNumber: Double {
        guard let largest = singularValues.first, let smallest = singularValues.last else { return 0 }
        return smallest == 0 ? .infinity : largest / smallest
    }
}

extension Matrix {
    /// The thin SVD of this matrix. The LAPACK routine is `dgesdd` (divide and conquer).
    ///
    /// - Throws: ``LinearAlgebraError/didNotConverge(routine:detail:)`` if `dbdsdc`
    ///   fails; ``LinearAlgebraError/nonFinite(what:)`` for NaN or infinite entries.
    public func singularValueDecomposition() throws(LinearAlgebraError) -> SingularValueDecomposition {
        try requireFinite(storage, "matrix")
        let m = rows, n = columns, k = min(m, n)
        var a = self
        var s = [Double](repeating: 0, count: k)
        var u = Matrix(rows: m, columns: k)
        var vt = Matrix(rows: k, columns: n)
        if k == 0 { return SingularValueDecomposition(u: u, singularValues: s, vt: vt) }
        var iwork = [Int32](repeating: 0, count: 8 * k)
        var query = 0.0
        let jobz = Int8(UInt8(ascii: "S"))
        let notConverged: (Int) -> LinearAlgebraError = { _ in
            .didNotConverge(routine: "dgesdd", detail: "the bidiagonal SVD failed to converge")
        }
        try LAPACK.check("dgesdd", positive: notConverged) {
            a.withUnsafeMutableStorage { ap in
                u.withUnsafeMutableStorage { up in
                    vt.withUnsafeMutableStorage { vp in
                        LAPACKE_dgesdd_work(
                            LAPACK.columnMajor, jobz, Int32(m), Int32(n), ap.baseAddress, Int32(max(1, m)),
                            &s, up.baseAddress, Int32(max(1, m)), vp.baseAddress, Int32(max(1, k)),
                            &query, -1, &iwork)
                    }
                }
            }
        }
        var work = [Double](repeating: 0, count: LAPACK.workspaceSize(query))
        try LAPACK.check("dgesdd", positive: notConverged) {
            a.withUnsafeMutableStorage { ap in
                u.withUnsafeMutableStorage { up in
                    vt.withUnsafeMutableStorage { vp in
                        LAPACKE_dgesdd_work(
                            LAPACK.columnMajor, jobz, Int32(m), Int32(n), ap.baseAddress, Int32(max(1, m)),
                            &s, up.baseAddress, Int32(max(1, m)), vp.baseAddress, Int32(max(1, k)),
                            &work, Int32(work.count), &iwork)
                    }
                }
            }
        }
        return SingularValueDecomposition(u: u, singularValues: s, vt: vt)
    }

    /// The 2-norm condition number, from the singular values.
    public func conditionNumber() throws(LinearAlgebraError) -> Double {
        try singularValueDecomposition().conditionNumber
    }
}
