internal import CLAPACK

/// The Cholesky factorization `A = L·Lᵀ` of a symmetric positive-definite matrix.
public struct CholeskyFactorization: Sendable {
    /// The lower-triangular factor `L` (entries above the diagonal are zero).
    public let lower: Matrix

    /// Solves `A·X = B` for `X` using the factor. The LAPACK routine is `dpotrs`.
    ///
    /// - Precondition: `b.rows` equals the order of `A`.
    public func solve(_ b: Matrix) throws(LinearAlgebraError) -> Matrix {
        precondition(b.rows == lower.rows, "right-hand side has \(b.rows) rows, system has order \(lower.rows)")
        var x = b
        let n = Int32(lower.rows)
        try LAPACK.check("dpotrs", positive: LinearAlgebraError.singular(index:)) {
            lower.withUnsafeStorage { l in
                x.withUnsafeMutableStorage { xp in
                    LAPACKE_dpotrs(
                        LAPACK.columnMajor, Int8(UInt8(ascii: "L")), n, Int32(b.columns),
                        l.baseAddress, max(1, n), xp.baseAddress, max(1, n))
                }
            }
        }
        return x
    }

    /// Solves `A·x = b` for one right-hand side.
    public func solve(_ b: [Double]) throws(LinearAlgebraError) -> [Double] {
        try solve(Matrix(rows: b.count, columns: 1, columnMajor: b)).storage
    }

    /// Computes `L·z`, turning independent standard normals `z` into draws with
    /// covariance `A`. The BLAS routine is `dtrmv`.
    public func correlate(_ z: [Double]) -> [Double] {
        precondition(z.count == lower.rows, "vector of \(z.count) for a factor of order \(lower.rows)")
        var x = z
        lower.withUnsafeStorage { l in
            x.withUnsafeMutableBufferPointer { xp in
                cblas_dtrmv(
                    CblasColMajor, CblasLower, CblasNoTrans, CblasNonUnit,
                    Int32(lower.rows), l.baseAddress, Int32(max(1, lower.rows)), xp.baseAddress, 1)
            }
        }
        return x
    }

    /// An estimate of the reciprocal 1-norm condition number of `A`, given `‖A‖₁`.
    /// The LAPACK routine is `dpocon`.
    public func reciprocalCondition(anorm: Double) throws(LinearAlgebraError) -> Double {
        var rcond = 0.0
        let n = Int32(lower.rows)
        try LAPACK.check("dpocon", positive: LinearAlgebraError.singular(index:)) {
            lower.withUnsafeStorage { l in
                LAPACKE_dpocon(LAPACK.columnMajor, Int8(UInt8(ascii: "L")), n, l.baseAddress, max(1, n), anorm, &rcond)
            }
        }
        return rcond
    }
}

extension Matrix {
    /// The Cholesky factorization of this symmetric positive-definite matrix (only the
    /// lower triangle is read). The LAPACK routine is `dpotrf`.
    ///
    /// - Throws: ``LinearAlgebraError/notPositiveDefinite(minor:)`` naming the first
    ///   leading minor that is not positive; ``LinearAlgebraError/nonFinite(what:)``.
    public func choleskyFactorization() throws(LinearAlgebraError) -> CholeskyFactorization {
        precondition(rows == columns, "Cholesky needs a square matrix, got \(rows)×\(columns)")
        try requireFinite(storage, "matrix")
        var l = self
        let n = Int32(rows)
        try LAPACK.check("dpotrf", positive: LinearAlgebraError.notPositiveDefinite(minor:)) {
            l.withUnsafeMutableStorage { p in
                LAPACKE_dpotrf(LAPACK.columnMajor, Int8(UInt8(ascii: "L")), n, p.baseAddress, max(1, n))
            }
        }
        for j in 0..<columns { for i in 0..<j { l[i, j] = 0 } }
        return CholeskyFactorization(lower: l)
    }

    /// The largest absolute column sum, `‖A‖₁`.
    public var oneNorm: Double {
        (0..<columns).map { j in column(j).reduce(0) { $0 + abs($1) } }.max() ?? 0
    }
}
