public import LinearAlgebra
public import PlanData

/// The lower layers' typed failures as bilingual sentences, made where a fit states why
/// it failed (``FitFailure/reason``), so no layer above translates English afterwards.
extension Phrase {
    /// A numerical failure of a factorization or a least-squares solve.
    public static func numerical(_ e: LinearAlgebraError) -> Phrase {
        Phrase(zh: RegressionRun.chinese(e), en: e.description)
    }

    /// Why Levenberg–Marquardt stopped without a fit.
    public static func nonlinear(_ e: NonlinearLeastSquaresError) -> Phrase {
        switch e {
        case .nonFiniteAtStart:
            return Phrase(
                zh: "模型在初值处不是有限值；请在其定义域内选择初值",
                en: "the model is not finite at the starting values; choose starting values inside its domain")
        case .iterationLimit(let n, let cost):
            return Phrase(
                zh: "迭代 \(n) 次仍未收敛（残差平方和 \(cost)）；可换用其他初值或更简单的模型",
                en:
                    "did not converge within \(n) iterations (residual sum of squares \(cost)); try other starting values or a simpler model"
            )
        case .evaluationLimit(let n, let cost):
            return Phrase(
                zh: "计算模型 \(n) 次仍未收敛（残差平方和 \(cost)）；可换用其他初值",
                en:
                    "did not converge within \(n) model evaluations (residual sum of squares \(cost)); try other starting values"
            )
        case .tooFewObservations(let m, let p):
            return Phrase(zh: "\(m) 个观测值无法确定 \(p) 个参数", en: "\(m) observations cannot determine \(p) parameters")
        case .numerical(let e):
            return numerical(e)
        }
    }

    /// Too few points: "needs at least `n` points (for `parameters` parameters), has `count`".
    public static func tooFewPoints(_ n: Int, has count: Int, parameters: Int? = nil) -> Phrase {
        guard let parameters else {
            return Phrase(zh: "至少需要 \(n) 个点，现有 \(count) 个", en: "needs at least \(n) points, has \(count)")
        }
        return Phrase(
            zh: "\(parameters) 个参数至少需要 \(n) 个点，现有 \(count) 个",
            en: "needs at least \(n) points for \(parameters) parameters, has \(count)")
    }

    /// Why a linear regression could not be fitted, naming its terms.
    public static func regression(_ e: RegressionError) -> Phrase {
        switch e {
        case .tooFewObservations(let n, let p):
            return Phrase(zh: "\(n) 个观测值无法确定 \(p) 个系数", en: "\(n) observations cannot determine \(p) coefficients")
        case .constantTerm(let term):
            return Phrase(zh: "项 `\(term)` 是常数", en: "term `\(term)` is constant")
        case .collinear(let terms):
            return Phrase(zh: "项 ", en: "terms ") + .codes(terms) + Phrase(zh: " 完全共线", en: " are exactly collinear")
        case .notFinite(let term):
            return Phrase(zh: "项 `\(term)` 超出双精度范围", en: "term `\(term)` overflows double precision")
        case .numerical(let e):
            return numerical(e)
        }
    }
}
