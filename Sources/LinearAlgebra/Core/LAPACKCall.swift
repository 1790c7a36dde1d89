internal import CLAPACK

/// The one checked door to LAPACK: every routine's `info` goes through here.
///
/// `info < 0` means plansim passed a bad argument (a bug) and becomes
/// ``LinearAlgebraError/invalidArgument(routine:position:)``; LAPACKE's memory error
/// (-1010) is reported the same way. `info > 0` is a property of the data and is turned
/// into a typed error by the routine-specific `positive` closure.
enum LAPACK {
    /// Runs `body`, a LAPACKE call returning `info`, and maps non-zero `info` to an error.
    static func check(
        _ routine: String,
        positive: (Int) -> LinearAlgebraError,
        _ body: () -> Int32
    ) throws(LinearAlgebraError) {
        let info = Int(body())
        if info < 0 { throw .invalidArgument(routine: routine, position: -info) }
        if info > 0 { throw positive(info) }
    }

    /// The optimal workspace size a `lwork = -1` query returned in `query`.
    static func workspaceSize(_ query: Double, minimum: Int = 1) -> Int {
        max(minimum, Int(query.rounded(.up)))
    }

    /// The matrix layout every call in plansim uses.
    static var columnMajor: Int32 { LAPACK_COL_MAJOR }
}

/// Thread control for the BLAS underneath.
public enum BLASThreads {
    /// Sets the number of OpenBLAS threads. plansim sets 1 wherever it runs its own
    /// workers, so that BLAS threads never oversubscribe the cores.
    public static func set(_ count: Int) {
        openblas_set_num_threads(Int32(max(1, count)))
    }

    /// The number of OpenBLAS threads in use.
    public static var current: Int { Int(openblas_get_num_threads()) }
}

/// Checks that every entry is finite.
func requireFinite(_ values: [Double], _ what: String) throws(LinearAlgebraError) {
    for v in values where !v.isFinite { throw .nonFinite(what: what) }
}
