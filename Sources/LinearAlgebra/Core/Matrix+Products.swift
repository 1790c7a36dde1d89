internal import CLAPACK

extension Matrix {
    /// The product `self · other`. The corresponding BLAS routine is `dgemm`.
    ///
    /// - Precondition: `columns == other.rows`.
    public func multiplied(by other: Matrix, transposingSelf: Bool = false, transposingOther: Bool = false) -> Matrix {
        let (m, k) = transposingSelf ? (columns, rows) : (rows, columns)
        let (k2, n) = transposingOther ? (other.columns, other.rows) : (other.rows, other.columns)
        precondition(k == k2, "cannot multiply \(m)×\(k) by \(k2)×\(n)")
        var result = Matrix(rows: m, columns: n)
        if m == 0 || n == 0 { return result }
        if k == 0 { return result }
        withUnsafeStorage { a in
            other.withUnsafeStorage { b in
                result.withUnsafeMutableStorage { c in
                    cblas_dgemm(
                        CblasColMajor,
                        transposingSelf ? CblasTrans : CblasNoTrans,
                        transposingOther ? CblasTrans : CblasNoTrans,
                        Int32(m), Int32(n), Int32(k), 1.0,
                        a.baseAddress, Int32(max(1, rows)),
                        b.baseAddress, Int32(max(1, other.rows)),
                        0.0, c.baseAddress, Int32(max(1, m)))
                }
            }
        }
        return result
    }

    /// The matrix–vector product `self · x` (or `selfᵀ · x`). The BLAS routine is `dgemv`.
    ///
    /// - Precondition: `x.count` equals `columns` (or `rows` when transposing).
    public func multiplied(by x: [Double], transposing: Bool = false) -> [Double] {
        let (outCount, inCount) = transposing ? (columns, rows) : (rows, columns)
        precondition(
            x.count == inCount,
            "cannot multiply \(transposing ? "transposed " : "")\(rows)×\(columns) by a vector of \(x.count)")
        var y = [Double](repeating: 0, count: outCount)
        if outCount == 0 || inCount == 0 { return y }
        withUnsafeStorage { a in
            x.withUnsafeBufferPointer { xp in
                y.withUnsafeMutableBufferPointer { yp in
                    cblas_dgemv(
                        CblasColMajor, transposing ? CblasTrans : CblasNoTrans,
                        Int32(rows), Int32(columns), 1.0,
                        a.baseAddress, Int32(max(1, rows)),
                        xp.baseAddress, 1, 0.0, yp.baseAddress, 1)
                }
            }
        }
        return y
    }

    /// `self · other`, through `dgemm`.
    public static func * (lhs: Matrix, rhs: Matrix) -> Matrix { lhs.multiplied(by: rhs) }

    /// `self · x`, through `dgemv`.
    public static func * (lhs: Matrix, rhs: [Double]) -> [Double] { lhs.multiplied(by: rhs) }

    /// The Gram matrix `selfᵀ · self`, through `dgemm`.
    public var gram: Matrix { multiplied(by: self, transposingSelf: true) }
}
