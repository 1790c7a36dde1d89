internal import CLAPACK

/// Pointer-level BLAS for hot loops that must not allocate (the simulation's blocks).
/// Everything else should use ``Matrix``.
public enum BLASKernels {
    /// `C = A·Lᵀ` for column-major `A` (`rows × n`) and `L` (`n × n`), written into `c`
    /// (`rows × n`). The BLAS routine is `dgemm`.
    public static func multiplyTransposed(
        _ a: UnsafePointer<Double>, rows: Int, _ l: UnsafePointer<Double>, n: Int,
        into c: UnsafeMutablePointer<Double>
    ) {
        cblas_dgemm(
            CblasColMajor, CblasNoTrans, CblasTrans, Int32(rows), Int32(n), Int32(n), 1.0,
            a, Int32(max(1, rows)), l, Int32(max(1, n)), 0.0, c, Int32(max(1, rows)))
    }

    /// `C = Aᵀ·Bᵀ` (or `C += Aᵀ·Bᵀ` when `accumulating`) for column-major `A` (`k × m`,
    /// leading dimension `lda`), `B` (`n × k`, leading dimension `ldb`) and `C` (`m × n`,
    /// leading dimension `m`). The BLAS routine is `dgemm`.
    public static func multiplyBothTransposed(
        _ a: UnsafePointer<Double>, lda: Int, _ b: UnsafePointer<Double>, ldb: Int,
        into c: UnsafeMutablePointer<Double>, m: Int, n: Int, k: Int, accumulating: Bool
    ) {
        guard m > 0, n > 0, k > 0 else { return }
        cblas_dgemm(
            CblasColMajor, CblasTrans, CblasTrans, Int32(m), Int32(n), Int32(k), 1.0,
            a, Int32(lda), b, Int32(ldb), accumulating ? 1.0 : 0.0, c, Int32(m))
    }
}
