internal import CLAPACK

/// A Householder QR factorization `A = Q·[R; 0]` of an `m × n` matrix, `m ≥ n`, kept in
/// LAPACK's compact form so `Q` and `Qᵀ` can be applied without forming `Q`.
/// The LAPACK routines are `dgeqrf` (factor), `dormqr` (apply Q) and `dtrtrs` (solve R).
public struct HouseholderQR: Sendable {
    /// The compact factors: `R` on and above the diagonal, reflectors below.
    let factors: Matrix
    let tau: [Double]

    public var rows: Int { factors.rows }
    public var columns: Int { factors.columns }

    /// Factors `a`.
    ///
    /// - Precondition: `a.rows ≥ a.columns`.
    /// - Throws: ``LinearAlgebraError/nonFinite(what:)`` for NaN or infinite entries.
    public init(_ a: Matrix) throws(LinearAlgebraError) {
        precondition(a.rows >= a.columns, "QR here needs rows ≥ columns, got \(a.rows)×\(a.columns)")
        try requireFinite(a.storage, "matrix")
        let m = a.rows, n = a.columns
        var f = a
        var t = [Double](repeating: 0, count: n)
        var query = 0.0
        let never: (Int) -> LinearAlgebraError = { .singular(index: $0) }
        try LAPACK.check("dgeqrf", positive: never) {
            f.withUnsafeMutableStorage { p in
                LAPACKE_dgeqrf_work(
                    LAPACK.columnMajor, Int32(m), Int32(n), p.baseAddress, Int32(max(1, m)), &t, &query, -1)
            }
        }
        var work = [Double](repeating: 0, count: LAPACK.workspaceSize(query))
        try LAPACK.check("dgeqrf", positive: never) {
            f.withUnsafeMutableStorage { p in
                LAPACKE_dgeqrf_work(
                    LAPACK.columnMajor, Int32(m), Int32(n), p.baseAddress, Int32(max(1, m)),
                    &t, &work, Int32(work.count))
            }
        }
        factors = f
        tau = t
    }

    /// The triangular factor `R`.
    public var triangularFactor: TriangularFactor {
        var r = Matrix(rows: columns, columns: columns)
        for j in 0..<columns { for i in 0...j { r[i, j] = factors[i, j] } }
        return TriangularFactor(upper: r)
    }

    /// `Qᵀ·v` (`transposed == true`) or `Q·v`, for `v` of length `m`.
    public func applyQ(_ v: [Double], transposed: Bool) throws(LinearAlgebraError) -> [Double] {
        precondition(v.count == rows, "vector of \(v.count) for Q of order \(rows)")
        var c = v
        let m = Int32(rows), n = Int32(columns)
        let side = Int8(UInt8(ascii: "L")), trans = Int8(UInt8(ascii: transposed ? "T" : "N"))
        var query = 0.0
        let never: (Int) -> LinearAlgebraError = { .singular(index: $0) }
        try LAPACK.check("dormqr", positive: never) {
            factors.withUnsafeStorage { a in
                LAPACKE_dormqr_work(
                    LAPACK.columnMajor, side, trans, m, 1, n, a.baseAddress, max(1, m), tau,
                    &c, max(1, m), &query, -1)
            }
        }
        var work = [Double](repeating: 0, count: LAPACK.workspaceSize(query))
        try LAPACK.check("dormqr", positive: never) {
            factors.withUnsafeStorage { a in
                LAPACKE_dormqr_work(
                    LAPACK.columnMajor, side, trans, m, 1, n, a.baseAddress, max(1, m), tau,
                    &c, max(1, m), &work, Int32(work.count))
            }
        }
        return c
    }
}
