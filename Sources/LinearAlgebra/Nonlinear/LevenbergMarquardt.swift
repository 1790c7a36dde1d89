/// Settings of the Levenberg–Marquardt solver; the defaults suit NIST StRD problems.
public struct LevenbergMarquardtOptions: Sendable {
    /// Stop when the scaled step is below `stepTolerance · (‖D·x‖ + stepTolerance)`.
    public var stepTolerance = 1e-14
    /// Stop when actual and predicted relative reductions of the cost are both below this.
    public var costTolerance = 1e-16
    /// Stop when the scaled gradient's largest entry is below this (relative to the cost).
    public var gradientTolerance = 1e-16
    /// Most accepted-or-rejected steps.
    public var maxIterations = 5_000
    /// Most evaluations of the model over the data.
    public var maxEvaluations = 20_000
    public init() {}
}

/// Why the solver stopped successfully.
public enum ConvergenceReason: String, Sendable {
    case smallStep = "step below tolerance"
    case smallReduction = "cost reduction below tolerance"
    case smallGradient = "gradient below tolerance"
    case noFurtherReduction = "no further reduction possible in double precision"
}

/// A converged nonlinear least-squares fit.
public struct NonlinearFit: Sendable {
    public let parameters: [Double]
    /// `Σ rᵢ²` at the solution.
    public let residualSumOfSquares: Double
    /// `σ²·(JᵀJ)⁻¹` with `σ² = RSS/(m − p)`: the asymptotic covariance.
    public let covariance: Matrix
    public let iterations: Int
    public let evaluations: Int
    public let reason: ConvergenceReason

    /// Standard errors, the square roots of the covariance's diagonal.
    public var standardErrors: [Double] { covariance.diagonal.map { $0.squareRoot() } }
}

/// Why a nonlinear fit failed, said so a user can act on it.
public enum NonlinearLeastSquaresError: Error, Equatable, Sendable, CustomStringConvertible {
    case nonFiniteAtStart
    case iterationLimit(iterations: Int, cost: Double)
    case evaluationLimit(evaluations: Int, cost: Double)
    case tooFewObservations(observations: Int, parameters: Int)
    case numerical(LinearAlgebraError)

    public var description: String {
        switch self {
        case .nonFiniteAtStart:
            return "the model is not finite at the starting values; choose starting values inside its domain"
        case .iterationLimit(let n, let cost):
            return
                "did not converge within \(n) iterations (residual sum of squares \(cost)); try other starting values or a simpler model"
        case .evaluationLimit(let n, let cost):
            return
                "did not converge within \(n) model evaluations (residual sum of squares \(cost)); try other starting values"
        case .tooFewObservations(let m, let p):
            return "\(m) observations cannot determine \(p) parameters"
        case .numerical(let e):
            return e.description
        }
    }
}

