/// A failure of a linear-algebra operation on the data it was given.
///
/// Each case says what went wrong in terms a user can act on; `description` is the
/// message plansim prints. Misuse of the API (wrong shapes) traps instead.
public enum LinearAlgebraError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The matrix is not positive definite: the leading minor of order `minor` is not.
    case notPositiveDefinite(minor: Int)
    /// A triangular factor has an exact zero on its diagonal at (1-based) `index`.
    case singular(index: Int)
    /// The columns are linearly dependent (to working precision). `columns` are the
    /// zero-based indices of the columns taking part in the dependency.
    case rankDeficient(rank: Int, columns: [Int])
    /// An iterative routine (SVD, eigenvalues) did not converge.
    case didNotConverge(routine: String, detail: String)
    /// The constraint matrix of an equality-constrained problem has dependent rows.
    case constraintsDependent
    /// The stacked matrix `[A; B]` of an equality-constrained problem is rank-deficient.
    case constrainedSystemRankDeficient
    /// The input holds NaN or an infinity.
    case nonFinite(what: String)
    /// LAPACK rejected an argument: a bug in plansim, not in the data.
    case invalidArgument(routine: String, position: Int)

    public var description: String {
        switch self {
        case .notPositiveDefinite(let minor):
            return "matrix is not positive definite (leading minor of order \(minor) is not positive)"
        case .singular(let index):
            return "matrix is exactly singular (zero pivot at position \(index))"
        case .rankDeficient(let rank, let columns):
            return
                "design is rank-deficient (rank \(rank)); columns \(columns.map(String.init).joined(separator: ", ")) are linearly dependent"
        case .didNotConverge(let routine, let detail):
            return "\(routine) did not converge: \(detail)"
        case .constraintsDependent:
            return "the equality constraints are linearly dependent (constraint matrix lacks full row rank)"
        case .constrainedSystemRankDeficient:
            return "the constrained problem has no unique solution ([A; B] lacks full column rank)"
        case .nonFinite(let what):
            return "\(what) contains NaN or infinity"
        case .invalidArgument(let routine, let position):
            return "internal error: \(routine) rejected argument \(position); please report this as a plansim bug"
        }
    }
}
