internal import CLAPACK

/// The upper-triangular factor `R` of a QR factorization `A = Q·R`, kept to solve the
/// (corrected) semi-normal equations `RᵀR·x = Aᵀb` without forming `AᵀA`.
public struct TriangularFactor: Sendable {
    /// `R`, `n × n`, upper triangular.
    public let upper: Matrix

    /// Wraps an upper-triangular `n × n` matrix (entries below the diagonal are ignored).
    public init(upper: Matrix) {
        precondition(upper.rows == upper.columns, "a triangular factor is square, got \(upper.rows)×\(upper.columns)")
        self.upper = upper
    }

    /// Solves `R·x = b` (or `Rᵀ·x = b`). The LAPACK routine is `dtrtrs`.
    ///
    /// - Throws: ``LinearAlgebraError/singular(index:)`` for an exact zero on the diagonal.
    public func solve(_ b: [Double], transposed: Bool = false) throws(LinearAlgebraError) -> [Double] {
        let n = upper.rows
        precondition(b.count == n, "right-hand side of \(b.count) for a factor of order \(n)")
        var x = b
        try LAPACK.check("dtrtrs", positive: LinearAlgebraError.singular(index:)) {
            upper.withUnsafeStorage { r in
                LAPACKE_dtrtrs(
                    LAPACK.columnMajor, Int8(UInt8(ascii: "U")), Int8(UInt8(ascii: transposed ? "T" : "N")),
                    Int8(UInt8(ascii: "N")), Int32(n), 1, r.baseAddress, Int32(max(1, n)), &x, Int32(max(1, n)))
            }
        }
        return x
    }

    /// Solves the semi-normal equations `RᵀR·x = g`.
    public func solveNormal(_ g: [Double]) throws(LinearAlgebraError) -> [Double] {
        try solve(try solve(g, transposed: true))
    }
}

extension Matrix {
    /// The `R` factor of the QR factorization of this `m × n` matrix, `m ≥ n`.
    /// The LAPACK routine is `dgeqrf`.
    public func qrTriangularFactor() throws(LinearAlgebraError) -> TriangularFactor {
        try HouseholderQR(self).triangularFactor
    }

    /// The least-squares solution of `min ‖A·x − b‖₂` for full-rank `A` with `m ≥ n`,
    /// by Householder QR. The LAPACK routine is `dgels`.
    ///
    /// - Throws: ``LinearAlgebraError/rankDeficient(rank:columns:)`` when `R` has an
    ///   exact zero on its diagonal (use ``minimumNormLeastSquares(_:rcond:)`` then).
    public func leastSquares(_ b: [Double]) throws(LinearAlgebraError) -> [Double] {
        precondition(b.count == rows, "right-hand side of \(b.count) for \(rows) rows")
        precondition(rows >= columns, "dgels here solves overdetermined systems, got \(rows)×\(columns)")
        try requireFinite(storage, "matrix")
        try requireFinite(b, "right-hand side")
        let m = rows, n = columns
        var a = self
        var x = b
        var query = 0.0
        let trans = Int8(UInt8(ascii: "N"))
        let deficient: (Int) -> LinearAlgebraError = { i in .rankDeficient(rank: i - 1, columns: [i - 1]) }
        try LAPACK.check("dgels", positive: deficient) {
            a.withUnsafeMutableStorage { ap in
                LAPACKE_dgels_work(
                    LAPACK.columnMajor, trans, Int32(m), Int32(n), 1, ap.baseAddress, Int32(max(1, m)),
                    &x, Int32(max(1, m)), &query, -1)
            }
        }
        var work = [Double](repeating: 0, count: LAPACK.workspaceSize(query))
        try LAPACK.check("dgels", positive: deficient) {
            a.withUnsafeMutableStorage { ap in
                LAPACKE_dgels_work(
                    LAPACK.columnMajor, trans, Int32(m), Int32(n), 1, ap.baseAddress, Int32(max(1, m)),
                    &x, Int32(max(1, m)), &work, Int32(work.count))
            }
        }
        return Array(x.prefix(n))
    }
}