/// Levenberg–Marquardt for `min Σ (yᵢ − f(xᵢ; b))²`.
///
/// Each step solves the damped problem `min ‖[J; √μ·D]·h − [r; 0]‖` by Householder QR
/// (`dgels`), never forming `JᵀJ`. `D` is Moré's scaling — the largest column norms of
/// `J` seen so far — which makes the method invariant to the scale of each parameter
/// (Moré, "The Levenberg–Marquardt algorithm: implementation and theory", 1978). The
/// damping `μ` follows Nielsen's gain-ratio rule (Madsen, Nielsen & Tingleff, *Methods
/// for Non-Linear Least Squares Problems*, 2004, §3.2). Jacobians are exact, by
/// forward-mode differentiation of the generic model (``Dual``).
public enum LevenbergMarquardt {
    /// Fits `model` to the observations `(x[i], y[i])` from `start`.
    ///
    /// - Throws: ``NonlinearLeastSquaresError``: never loops past the limits in `options`.
    public static func fit(
        _ model: some CurveModel, x: [[Double]], y: [Double], start: [Double],
        options: LevenbergMarquardtOptions = .init()
    ) throws(NonlinearLeastSquaresError) -> NonlinearFit {
        let m = y.count, p = start.count
        precondition(
            p == model.parameterCount && p <= 16,
            "model has \(model.parameterCount) parameters, start has \(p) (at most 16)")
        precondition(x.count == m, "\(x.count) predictor rows for \(m) observations")
        guard m >= p else { throw .tooFewObservations(observations: m, parameters: p) }
        var b = start
        var evaluations = 1
        var r = residuals(model, x, y, b)
        var cost = r.reduce(0) { $0 + $1 * $1 }
        guard cost.isFinite else { throw .nonFiniteAtStart }
        var jac = jacobian(model, x, b)
        var d = (0..<p).map { max(columnNorm(jac, $0), 1e-300) }
        var mu = 1e-3, nu = 2.0
        var iterations = 0
        while true {
            iterations += 1
            if iterations > options.maxIterations {
                throw .iterationLimit(iterations: options.maxIterations, cost: cost)
            }
            if evaluations >= options.maxEvaluations { throw .evaluationLimit(evaluations: evaluations, cost: cost) }
            let gradient = jac.multiplied(by: r, transposing: true)
            let scaledGradient = (0..<p).map { abs(gradient[$0]) / d[$0] }.max() ?? 0
            if scaledGradient <= options.gradientTolerance * max(cost, .leastNormalMagnitude).squareRoot() || cost == 0
            {
                return try finish(model, x, y, b, cost, iterations, evaluations, .smallGradient)
            }
            let h: [Double]
            do { h = try dampedStep(jac, r, d, mu) } catch { throw .numerical(error) }
            let scaledStep = (0..<p).map { d[$0] * h[$0] }.reduce(0) { $0 + $1 * $1 }.squareRoot()
            let scaledX = (0..<p).map { d[$0] * b[$0] }.reduce(0) { $0 + $1 * $1 }.squareRoot()
            if scaledStep <= options.stepTolerance * (scaledX + options.stepTolerance) {
                return try finish(model, x, y, b, cost, iterations, evaluations, .smallStep)
            }
            let trial = (0..<p).map { b[$0] + h[$0] }
            let trialResiduals = residuals(model, x, y, trial)
            evaluations += 1
            let trialCost = trialResiduals.reduce(0) { $0 + $1 * $1 }
            // Predicted reduction of Σr² under the linear model: hᵀ(μD²h + Jᵀr).
            var predicted = 0.0
            for j in 0..<p { predicted += h[j] * (mu * d[j] * d[j] * h[j] + gradient[j]) }
            let ratio = trialCost.isFinite && predicted > 0 ? (cost - trialCost) / predicted : -1
            if ratio > 0 {
                let actual = (cost - trialCost) / cost
                b = trial
                r = trialResiduals
                let previousCost = cost
                cost = trialCost
                jac = jacobian(model, x, b)
                for j in 0..<p { d[j] = max(d[j], columnNorm(jac, j)) }
                let t = 2 * ratio - 1
                mu *= max(1.0 / 3, 1 - t * t * t)
                nu = 2
                if actual <= options.costTolerance && predicted / previousCost <= options.costTolerance {
                    return try finish(model, x, y, b, cost, iterations, evaluations, .smallReduction)
                }
            } else {
                mu *= nu
                nu *= 2
                if mu > 1e300 || nu > 1e300 {
                    return try finish(model, x, y, b, cost, iterations, evaluations, .noFurtherReduction)
                }
            }
        }
    }

    static func residuals(_ model: some CurveModel, _ x: [[Double]], _ y: [Double], _ b: [Double]) -> [Double] {
        (0..<y.count).map { y[$0] - model.value(at: x[$0], parameters: b) }
    }

    /// `∂f(xᵢ; b)/∂bⱼ`, exactly, by forward-mode differentiation.
    static func jacobian(_ model: some CurveModel, _ x: [[Double]], _ b: [Double]) -> Matrix {
        let m = x.count, p = b.count
        let duals = (0..<p).map { Dual.variable(b[$0], index: $0) }
        var jac = Matrix(rows: m, columns: p)
        for i in 0..<m {
            let v = model.value(at: x[i], parameters: duals)
            for j in 0..<p { jac[i, j] = v.partials[j] }
        }
        return jac
    }

    static func columnNorm(_ a: Matrix, _ j: Int) -> Double {
        a.column(j).reduce(0) { $0 + $1 * $1 }.squareRoot()
    }

    /// `h` minimizing `‖J·h − r‖² + μ‖D·h‖²`, by QR of the stacked matrix (`dgels`).
    static func dampedStep(_ jac: Matrix, _ r: [Double], _ d: [Double], _ mu: Double) throws(LinearAlgebraError)
        -> [Double]
    {
        let m = jac.rows, p = jac.columns
        var stacked = Matrix(rows: m + p, columns: p)
        let root = mu.squareRoot()
        for j in 0..<p {
            for i in 0..<m { stacked[i, j] = jac[i, j] }
            stacked[m + j, j] = root * d[j]
        }
        return try stacked.leastSquares(r + [Double](repeating: 0, count: p))
    }

    static func finish(
        _ model: some CurveModel, _ x: [[Double]], _ y: [Double], _ b: [Double], _ cost: Double,
        _ iterations: Int, _ evaluations: Int, _ reason: ConvergenceReason
    ) throws(NonlinearLeastSquaresError) -> NonlinearFit {
        let jac = jacobian(model, x, b)
        let m = y.count, p = b.count
        var covariance = Matrix(rows: p, columns: p, repeating: .nan)
        if m > p, let r = try? jac.qrTriangularFactor() {
            let sigma2 = cost / Double(m - p)
            for j in 0..<p {
                var e = [Double](repeating: 0, count: p)
                e[j] = 1
                if let column = try? r.solveNormal(e) {
                    for i in 0..<p { covariance[i, j] = column[i] * sigma2 }
                }
            }
        }
        return NonlinearFit(
            parameters: b, residualSumOfSquares: cost, covariance: covariance,
            iterations: iterations, evaluations: evaluations, reason: reason)
    }
}
